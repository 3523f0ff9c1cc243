package org.countysim.engine;

import java.io.Serializable;
import org.countysim.result.WeightedTally;

/**
 * One block's double sums, which are added to a run's totals strictly in block order (a double sum depends on the
 * order of its additions): the unweighted tallies' sums and squares, the paired contrast sums and, with evidence
 * (model.md §11), each tallied variant's weighted statistics. Small without evidence; with it, the weighted part
 * holds each value's weighted-sketch bucket (4 bytes a value) and each trial's weight.
 *
 * @param sums     [sum, squares] per variant (null when not tallied), then the paired sums and squares
 * @param weighted per variant its weighted part (null when not tallied or not weighted)
 */
public record BlockSums(long block, long trials, double[][] sums, WeightedTally[] weighted) implements Serializable {}
