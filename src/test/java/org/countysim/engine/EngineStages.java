package org.countysim.engine;

import java.nio.file.Path;
import java.util.List;
import org.countysim.app.Inputs;
import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;
import org.countysim.model.Likelihood;
import org.countysim.result.Tally;
import org.countysim.result.WeightedTally;

/**
 * Where one thread's CPU time goes, per trial: seeding a block's streams, drawing, the model, recording (with evidence: weighing, weighted recording, merging). Not a
 * test: run with bench/stages.sh [scenario] (docs/benchmarks.md). Each stage is timed around its call for
 * every chunk of trials; the JIT warms up over the first rounds, so read the last lines.
 */
public final class EngineStages {
    /** This thread's CPU time: other processes on a shared machine inflate wall-clock stage times. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private EngineStages() {}

    /** The chunk the engine uses for one model: {@link SimulationEngine#MAX_CHUNK} within its memory budget. */
    static int engineChunk(CompiledModel m) {
        long perLane = m.template().length + ChunkModel.doublesPerLane(m);
        return (int) Math.max(1, Math.min(SimulationEngine.MAX_CHUNK, SimulationEngine.CHUNK_BUDGET / perLane));
    }

    /**
     * Usage: EngineStages [scenario] [blocks a round, default 400] [lanes, default or 0: the engine's chunk]
     * [override ...] (as --set: {@code evidence=[]}).
     */
    public static void main(String[] args) {
        Path scenario = Path.of(args.length > 0 ? args[0] : "scenarios/plan-2025.yaml");
        List<String> overrides = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        CompiledModel m = Inputs.load(scenario, overrides, null, null, null).model();
        int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int lanes = args.length > 2 && Integer.parseInt(args[2]) > 0 ? Integer.parseInt(args[2]) : engineChunk(m);
        System.out.printf(
                "%d units, %d years, %d draw positions + %d workspace doubles a lane: %d lanes a chunk%n",
                m.unitCount(), m.years(), m.template().length, ChunkModel.doublesPerLane(m), lanes);
        StreamPlan plan =
                StreamPlan.of(m.slots().stream().filter(DrawSlot::isRandom).toList());
        double[][] cols = Columns.of(m.template(), lanes);
        ChunkModel model = new ChunkModel(m, lanes);
        TrialRecorder recorder = new TrialRecorder(m, lanes);
        Tally tally = new Tally(
                m.unitCount(), m.years(), m.bandCount(), false, m.evidence().size(), m.weighted());
        double[] sum = new double[tally.variables()];
        double[] squares = new double[tally.variables()];
        // with evidence (model.md §11): the weights, the weighted recording and the block's merge in order
        WeightedTally block = m.weighted() ? tally.newWeighted() : null;
        double[] logW = new double[lanes];
        double[] w = new double[lanes];
        double[][] observed = new double[m.evidence().size()][lanes];
        double trials = blocks * (double) SimulationEngine.BLOCK_SIZE;
        for (int round = 1; round <= 6; round++) {
            long[] ns = new long[7];
            for (int b = 0; b < blocks; b++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                BlockStreams streams = new BlockStreams(plan, round, b);
                ns[0] += CPU.getCurrentThreadCpuTime() - t0;
                for (int from = 0; from < SimulationEngine.BLOCK_SIZE; from += lanes) {
                    int rows = Math.min(lanes, SimulationEngine.BLOCK_SIZE - from);
                    long t1 = CPU.getCurrentThreadCpuTime();
                    streams.fill(cols, rows);
                    long t2 = CPU.getCurrentThreadCpuTime();
                    model.run(cols, rows);
                    long t3 = CPU.getCurrentThreadCpuTime();
                    recorder.record(model, rows, tally, sum, squares);
                    long t4 = CPU.getCurrentThreadCpuTime();
                    ns[1] += t2 - t1;
                    ns[2] += t3 - t2;
                    ns[3] += t4 - t3;
                    if (block != null) {
                        Likelihood.weigh(m.evidence(), model, cols, rows, observed, logW, w);
                        long t5 = CPU.getCurrentThreadCpuTime();
                        recorder.recordWeighted(model, rows, block, w, logW, observed, tally, sum, squares);
                        long t6 = CPU.getCurrentThreadCpuTime();
                        ns[4] += t5 - t4;
                        ns[5] += t6 - t5;
                    }
                }
                if (block != null) {
                    long t7 = CPU.getCurrentThreadCpuTime();
                    tally.mergeWeighted(block);
                    ns[6] += CPU.getCurrentThreadCpuTime() - t7;
                }
            }
            System.out.printf(
                    "round %d, ns per trial: streams %.0f, draws %.0f, model %.0f, record %.0f%s; total %.0f%n",
                    round,
                    ns[0] / trials,
                    ns[1] / trials,
                    ns[2] / trials,
                    ns[3] / trials,
                    block == null
                            ? ""
                            : String.format(
                                    ", weigh %.0f, record weighted %.0f, merge %.0f",
                                    ns[4] / trials, ns[5] / trials, ns[6] / trials),
                    java.util.Arrays.stream(ns).sum() / trials);
        }
    }
}
