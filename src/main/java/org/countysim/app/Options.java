package org.countysim.app;

import java.nio.file.Path;
import java.util.List;
import org.countysim.model.CountingMode;

/**
 * The options every simulating command shares; null fields take the scenario's values.
 *
 * @param counting the counts to show beside the targets, or null for the scenario's
 */
public record Options(
        List<String> overrides,
        Long trials,
        Long seed,
        int threads,
        CountingMode counting,
        Path outDir,
        boolean excelBom,
        boolean charts) {
    public Options {
        overrides = List.copyOf(overrides);
    }
}
