package org.countysim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.countysim.app.Validator;
import org.countysim.format.Json;
import org.countysim.scenario.CompiledScenario;
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
        PrintWriter err = spec.commandLine().getErr();
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ok", report.ok());
            json.put("problems", report.problems());
            json.put("data_quality", report.ok() ? report.compiled().quality() : null);
            out.println(Json.text(json));
            out.flush();
            return report.ok() ? ExitCodes.OK : ExitCodes.INPUT;
        }
        if (!report.ok()) {
            for (String problem : report.problems()) {
                err.println("error: " + problem);
            }
            err.println(report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems") + " in "
                    + file);
            err.flush();
            return ExitCodes.INPUT;
        }
        CompiledScenario c = report.compiled();
        out.println(
                "ok: " + file + " — " + c.scenario().name() + ", " + c.model().unitCount() + " units, "
                        + c.scenario().baseYear() + "→" + c.scenario().horizon() + ", "
                        + c.scenario().enabledInterventions().size() + " interventions enabled");
        out.println("baseline: " + c.baseline().file() + " (" + c.baseline().encoding() + ", "
                + c.baseline().units().size() + " rows)");
        out.println(c.quality().line());
        for (String warning : org.countysim.app.RunPipeline.targetWarnings(c)) {
            out.println("warning: " + warning);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
