package org.countysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every uncertain quantity draws from a sub-stream keyed by its path (model.md §6). */
class CommonRandomNumbersTest {
    @TempDir
    Path dir;

    private static final String ONE = """
            interventions:
              - {id: a, kind: program, quantity: {dist: uniform, min: 0, max: 10}, allocation: by_gdp,
                 unit_cost: {dist: normal, mean: 1, sd: 0.1, lower: 0}}
            """;
    private static final String TWO = """
            interventions:
              - {id: b, kind: project, counties: all, count: 2, output: {dist: uniform, min: 1, max: 5},
                 va_ratio: 0.3, success: 0.5, start: {dist: discrete, values: [2022, 2023]}}
              - {id: a, kind: program, quantity: {dist: uniform, min: 0, max: 10}, allocation: by_gdp,
                 unit_cost: {dist: normal, mean: 1, sd: 0.1, lower: 0}}
            """;

    private Fixtures base() throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 100, 200), Fixtures.banded("u2", 50, 80))
                .with("horizon", "horizon: 2024")
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.05, sd: 0.01}")
                .with("shocks", "shocks: {common_sd: 0.02, unit_sd: 0.03, rho: 0.4}")
                .with("deflator", "deflator: {dist: normal, mean: 0, sd: 0.01, scope: year}");
    }

    /** Draws of every key, trial by trial, for the first trials of block 3 (drawn as one chunk of columns). */
    private static Map<String, double[][]> draws(CompiledModel model, int trials) {
        List<DrawSlot> random =
                model.slots().stream().filter(DrawSlot::isRandom).toList();
        BlockStreams streams = new BlockStreams(StreamPlan.of(random), 99, 3);
        double[][] cols = Columns.of(model.template(), trials);
        streams.fill(cols, trials);
        Map<String, double[][]> out = new HashMap<>();
        for (DrawSlot s : random) {
            out.put(s.streamKey(), new double[trials][]);
        }
        for (int t = 0; t < trials; t++) {
            double[] buf = Columns.row(cols, t);
            for (DrawSlot s : random) {
                out.get(s.streamKey())[t] = java.util.Arrays.copyOfRange(buf, s.offset(), s.offset() + s.count());
            }
        }
        return out;
    }

    @Test
    void addingAnInterventionLeavesEveryOtherDrawUnchanged() throws Exception {
        Map<String, double[][]> one =
                draws(base().with("interventions", ONE).compile().model(), 50);
        Map<String, double[][]> two =
                draws(base().with("interventions", TWO).compile().model(), 50);
        assertEquals(one.size() + 3, two.size(), "b adds three random keys: output, start and success");
        for (Map.Entry<String, double[][]> e : one.entrySet()) {
            double[][] other = two.get(e.getKey());
            for (int t = 0; t < 50; t++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(
                        e.getValue()[t], other[t], 0, e.getKey() + " in trial " + t);
            }
        }
        Map<String, double[][]> none = draws(base().compile().model(), 50);
        for (Map.Entry<String, double[][]> e : none.entrySet()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(e.getValue()[7], one.get(e.getKey())[7], 0, e.getKey());
        }
    }

    @Test
    void differentKeysAndBlocksGiveDifferentStreams() {
        double a = BlockStreams.stream(1, 0, "x").nextDouble();
        assertNotEquals(a, BlockStreams.stream(1, 0, "y").nextDouble());
        assertNotEquals(a, BlockStreams.stream(1, 1, "x").nextDouble());
        assertNotEquals(a, BlockStreams.stream(2, 0, "x").nextDouble());
        assertEquals(a, BlockStreams.stream(1, 0, "x").nextDouble());
    }

    /**
     * Variants side by side draw each shared value once: the second of two scenarios that differ by one
     * intervention draws only that intervention's values (three keys for b's single project, in each of two
     * units), and its results equal its run alone.
     */
    @Test
    void variantsDrawWhatTheyShareOnce() throws Exception {
        CompiledModel one = base().with("interventions", ONE).compile().model();
        CompiledModel two = base().with("interventions", TWO).compile().model();
        SimulationEngine engine = new SimulationEngine(
                List.of(one, two), new boolean[] {true, true}, org.countysim.result.Contrasts.NONE);
        long randomOfOne = one.slots().stream()
                .filter(DrawSlot::isRandom)
                .mapToLong(DrawSlot::count)
                .sum();
        assertEquals(randomOfOne, engine.drawnElements(0));
        assertEquals(3 * 2 * 2, engine.drawnElements(1), "b: output, start, success for 2 projects in each of 2 units");
        org.countysim.result.Tally together = engine.runAll(3000, 8, 2).tallies()[1];
        org.countysim.result.Tally alone = new SimulationEngine(two).run(3000, 8, 2);
        for (int v = 0; v < alone.variables(); v++) {
            assertEquals(alone.sum(v), together.sum(v), 0, "sum " + v);
        }
    }
}
