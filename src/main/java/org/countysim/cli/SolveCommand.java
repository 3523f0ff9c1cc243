package org.countysim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.countysim.app.SolvePipeline;
import org.countysim.app.console.SolveConsole;
import org.countysim.app.console.VariantJson;
import org.countysim.format.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code countysim solve SCENARIO --param PATH --target 'P(all)>=0.8'}. */
@Command(
        name = "solve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Find the smallest value of one parameter at which a metric meets a target. The range"
                + " [--lo, --hi] is scanned on a grid of --grid points, then each bracket where the metric crosses the"
                + " target is bisected; every evaluation uses the same seed and trials (common random numbers). Every"
                + " crossing is reported when the metric is not monotone. Writes solve.csv (every evaluation) to"
                + " out/<scenario>-solve (or --out). Exit status 4 when no evaluated value meets the target.",
        footer = ExitCodes.HELP)
final class SolveCommand implements Callable<Integer> {
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

    @Option(names = "--param", required = true, paramLabel = "PATH", description = "The parameter to solve for.")
    String param;

    @Option(
            names = "--target",
            required = true,
            paramLabel = "METRIC>=LEVEL",
            description = "A metric of sweep and compare and a level: p_all_met>=0.8, p_met_300>=0.6,"
                    + " city_gdp>=6000; P(all) and P(300) are short for p_all_met and p_met_300; also >, <=, <.")
    String target;

    @Option(names = "--lo", paramLabel = "X", description = "Lowest value to consider (default 0).")
    Double lo;

    @Option(names = "--hi", paramLabel = "X", description = "Highest value (default: 4 × the scenario's value).")
    Double hi;

    @Option(
            names = "--grid",
            paramLabel = "N",
            defaultValue = "" + SolvePipeline.DEFAULT_GRID,
            description = "Grid points scanned before bisecting, ends included (default: ${DEFAULT-VALUE}; 3 to "
                    + SolvePipeline.MAX_GRID + "). More points find crossings closer together.")
    int grid;

    @Option(
            names = "--tolerance",
            paramLabel = "X",
            description = "Bisect until the bracket is this narrow"
                    + " (default: (hi − lo)/512; 1 for a whole-number parameter).")
    Double tolerance;

    @Option(
            names = "--integer",
            negatable = true,
            description = "Whether the parameter takes whole values only"
                    + " (grid, bisection and answer in whole numbers). Default: yes for counts — a programme's quantity, a"
                    + " project's count, years, lags, band targets — no otherwise.")
    Boolean integer;

    @Override
    public Integer call() {
        SolvePipeline.Outcome o = SolvePipeline.run(
                new SolvePipeline.Request(scenario, param, target, lo, hi, tolerance, grid, integer),
                options.toOptions(data),
                precision.toSampling());
        if (options.json) {
            spec.commandLine().getOut().println(Json.text(VariantJson.solve(o)));
            spec.commandLine().getOut().flush();
        } else {
            SolveConsole.print(spec.commandLine().getOut(), o);
        }
        return o.reachable() ? ExitCodes.OK : ExitCodes.NOT_REACHED;
    }
}
