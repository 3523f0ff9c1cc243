package org.countysim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.countysim.result.PairedTally;
import org.countysim.result.Tally;

/**
 * A run's totals, on the driver: counts are added as they arrive, in any order (integers, and sketches of integer
 * counts); block sums strictly in block order, the early ones waiting until the blocks before them are in. Double
 * sums depend on the order of their additions, so this is what makes a run's bytes the same for any runner, any
 * thread count and any split of its blocks: the unweighted tallies' sums and squares, the paired contrast sums and,
 * with evidence, every weighted statistic (model.md §11). Safe to call from several threads.
 */
public final class ResultMerger {
    private final Tally[] totals;
    private final PairedTally paired;
    private final Map<Long, BlockSums> pending = new HashMap<>();
    /** The next block to add: every block before it is in the totals or being added (a run starts at block 0). */
    private long next;
    /**
     * Whether a thread is adding blocks to the totals. The totals' sums are written by that thread alone, outside the
     * lock; the flag is set and cleared under the lock, which orders one adding thread's writes before the next's.
     */
    private boolean adding;

    /** Empty totals shaped for the plans of {@code layout}'s work. */
    ResultMerger(PlanLayout layout) {
        this.totals = layout.newTallies(true);
        this.paired = layout.newPaired();
    }

    /** Adds a piece of the run: its counts now, its blocks' sums once every earlier block is in. */
    public void add(PartialResult partial) {
        addCounts(partial.counts());
        for (BlockSums block : partial.blocks()) {
            addBlock(block);
        }
    }

    synchronized void addCounts(Tally[] counts) {
        for (int v = 0; v < totals.length; v++) {
            if (totals[v] != null) {
                totals[v].mergeCounts(counts[v]);
            }
        }
    }

    /**
     * Adds a block's sums, and those of the blocks waiting for it. Returns the blocks added by this call: their
     * weighted parts are cleared, ready for reuse by the runner that made them. One thread at a time adds blocks to
     * the totals, outside the lock: a thread that brings a block while another is adding only leaves it waiting and
     * goes back to work, and the adding thread takes it in turn (the order is the blocks', whoever adds them).
     */
    List<BlockSums> addBlock(BlockSums block) {
        synchronized (this) {
            if (block.block() < next || pending.putIfAbsent(block.block(), block) != null) {
                throw new IllegalStateException("block " + block.block() + " was merged twice");
            }
            if (adding) {
                return List.of();
            }
            adding = true;
        }
        List<BlockSums> merged = new ArrayList<>();
        try {
            for (BlockSums ready = takeNext(); ready != null; ready = takeNext()) {
                addToTotals(ready);
                merged.add(ready);
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                adding = false;
            }
            throw e;
        }
        return merged;
    }

    /** The next block in order if it is in, else null, and the adding thread's turn ends (both under the lock). */
    private synchronized BlockSums takeNext() {
        BlockSums ready = pending.remove(next);
        if (ready == null) {
            adding = false;
        } else {
            next++;
        }
        return ready;
    }

    /** Called by one thread at a time ({@link #adding}), in block order. */
    private void addToTotals(BlockSums ready) {
        double[][] sums = ready.sums();
        for (int v = 0; v < totals.length; v++) {
            if (totals[v] != null) {
                totals[v].mergeSums(sums[2 * v], sums[2 * v + 1]);
                if (ready.weighted()[v] != null) {
                    totals[v].mergeWeighted(ready.weighted()[v]); // and clears it for reuse
                }
            }
        }
        paired.mergeSums(sums[2 * totals.length], sums[2 * totals.length + 1], ready.trials());
    }

    /** Checks that a runner gave every block of {@code plan} and its counts, and nothing more. */
    synchronized void checkComplete(WorkPlan plan, BlockRunner runner) {
        String missing = null;
        if (next != plan.endBlock() || !pending.isEmpty()) {
            missing = "blocks " + next + " to " + plan.endBlock() + " were not all given (" + pending.size()
                    + " waiting)";
        }
        for (Tally t : totals) {
            if (missing == null && t != null && t.trials() != plan.endTrial()) {
                missing = "counts of " + t.trials() + " trials for " + plan.endTrial();
            }
        }
        if (missing != null) {
            throw new IllegalStateException(
                    runner.getClass().getSimpleName() + " did not run the whole plan: " + missing);
        }
    }

    /** The totals so far (live: they change as blocks are added). */
    EngineResult result() {
        return new EngineResult(totals, paired);
    }
}
