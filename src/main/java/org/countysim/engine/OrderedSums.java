package org.countysim.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.countysim.result.PairedTally;
import org.countysim.result.Tally;
import org.countysim.result.WeightedTally;

/**
 * Adds block sums to the totals strictly in block order; out-of-order blocks wait in a small map. Double sums
 * depend on the order of their additions, so this is what makes a run's bytes the same for any thread count:
 * the unweighted tallies' sums and squares, the paired contrast sums and, with evidence, every weighted
 * statistic (model.md §11). Weighted block parts are reused once merged (a block's sketches are large).
 */
final class OrderedSums {
    /**
     * One block's partial sums. {@code arrays}: [sum, squares] per variant (null when not tallied), then the paired
     * sums and squares; {@code weighted}: per variant its weighted part (null when not tallied or not weighted).
     */
    record Block(double[][] arrays, WeightedTally[] weighted) {}

    private final Tally[] totals;
    private final PairedTally paired;
    private final Map<Long, Block> pending = new HashMap<>();
    private final Map<Long, Long> pendingTrials = new HashMap<>();
    private final ConcurrentLinkedQueue<WeightedTally[]> free = new ConcurrentLinkedQueue<>();
    private long next;

    OrderedSums(Tally[] totals, PairedTally paired) {
        this.totals = totals;
        this.paired = paired;
    }

    Block newBlock() {
        double[][] arrays = new double[2 * totals.length + 2][];
        for (int v = 0; v < totals.length; v++) {
            if (totals[v] != null) {
                arrays[2 * v] = new double[totals[v].variables()];
                arrays[2 * v + 1] = new double[totals[v].variables()];
            }
        }
        arrays[2 * totals.length] = new double[paired.size()];
        arrays[2 * totals.length + 1] = new double[paired.squaresSize()];
        WeightedTally[] weighted = free.poll();
        if (weighted == null) {
            weighted = new WeightedTally[totals.length];
            for (int v = 0; v < totals.length; v++) {
                if (totals[v] != null && totals[v].weighted() != null) {
                    weighted[v] = totals[v].newWeighted();
                }
            }
        }
        return new Block(arrays, weighted);
    }

    synchronized void submit(long block, Block sums, long trials) {
        pending.put(block, sums);
        pendingTrials.put(block, trials);
        for (Block ready = pending.remove(next); ready != null; ready = pending.remove(next)) {
            double[][] arrays = ready.arrays();
            for (int v = 0; v < totals.length; v++) {
                if (totals[v] != null) {
                    totals[v].mergeSums(arrays[2 * v], arrays[2 * v + 1]);
                    if (ready.weighted()[v] != null) {
                        totals[v].mergeWeighted(ready.weighted()[v]); // and clears it for reuse
                    }
                }
            }
            paired.mergeSums(arrays[2 * totals.length], arrays[2 * totals.length + 1], pendingTrials.remove(next));
            free.add(ready.weighted());
            next++;
        }
    }
}
