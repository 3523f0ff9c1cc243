package org.countysim.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default scenario is scenarios/plan-2025.yaml in the working folder; run from elsewhere through
 * bin/countysim (which sets COUNTYSIM_HOME), it is the one shipped beside the launcher.
 */
final class DefaultScenario {
    static final String PATH = "scenarios/plan-2025.yaml";

    private DefaultScenario() {}

    static Path resolve(Path given) {
        if (!given.equals(Path.of(PATH)) || Files.exists(given)) {
            return given;
        }
        String home = System.getenv("COUNTYSIM_HOME");
        return home == null ? given : Path.of(home).resolve(PATH);
    }
}
