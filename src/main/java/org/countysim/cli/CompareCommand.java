package org.countysim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.countysim.app.ComparePipeline;
import org.countysim.app.console.VariantConsole;
import org.countysim.app.console.VariantJson;
import org.countysim.format.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code countysim compare A.yaml B.yaml ...}. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run scenarios side by side under common random numbers: their metrics and the differences"
                + " from the first, with standard errors of the differences. Writes compare.csv and compare.png"
                + " to out/compare-A-vs-B (or --out). The scenarios must project the same units, years and bands;"
                + " trials and seed are the first scenario's unless given.",
        footer = ExitCodes.HELP)
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions options;

    @Mixin
    ScenarioDataOptions data;

    @Mixin
    PrecisionOptions precision;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files; the first is the reference.")
    List<Path> scenarios;

    @Override
    public Integer call() {
        ComparePipeline.Outcome o = ComparePipeline.run(scenarios, options.toOptions(data), precision.toSampling());
        if (options.json) {
            spec.commandLine().getOut().println(Json.text(VariantJson.compare(o)));
            spec.commandLine().getOut().flush();
        } else {
            VariantConsole.compare(spec.commandLine().getOut(), o);
        }
        return ExitCodes.OK;
    }
}
