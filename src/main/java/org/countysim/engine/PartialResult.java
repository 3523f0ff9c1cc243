package org.countysim.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.countysim.result.Tally;

/**
 * What a range of blocks produces, to be merged into a run's totals by {@link ResultMerger}: the counts, which merge
 * in any order, and each block's double sums, which the merger adds strictly in block order. Serialisable, so that
 * blocks can run away from the driver; it holds no per-trial data unless the plan keeps samples.
 *
 * @param counts per variant its integer parts and sketches (null when not tallied)
 * @param blocks the blocks' sums, in block order
 */
public record PartialResult(Tally[] counts, List<BlockSums> blocks) implements Serializable {
    public PartialResult {
        blocks = List.copyOf(blocks);
    }

    /**
     * Runs every block of {@code plan} on the calling thread: what a task of a runner that works away from the driver
     * does with its piece of the run. Throws the {@link SimulationException} of the piece's earliest failing trial.
     */
    public static PartialResult compute(WorkPlan plan) {
        PlanLayout layout = new PlanLayout(plan);
        BlockExecutor executor = new BlockExecutor(layout, null);
        List<BlockSums> blocks = new ArrayList<>();
        for (long b = plan.firstBlock(); b < plan.endBlock(); b++) {
            BlockSums sums = layout.newBlock(b, null);
            executor.run(sums);
            blocks.add(sums);
        }
        return new PartialResult(executor.finish(), blocks);
    }
}
