package org.countysim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed scenario document: maps, lists and scalars, each knowing its scenario path
 * ({@code interventions[1].unit_cost}) and where it came from ({@code plan.yaml:12:5}).
 */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {
    String path();

    String location();

    /** "path (file:line:col)" for messages. */
    default String where() {
        return path().isEmpty() ? location() : path() + " (" + location() + ")";
    }

    String kindName();

    record YMap(String path, String location, Map<String, YNode> entries) implements YNode {
        public YMap {
            entries = new LinkedHashMap<>(entries);
        }

        public YNode get(String key) {
            return entries.get(key);
        }

        public String kindName() {
            return "a mapping";
        }
    }

    record YList(String path, String location, List<YNode> items) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        public String kindName() {
            return "a list";
        }
    }

    /** A scalar as written; {@code quoted} scalars are always text. */
    record YScalar(String path, String location, String value, boolean quoted) implements YNode {
        public boolean isNull() {
            return !quoted && (value.isEmpty() || value.equals("~") || value.equals("null"));
        }

        public String kindName() {
            return "'" + org.countysim.util.InputText.excerpt(value) + "'";
        }
    }
}
