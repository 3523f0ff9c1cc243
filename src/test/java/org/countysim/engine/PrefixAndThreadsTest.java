package org.countysim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.countysim.model.CompiledModel;
import org.countysim.model.Counting;
import org.countysim.result.Contrasts;
import org.countysim.result.Tally;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Block streams: runs extend as prefixes, and neither the thread count nor the chunk size changes a result. */
class PrefixAndThreadsTest {
    @TempDir
    Path dir;

    private CompiledModel model() throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 80, 120), Fixtures.banded("u2", 100, 140))
                .with("horizon", "horizon: 2024")
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.05, sd: 0.01}")
                .with("shocks", "shocks: {common_sd: 0.02, unit_sd: 0.03, rho: 0.4}")
                .with("interventions", """
                        interventions:
                          - {id: p, kind: project, counties: all, count: {dist: discrete, values: [0, 1, 2]},
                             output: {dist: pert, min: 5, mode: 10, max: 30}, va_ratio: 0.3, success: 0.6,
                             start: {dist: discrete, values: [2022, 2023]}}
                        """)
                .compile()
                .model();
    }

    private static void assertSameTally(Tally a, Tally b) {
        assertEquals(a.trials(), b.trials());
        for (Counting counting : Counting.values()) {
            assertArrayEquals(a.countHistogram(counting, 0), b.countHistogram(counting, 0));
        }
        for (int v = 0; v < a.variables(); v++) {
            assertEquals(a.sum(v), b.sum(v), 0, "sum " + v);
            assertEquals(a.sumSquares(v), b.sumSquares(v), 0, "squares " + v);
            assertEquals(a.sketch(v).quantile(0.37), b.sketch(v).quantile(0.37), 0);
        }
        for (int c = 0; c < a.units(); c++) {
            for (int t = 0; t <= a.years(); t++) {
                assertArrayEquals(a.unitBands(c, t), b.unitBands(c, t));
            }
        }
        assertEquals(a.allMet(), b.allMet());
        assertEquals(a.exactAll(), b.exactAll());
    }

    /** N trials, then extended to 2N, equal fresh runs of N and 2N: the first N trials of 2N are the N-run. */
    @Test
    void aRunOfNIsAPrefixOfARunOf2N() throws Exception {
        CompiledModel m = model();
        long n = 4 * SimulationEngine.BLOCK_SIZE;
        SimulationEngine engine = new SimulationEngine(m);
        SimulationEngine.Session session = engine.start(77, 2);
        session.advanceTo(n, done -> {});
        assertSameTally(engine.run(n, 77, 1), session.result().tallies()[0]);
        session.advanceTo(2 * n, done -> {});
        assertSameTally(engine.run(2 * n, 77, 3), session.result().tallies()[0]);
    }

    @Test
    void threadCountDoesNotChangeAnything() throws Exception {
        CompiledModel m = model();
        long n = 10_000;
        Tally one = new SimulationEngine(m).run(n, 5, 1);
        for (int threads : new int[] {2, 3, 8}) {
            assertSameTally(one, new SimulationEngine(m).run(n, 5, threads));
        }
    }

    /**
     * Trials run a chunk at a time in columns; each goes through the same operations as alone and sums add
     * trials in order, so chunks of 1 (trial by trial), 7 (chunks that straddle nothing evenly) and 128 trials
     * give the same bytes, with and without a comparison variant.
     */
    @Test
    void chunkSizeDoesNotChangeAnything() throws Exception {
        CompiledModel m = model();
        long n = 3000;
        boolean[] one = {true};
        Tally trialByTrial = new SimulationEngine(List.of(m), one, Contrasts.NONE, 1).run(n, 11, 2);
        for (int chunk : new int[] {7, 128}) {
            assertSameTally(trialByTrial, new SimulationEngine(List.of(m), one, Contrasts.NONE, chunk).run(n, 11, 2));
        }
    }

    /**
     * A run that fails stops with the failure a single thread would have met first, whatever thread finishes
     * first: growth of 10^100 a year overflows every trial, and every thread count names trial 0.
     */
    @Test
    void aFailingRunReportsTheSameTrialForAnyThreadCount() throws Exception {
        CompiledModel m = new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100))
                .with("horizon", "horizon: 2025")
                .with("trend", "trend:\n  real_growth: 1e100")
                .compile()
                .model();
        String message = null;
        for (int threads : new int[] {1, 2, 3}) {
            SimulationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    SimulationException.class,
                    () -> new SimulationEngine(m).run(8 * SimulationEngine.BLOCK_SIZE, 3, threads));
            assertEquals(0, e.trial(), threads + " threads");
            if (message == null) {
                message = e.getMessage();
            }
            assertEquals(message, e.getMessage(), threads + " threads");
        }
    }
}
