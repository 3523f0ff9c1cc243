package org.countysim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The optional SCENARIO argument of the commands that take one scenario file, with its default. */
final class ScenarioArgument {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "Scenario file (default: ${DEFAULT-VALUE}).",
            defaultValue = DefaultScenario.PATH)
    Path given;

    /** The file to read: the default resolves beside the launcher when run from another folder. */
    Path file() {
        return DefaultScenario.resolve(given);
    }
}
