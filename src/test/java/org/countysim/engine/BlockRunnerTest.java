package org.countysim.engine;

import static org.countysim.testing.Serialisation.bytes;
import static org.countysim.testing.Serialisation.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;
import org.countysim.model.CompiledModel;
import org.countysim.result.Contrasts;
import org.countysim.result.PairedTally;
import org.countysim.result.Tally;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine seam: pieces of a run computed apart (each plan and partial result through Java serialisation) and
 * merged in any order give the bytes of one local run: counts, sketches, sums, weighted statistics (model.md §11) and
 * paired sums; a session extends on any runner; the earliest failing trial is reported whatever the order; a runner
 * that loses a block is caught.
 */
class BlockRunnerTest {
    @TempDir
    Path dir;

    private static final long TRIALS = 7 * SimulationEngine.BLOCK_SIZE + 300;

    /** Two banded units with shocks and a project, and the given evidence. */
    private CompiledModel model(String name, String evidence) throws Exception {
        Path folder = dir.resolve(name);
        java.nio.file.Files.createDirectories(folder);
        return new Fixtures(folder)
                .baseline(
                        Fixtures.banded("u1", 80, 120),
                        Fixtures.banded("u2", 100, 140),
                        "z1,,z1,zone,2021,,10,30,band,test")
                .with("name", "name: t\nuniverse: {kinds: [county]}")
                .with("horizon", "horizon: 2024")
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.05, sd: 0.01}")
                .with("shocks", "shocks: {common_sd: 0.02, unit_sd: 0.03, rho: 0.4}")
                .with("tiers", "tiers:\n  bands:\n    - {threshold: 130, target: 1}\n    - {threshold: 110, target: 1}")
                .with("interventions", """
                        interventions:
                          - {id: p, kind: project, counties: all, count: {dist: discrete, values: [0, 1, 2]},
                             output: {dist: pert, min: 5, mode: 10, max: 30}, va_ratio: 0.3, success: 0.6,
                             start: {dist: discrete, values: [2022, 2023]}}
                        """)
                .with("evidence", evidence)
                .compile()
                .model();
    }

    /**
     * Three variants: conditioned on the base year and a projected year, conditioned on another projected year (so
     * the variants' weights differ), and not conditioned; the first and last tallied; each variant's level and its
     * difference from the first as contrasts.
     */
    private SimulationEngine engine(boolean evidence) throws Exception {
        String none = "evidence: []";
        List<CompiledModel> variants = List.of(
                model("a", evidence ? """
                        evidence:
                          - {units: all, year: 2021, value: 245, sd: 6}
                          - {units: [u1], year: 2023, value: 118, within: 8}
                        """ : none),
                model("b", evidence ? "evidence:\n  - {units: [u2], year: 2024, value: 150, sd: 10}" : none),
                model("c", none));
        double[][] rows = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {-1, 1, 0}, {-1, 0, 1}};
        return new SimulationEngine(
                variants, new boolean[] {true, false, true}, new Contrasts(List.of("a", "b", "c", "b-a", "c-a"), rows));
    }

    /** Every bit of a result: the digest of each tally's serialised state, and every paired estimate. */
    private static List<String> bits(EngineResult r) throws Exception {
        List<String> out = new ArrayList<>();
        for (Tally t : r.tallies()) {
            byte[] state = bytes(t);
            out.add(state.length + " bytes, SHA-256 "
                    + java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(state)));
        }
        PairedTally p = r.paired();
        StringBuilder b = new StringBuilder("trials " + p.trials());
        for (int c = 0; c < p.contrasts(); c++) {
            for (int j = 0; j < p.metrics(); j++) {
                var e = p.estimate(c, j);
                b.append(' ')
                        .append(Double.doubleToRawLongBits(e.value()))
                        .append('/')
                        .append(Double.doubleToRawLongBits(e.se()));
            }
        }
        for (int v = 0; v < 3; v++) {
            b.append(" ess ").append(Double.doubleToRawLongBits(p.ess(v)));
        }
        out.add(b.toString());
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void piecesMergedInAnyOrderGiveTheBytesOfOneLocalRun(boolean evidence) throws Exception {
        SimulationEngine engine = engine(evidence);
        List<String> local = bits(engine.runAll(TRIALS, 5, 2));
        WorkPlan plan = engine.plan(5, TRIALS, 0, WorkPlan.blocksOf(TRIALS));
        List<byte[]> shipped = new ArrayList<>();
        for (WorkPlan piece : plan.split(5)) {
            shipped.add(bytes(PartialResult.compute((WorkPlan) object(bytes(piece)))));
        }
        assertEquals(5, shipped.size());
        Random shuffle = new Random(1);
        for (int order = 0; order < 4; order++) {
            List<byte[]> arriving = new ArrayList<>(shipped);
            if (order == 1) {
                Collections.reverse(arriving);
            } else if (order > 1) {
                Collections.shuffle(arriving, shuffle);
            }
            ResultMerger merger = new ResultMerger(new PlanLayout(plan));
            for (byte[] piece : arriving) {
                merger.add((PartialResult) object(piece));
            }
            merger.checkComplete(plan, new LocalBlockRunner(1));
            assertEquals(local, bits(merger.result()), "order " + order);
        }
    }

    /**
     * Blocks handed in one at a time by four threads at once, in a shuffled order: whichever thread adds them to the
     * totals (one at a time, outside the merger's lock, while the others hand in more), the bytes of one local run.
     */
    @Test
    void blocksHandedInByThreadsAtOnceGiveTheBytesOfOneLocalRun() throws Exception {
        SimulationEngine engine = engine(true);
        List<String> local = bits(engine.runAll(TRIALS, 5, 1));
        WorkPlan plan = engine.plan(5, TRIALS, 0, WorkPlan.blocksOf(TRIALS));
        List<byte[]> shipped = new ArrayList<>();
        for (WorkPlan block : plan.split((int) plan.blocks())) {
            shipped.add(bytes(PartialResult.compute(block)));
        }
        Random shuffle = new Random(2);
        for (int round = 0; round < 10; round++) {
            List<byte[]> arriving = new ArrayList<>(shipped);
            Collections.shuffle(arriving, shuffle);
            java.util.Queue<byte[]> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(arriving);
            ResultMerger merger = new ResultMerger(new PlanLayout(plan));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    done.add(pool.submit(() -> {
                        for (byte[] piece = queue.poll(); piece != null; piece = queue.poll()) {
                            merger.add((PartialResult) object(piece));
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            merger.checkComplete(plan, new LocalBlockRunner(4));
            assertEquals(local, bits(merger.result()), "round " + round);
        }
    }

    /** A session extended twice (as --precision does) on the shuffled, serialising runner: one local run's bytes. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSessionExtendsOnAnyRunner(boolean evidence) throws Exception {
        SimulationEngine engine = engine(evidence);
        ShuffledSerialisingRunner runner = new ShuffledSerialisingRunner(3, 9);
        SimulationEngine.Session session = engine.start(5, runner);
        List<Long> progress = new ArrayList<>();
        session.advanceTo(3 * SimulationEngine.BLOCK_SIZE, progress::add);
        session.advanceTo(TRIALS, progress::add);
        assertEquals(bits(engine.runAll(TRIALS, 5, 3)), bits(session.result()));
        assertEquals(TRIALS, (long) progress.get(progress.size() - 1));
        assertEquals(progress.stream().sorted().toList(), progress, "progress never goes back: " + progress);
    }

    /** Kept samples travel with their pieces: the same values, in another order (every use sorts them). */
    @Test
    void keptSamplesTravelWithTheirPieces() throws Exception {
        SimulationEngine engine = SimulationEngine.keepingSamples(model("k", "evidence: []"));
        Tally local = engine.run(TRIALS, 3, 2);
        SimulationEngine.Session s = engine.start(3, new ShuffledSerialisingRunner(4, 2));
        s.advanceTo(TRIALS, done -> {});
        Tally shuffled = s.result().tallies()[0];
        for (int v = 0; v < local.variables(); v++) {
            assertArrayEquals(local.samples().sorted(v), shuffled.samples().sorted(v), "variable " + v);
            assertEquals(TRIALS, local.samples().sorted(v).length);
        }
    }

    /**
     * Growth of 10^100 in about one trial of a thousand overflows: whatever order the pieces run in, the run reports
     * the failure a single thread meets first.
     */
    @Test
    void theEarliestFailingTrialIsReportedWhateverTheOrder() throws Exception {
        CompiledModel m = new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100))
                .with("horizon", "horizon: 2025")
                .with("trend", "trend:\n  real_growth: {dist: discrete, values: [0.05, 1e100], weights: [999, 1]}")
                .compile()
                .model();
        long n = 8 * SimulationEngine.BLOCK_SIZE;
        SimulationException alone = assertThrows(SimulationException.class, () -> new SimulationEngine(m).run(n, 3, 1));
        assertTrue(alone.trial() > 0, "a later trial: " + alone.trial());
        for (int order = 0; order < 4; order++) {
            SimulationEngine.Session s = new SimulationEngine(m).start(3, new ShuffledSerialisingRunner(8, order));
            SimulationException e = assertThrows(SimulationException.class, () -> s.advanceTo(n, done -> {}));
            assertEquals(alone.trial(), e.trial(), "order " + order);
            assertEquals(alone.getMessage(), e.getMessage());
        }
    }

    /** A runner that does not give every block is stopped before its result is read. */
    @Test
    void aRunnerThatLosesABlockIsCaught() throws Exception {
        BlockRunner lossy = new BlockRunner() {
            @Override
            public void run(WorkPlan plan, ResultMerger merger, LongConsumer progress) {
                merger.add(PartialResult.compute(plan.range(plan.firstBlock(), plan.endBlock() - 1)));
            }
        };
        SimulationEngine.Session s = engine(false).start(5, lossy);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.advanceTo(TRIALS, done -> {}));
        assertTrue(e.getMessage().contains("did not run the whole plan: blocks 7 to 8"), e.getMessage());
    }

    /** A plan travels whole: the one rebuilt from its bytes runs the same blocks to the same bytes. */
    @Test
    void aPlanAndItsSplitCoverTheRunOnce() throws Exception {
        WorkPlan plan = engine(true).plan(5, TRIALS, 2, WorkPlan.blocksOf(TRIALS));
        List<WorkPlan> pieces = plan.split(4);
        assertEquals(4, pieces.size());
        long next = 2;
        for (WorkPlan piece : pieces) {
            assertEquals(next, piece.firstBlock());
            assertTrue(piece.blocks() >= 1);
            next = piece.endBlock();
        }
        assertEquals(plan.endBlock(), next);
        assertEquals(300, plan.trialsIn(7));
        assertEquals(6, plan.split(100).size(), "at most one piece a block");
        assertThrows(IllegalArgumentException.class, () -> plan.range(0, 9), "beyond the run's blocks");
    }
}
