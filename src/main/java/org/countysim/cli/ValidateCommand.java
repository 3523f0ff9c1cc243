package org.countysim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.countysim.app.Validator;
import org.countysim.app.console.ValidateConsole;
import org.countysim.format.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code countysim validate [SCENARIO]}: all checks, no simulation. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Load the scenario and its baseline and run every check without simulating. Prints every"
                + " problem at once with its file:line:column or scenario path (exit 2), or the data-quality"
                + " summary when all is well (exit 0). Writes nothing; of the run options it uses --set, --encoding"
                + " and --json.",
        footer = ExitCodes.HELP)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions options;

    @Mixin
    ScenarioDataOptions data;

    @Mixin
    ScenarioArgument scenario;

    @Override
    public Integer call() {
        Path file = scenario.file();
        Validator.Report report =
                Validator.validate(file, options.toOptions(data).overrides());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            out.println(Json.text(ValidateConsole.json(report)));
            out.flush();
        } else {
            ValidateConsole.print(out, spec.commandLine().getErr(), file, report);
        }
        return report.ok() ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
