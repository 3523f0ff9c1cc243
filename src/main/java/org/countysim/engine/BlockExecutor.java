package org.countysim.engine;

import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.model.Likelihood;
import org.countysim.result.Tally;

/**
 * Runs blocks of a plan on one thread: its models, draw columns and counts. Each block is drawn from that block's
 * own streams and recorded into its {@link BlockSums} and into this executor's counts, which merge in any order.
 */
final class BlockExecutor {
    private final PlanLayout layout;
    private final WorkPlan plan;
    private final int variants;
    private final ChunkModel[] models;
    private final TrialRecorder[] recorders;
    private final TrialMetrics[] extractors;
    private final Tally[] counts;
    /** A chunk of trials' draw buffers in columns, starting from the template's fixed values. */
    private final double[][][] columns;

    private final double[][] values;
    /** Per variant with evidence (model.md §11), per lane: log-likelihood, weight; per observation its sums. */
    private final double[][] logW;

    private final double[][] weights;
    private final double[][][] observed;
    /** One trial's weight in each variant (1 without evidence), for the paired sums. */
    private final double[] laneWeights;
    /** Sees every chunk of trials (sensitivity designs, per-trial export), or null. */
    private final TrialObserver observer;

    private final TrialView view;

    BlockExecutor(PlanLayout layout, TrialObserver observer) {
        this.layout = layout;
        this.plan = layout.plan;
        this.observer = observer;
        this.variants = layout.variants.size();
        int chunk = plan.chunk();
        models = new ChunkModel[variants];
        recorders = new TrialRecorder[variants];
        extractors = new TrialMetrics[variants];
        counts = layout.newTallies(false);
        columns = new double[variants][][];
        values = new double[variants][layout.metrics];
        logW = new double[variants][];
        weights = new double[variants][];
        observed = new double[variants][][];
        laneWeights = new double[variants];
        for (int v = 0; v < variants; v++) {
            CompiledModel m = layout.variants.get(v);
            models[v] = new ChunkModel(m, chunk);
            columns[v] = Columns.of(m.template(), chunk);
            for (int p = 0; p < columns[v].length; p++) {
                int[] source = layout.sharedFrom[v][p];
                if (source != null) {
                    columns[v][p] = columns[source[0]][source[1]];
                }
            }
            extractors[v] = new TrialMetrics(m);
            if (m.weighted()) {
                logW[v] = new double[chunk];
                weights[v] = new double[chunk];
                observed[v] = new double[m.evidence().size()][chunk];
            }
            if (counts[v] != null) {
                recorders[v] = new TrialRecorder(m, chunk);
            }
        }
        view = new TrialView(columns, models, extractors, layout.variants.get(0), weights, logW);
    }

    /** Runs block {@code block.block()} into its sums and into this executor's counts. */
    void run(BlockSums block) {
        long b = block.block();
        BlockStreams[] streams = new BlockStreams[variants];
        for (int v = 0; v < variants; v++) {
            streams[v] = new BlockStreams(layout.plans[v], plan.seed(), b);
        }
        long first = plan.firstTrial(b);
        long end = first + block.trials();
        int chunk = plan.chunk();
        for (long from = first; from < end; from += chunk) {
            int rows = (int) Math.min(chunk, end - from);
            for (int v = 0; v < variants; v++) {
                streams[v].fill(columns[v], rows);
                models[v].run(columns[v], rows);
                if (weights[v] != null) {
                    Likelihood.weigh(
                            layout.variants.get(v).evidence(),
                            models[v],
                            columns[v],
                            rows,
                            observed[v],
                            logW[v],
                            weights[v]);
                }
            }
            record(rows, block);
            if (mayHoldNonFinite(block.sums())) {
                checkFinite(from, rows);
            }
            if (observer != null) {
                observer.observe(from, rows, view);
            }
        }
        if (observer != null) {
            observer.blockDone(b);
        }
    }

    /** The counts of every block run, once they are all run (null for variants not tallied). */
    Tally[] finish() {
        for (int v = 0; v < variants; v++) {
            if (counts[v] != null) {
                counts[v].addClamps(models[v].clamps());
            }
        }
        return counts;
    }

    /**
     * Whether this chunk needs the scan for non-finite GDP: a tallied variant's block sums add every GDP
     * value, so while they are finite no value was NaN or infinite (a sum that overflows from finite
     * values only costs a scan); a variant that is not tallied is always scanned. A failed run's tallies are
     * discarded, so recording before the check changes nothing.
     */
    private boolean mayHoldNonFinite(double[][] blockSums) {
        for (int v = 0; v < variants; v++) {
            if (counts[v] == null) {
                return true;
            }
            for (double x : blockSums[2 * v]) {
                if (!Double.isFinite(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Stops at the first non-finite GDP a trial-by-trial run would meet: lowest trial, then lowest variant. */
    private void checkFinite(long from, int rows) {
        int lane = rows;
        int variant = -1;
        for (int v = 0; v < models.length; v++) {
            int bad = models[v].firstNonFiniteLane(rows);
            if (bad >= 0 && bad < lane) {
                lane = bad;
                variant = v;
            }
        }
        if (variant >= 0) {
            throw NonFinite.diagnose(
                    layout.variants.get(variant),
                    Columns.row(columns[variant], lane),
                    models[variant].firstNonFinite(lane),
                    from + lane);
        }
    }

    private void record(int rows, BlockSums block) {
        double[][] blockSums = block.sums();
        for (int v = 0; v < variants; v++) {
            if (counts[v] != null) {
                recorders[v].record(models[v], rows, counts[v], blockSums[2 * v], blockSums[2 * v + 1]);
                if (weights[v] != null) {
                    recorders[v].recordWeighted(
                            models[v],
                            rows,
                            block.weighted()[v],
                            weights[v],
                            logW[v],
                            observed[v],
                            counts[v],
                            blockSums[2 * v],
                            blockSums[2 * v + 1]);
                }
            }
        }
        if (plan.contrasts().size() > 0) {
            recordContrasts(rows, blockSums[2 * variants], blockSums[2 * variants + 1]);
        }
    }

    private void recordContrasts(int rows, double[] sum, double[] squares) {
        if (layout.pairedLayout != null) {
            for (int r = 0; r < rows; r++) {
                for (int v = 0; v < variants; v++) {
                    extractors[v].extract(models[v], r, values[v]);
                    laneWeights[v] = weights[v] == null ? 1 : weights[v][r];
                }
                layout.pairedLayout.record(values, laneWeights, sum);
            }
            return;
        }
        int metrics = layout.metrics;
        double[][] coefficients = plan.contrasts().coefficients();
        for (int r = 0; r < rows; r++) {
            for (int v = 0; v < variants; v++) {
                extractors[v].extract(models[v], r, values[v]);
            }
            for (int c = 0; c < coefficients.length; c++) {
                double[] row = coefficients[c];
                int[] used = layout.nonZero[c];
                for (int j = 0; j < metrics; j++) {
                    double x = 0;
                    for (int v : used) {
                        x += row[v] * values[v][j];
                    }
                    sum[c * metrics + j] += x;
                    squares[c * metrics + j] += x * x;
                }
            }
        }
    }
}
