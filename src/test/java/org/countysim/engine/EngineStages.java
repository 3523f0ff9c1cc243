package org.countysim.engine;

import java.nio.file.Path;
import java.util.List;
import org.countysim.app.Inputs;
import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;
import org.countysim.result.Tally;

/**
 * Where one thread's time goes, per trial: seeding a block's streams, drawing, the model, recording. Not a
 * test: run with bench/stages.sh [scenario] (docs/benchmarks.md). Each stage is timed around its call for
 * every chunk of trials; the JIT warms up over the first rounds, so read the last lines.
 */
public final class EngineStages {
    private EngineStages() {
    }

    public static void main(String[] args) {
        Path scenario = Path.of(args.length > 0 ? args[0] : "scenarios/plan-2025.yaml");
        CompiledModel m = Inputs.load(scenario, List.of(), null, null, null).model();
        int lanes = SimulationEngine.MAX_CHUNK;
        StreamPlan plan = StreamPlan.of(m.slots().stream().filter(DrawSlot::isRandom).toList());
        double[][] cols = Columns.of(m.template(), lanes);
        ChunkModel model = new ChunkModel(m, lanes);
        TrialRecorder recorder = new TrialRecorder(m, lanes);
        Tally tally = new Tally(m.unitCount(), m.years(), m.bandCount());
        double[] sum = new double[tally.variables()];
        double[] squares = new double[tally.variables()];
        int blocks = 400;
        double trials = blocks * (double) SimulationEngine.BLOCK_SIZE;
        for (int round = 1; round <= 6; round++) {
            long[] ns = new long[4];
            for (int b = 0; b < blocks; b++) {
                long t0 = System.nanoTime();
                BlockStreams streams = new BlockStreams(plan, round, b);
                ns[0] += System.nanoTime() - t0;
                for (int c = 0; c < SimulationEngine.BLOCK_SIZE / lanes; c++) {
                    long t1 = System.nanoTime();
                    streams.fill(cols, lanes);
                    long t2 = System.nanoTime();
                    model.run(cols, lanes);
                    long t3 = System.nanoTime();
                    recorder.record(model, lanes, tally, sum, squares);
                    long t4 = System.nanoTime();
                    ns[1] += t2 - t1;
                    ns[2] += t3 - t2;
                    ns[3] += t4 - t3;
                }
            }
            System.out.printf("round %d, ns per trial: streams %.0f, draws %.0f, model %.0f, record %.0f; total %.0f%n",
                    round, ns[0] / trials, ns[1] / trials, ns[2] / trials, ns[3] / trials,
                    (ns[0] + ns[1] + ns[2] + ns[3]) / trials);
        }
    }
}
