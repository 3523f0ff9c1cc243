package org.countysim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.countysim.app.ParamGrid;
import org.countysim.app.SweepPipeline;
import org.countysim.app.console.VariantConsole;
import org.countysim.app.console.VariantJson;
import org.countysim.format.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code countysim sweep SCENARIO --param PATH=...}. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Sweep one or two scenario parameters over values (PATH=v1,v2,...) or a range"
                + " (PATH=FROM:TO:STEPS), every point under common random numbers. Writes sweep.csv (one row per"
                + " point with every metric, its SE, its difference from the first point and the paired SE of that"
                + " difference) and sweep.png to out/<scenario>-sweep (or --out).",
        footer = ExitCodes.HELP)
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions options;

    @Mixin
    ScenarioDataOptions data;

    @Mixin
    PrecisionOptions precision;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Option(
            names = "--param",
            required = true,
            paramLabel = "PATH=VALUES",
            description = "e.g. interventions[tech-upgrade].quantity=0:3000:7 or shocks.rho=0,0.3,0.6; once or twice.")
    List<String> params;

    @Option(
            names = "--metric",
            paramLabel = "METRIC",
            defaultValue = "p_all_met",
            description = "Metric for the chart: p_all_met, p_met_<threshold>, mean_count_<threshold> or city_gdp"
                    + " (default: ${DEFAULT-VALUE}).")
    String metric;

    @Override
    public Integer call() {
        List<ParamGrid> grids = params.stream().map(ParamGrid::parse).toList();
        SweepPipeline.Outcome o =
                SweepPipeline.run(scenario, grids, metric, options.toOptions(data), precision.toSampling());
        if (options.json) {
            spec.commandLine().getOut().println(Json.text(VariantJson.sweep(o)));
            spec.commandLine().getOut().flush();
        } else {
            VariantConsole.sweep(spec.commandLine().getOut(), o);
        }
        return ExitCodes.OK;
    }
}
