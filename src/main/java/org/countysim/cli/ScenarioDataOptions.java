package org.countysim.cli;

import org.countysim.model.CountingMode;
import picocli.CommandLine.Option;

/**
 * Options about the scenario's own baseline file and tier counts: taken by the commands that read that file and
 * count units against the targets (run, compare, sweep, solve; validate reads the file), not by backtest, which
 * starts from the actuals file's figures and scores GDP rather than counts, so that it refuses them instead of
 * ignoring them.
 */
final class ScenarioDataOptions {
    @Option(
            names = "--counting",
            paramLabel = "MODE",
            description = "Which counts to show beside the targets:"
                    + " cumulative (units at or above each threshold against 'at least' targets: met), exclusive (units in"
                    + " each band against the band targets: the exact structure) or both. Both are always computed and"
                    + " written to the CSVs (default: the scenario's tiers.counting, else cumulative).")
    CountingMode counting;

    @Option(
            names = "--encoding",
            paramLabel = "NAME",
            description = "The baseline CSV's encoding: auto (UTF-8,"
                    + " else GBK/GB18030), UTF-8, GB18030, ... (default: the scenario's data.encoding, else auto).")
    String encoding;
}
