package org.countysim.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code countysim run} was asked to do; null fields take the scenario's values.
 *
 * @param counting  "exclusive", "cumulative", "both", or null for the scenario's tiers.counting
 * @param precision with --precision: add blocks until every reported probability's SE is below it (null: off)
 */
public record RunRequest(Path scenario, List<String> overrides, Long trials, Long seed, Path outDir, int threads,
                         String counting, boolean excelBom, boolean charts, long attributionTrials,
                         Double precision, long maxTrials) {
    public RunRequest {
        overrides = List.copyOf(overrides);
    }
}
