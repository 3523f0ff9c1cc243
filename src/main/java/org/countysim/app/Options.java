package org.countysim.app;

import java.nio.file.Path;
import java.util.List;
import org.countysim.engine.BlockRunner;
import org.countysim.model.CountingMode;

/**
 * The options every simulating command shares; null fields take the scenario's values.
 *
 * @param counting the counts to show beside the targets, or null for the scenario's
 * @param runners  where blocks of trials run ({@link BlockRunners#LOCAL}: this machine's {@code threads})
 */
public record Options(
        List<String> overrides,
        Long trials,
        Long seed,
        int threads,
        CountingMode counting,
        Path outDir,
        boolean excelBom,
        boolean charts,
        BlockRunners runners) {
    public Options {
        overrides = List.copyOf(overrides);
    }

    /** Blocks of trials on this machine's threads. */
    public Options(
            List<String> overrides,
            Long trials,
            Long seed,
            int threads,
            CountingMode counting,
            Path outDir,
            boolean excelBom,
            boolean charts) {
        this(overrides, trials, seed, threads, counting, outDir, excelBom, charts, BlockRunners.LOCAL);
    }

    /** The runner of the command's blocks of trials. */
    public BlockRunner runner() {
        return runners.withThreads(threads);
    }
}
