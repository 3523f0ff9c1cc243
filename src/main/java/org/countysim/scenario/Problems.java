package org.countysim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading or compiling a scenario, so all are reported at once. */
public final class Problems {
    private final List<String> messages = new ArrayList<>();

    public void add(YNode node, String message) {
        messages.add(node == null ? message : node.where() + ": " + message);
    }

    public void add(String message) {
        messages.add(message);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public int size() {
        return messages.size();
    }

    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ScenarioException(messages);
        }
    }
}
