package org.countysim.cli;

import org.countysim.CountySimException;
import org.countysim.app.Sampling;
import picocli.CommandLine.Option;

/** How long a simulating command runs and whether it shows progress: shared by run, compare, sweep and solve. */
final class PrecisionOptions {
    @Option(
            names = "--precision",
            paramLabel = "EPS",
            description =
                    "Add trials (in blocks of 1024) until every"
                            + " reported probability's standard error is at most EPS, e.g. 0.005; --trials is then the first step.")
    Double precision;

    @Option(
            names = "--max-trials",
            paramLabel = "N",
            defaultValue = "10000000",
            description = "Cap on trials under --precision (default: ${DEFAULT-VALUE}).")
    long maxTrials;

    @Option(names = "--quiet", description = "No progress bar (it only shows at a terminal, for runs over a second).")
    boolean quiet;

    /** Checks the values; the progress bar shows at a terminal unless --quiet. */
    Sampling toSampling() {
        if (precision != null && !(precision > 0 && precision < 0.5)) {
            throw new CountySimException("--precision is a standard error in (0, 0.5), got " + precision);
        }
        if (maxTrials < 1) {
            throw new CountySimException("--max-trials must be positive, got " + maxTrials);
        }
        return new Sampling(precision, maxTrials, TerminalProgress.forTerminal(quiet));
    }
}
