package org.countysim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.countysim.app.SolvePipeline;
import org.countysim.report.ManifestWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code countysim solve SCENARIO --param PATH --target 'P(all)>=0.8'}. */
@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Find the smallest value of one parameter at which a probability reaches a target, by"
                + " bisection on [--lo, --hi] under common random numbers (the probability is assumed to rise with the"
                + " parameter; a warning says when the evaluations show it falling). Writes solve.csv (every evaluation) to out/<scenario>-solve (or --out).",
        footer = ExitCodes.HELP)
final class SolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Option(names = "--param", required = true, paramLabel = "PATH", description = "The parameter to solve for.")
    String param;

    @Option(names = "--target", required = true, paramLabel = "P(..)>=p",
            description = "P(all)>=0.8, or P(300)>=0.6 for the band whose threshold is 300.")
    String target;

    @Option(names = "--lo", paramLabel = "X", description = "Lowest value to consider (default 0).")
    Double lo;

    @Option(names = "--hi", paramLabel = "X", description = "Highest value (default: 4 × the scenario's value).")
    Double hi;

    @Option(names = "--tolerance", paramLabel = "X", description = "Stop when the bracket is this narrow"
            + " (default: (hi − lo)/512).")
    Double tolerance;

    @Override
    public Integer call() {
        SolvePipeline.Outcome o = SolvePipeline.run(scenario, param, target, lo, hi, tolerance, options.toOptions());
        if (options.json) {
            spec.commandLine().getOut().println(ManifestWriter.toJson(o));
            spec.commandLine().getOut().flush();
        } else {
            VariantConsole.solve(spec.commandLine().getOut(), o);
        }
        return ExitCodes.OK;
    }
}
