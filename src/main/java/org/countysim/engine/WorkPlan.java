package org.countysim.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.countysim.model.CompiledModel;
import org.countysim.result.Contrasts;
import org.countysim.result.Tally;

/**
 * An immutable, serialisable description of some of a run's work: the variants and what to accumulate of them,
 * the seed, the run's total trials and the blocks [{@code firstBlock}, {@code endBlock}) to run. Block b holds
 * trials b·{@value SimulationEngine#BLOCK_SIZE} up to the next block or {@code trials}, and draws from streams
 * seeded by (seed, b) alone: whichever machine runs it, and in whatever order, a block gives the same values. What
 * the executors derive from the variants (stream plans, shared columns) is worked out where the blocks run, not
 * carried here.
 *
 * @param variants    the models run side by side on common random numbers
 * @param tallied     which variants get a full {@link org.countysim.result.Tally}
 * @param contrasts   rows over the variants, evaluated per trial
 * @param keepSamples whether tallies keep every trial's values (memory, and a partial result's size, grow with trials)
 * @param chunk       trials drawn and run together in columns (changes no result, only speed and memory)
 */
public record WorkPlan(
        List<CompiledModel> variants,
        boolean[] tallied,
        Contrasts contrasts,
        boolean keepSamples,
        int chunk,
        long seed,
        long trials,
        long firstBlock,
        long endBlock)
        implements Serializable {

    public WorkPlan {
        variants = List.copyOf(variants);
        tallied = tallied.clone();
        if (variants.isEmpty() || tallied.length != variants.size()) {
            throw new IllegalArgumentException("one tallied flag per variant, and at least one variant");
        }
        for (double[] row : contrasts.coefficients()) {
            if (row.length != variants.size()) {
                throw new IllegalArgumentException("a contrast needs one coefficient per variant");
            }
        }
        if (chunk < 1 || chunk > SimulationEngine.BLOCK_SIZE) {
            throw new IllegalArgumentException("chunk of " + chunk + " trials");
        }
        if (firstBlock < 0 || firstBlock > endBlock || endBlock > blocksOf(trials)) {
            throw new IllegalArgumentException(
                    "blocks [" + firstBlock + ", " + endBlock + ") of a run of " + trials + " trials");
        }
    }

    /** The blocks that hold {@code trials} trials (the last one may be partial). */
    public static long blocksOf(long trials) {
        return (trials + SimulationEngine.BLOCK_SIZE - 1) / SimulationEngine.BLOCK_SIZE;
    }

    @Override
    public boolean[] tallied() {
        return tallied.clone();
    }

    public boolean tallied(int variant) {
        return tallied[variant];
    }

    public long blocks() {
        return endBlock - firstBlock;
    }

    public long firstTrial() {
        return firstBlock * SimulationEngine.BLOCK_SIZE;
    }

    public long endTrial() {
        return Math.min(trials, endBlock * SimulationEngine.BLOCK_SIZE);
    }

    public long firstTrial(long block) {
        return block * SimulationEngine.BLOCK_SIZE;
    }

    public long trialsIn(long block) {
        return Math.min(trials, firstTrial(block) + SimulationEngine.BLOCK_SIZE) - firstTrial(block);
    }

    /**
     * The variables of the tallied variants: a piece's counts hold a quantile sketch of each, whatever the piece's
     * length, and a block's sums a sum and a sum of squares of each.
     */
    public long talliedVariables() {
        long n = 0;
        for (int v = 0; v < variants.size(); v++) {
            if (tallied[v]) {
                CompiledModel m = variants.get(v);
                n += Tally.variables(m.unitCount(), m.years(), m.evidence().size());
            }
        }
        return n;
    }

    /** The same work over other blocks of the run. */
    public WorkPlan range(long first, long end) {
        return new WorkPlan(variants, tallied, contrasts, keepSamples, chunk, seed, trials, first, end);
    }

    /** At most {@code pieces} consecutive ranges covering these blocks, as equal as whole blocks allow. */
    public List<WorkPlan> split(int pieces) {
        if (pieces < 1) {
            throw new IllegalArgumentException("pieces: " + pieces);
        }
        int n = (int) Math.max(1, Math.min(pieces, blocks()));
        List<WorkPlan> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(range(firstBlock + blocks() * i / n, firstBlock + blocks() * (i + 1) / n));
        }
        return out;
    }
}
