package org.countysim.app;

import java.nio.file.Path;
import java.util.List;

/**
 * The options every simulating command shares; null fields take the scenario's values.
 *
 * @param counting "exclusive", "cumulative", "both", or null
 */
public record Options(List<String> overrides, Long trials, Long seed, int threads, String counting, Path outDir,
                      boolean excelBom, boolean charts) {
    public Options {
        overrides = List.copyOf(overrides);
    }
}
