package org.countysim.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;
import org.countysim.model.Likelihood;
import org.countysim.result.Contrasts;
import org.countysim.result.PairedTally;
import org.countysim.result.Tally;
import org.countysim.result.WeightedPairs;

/**
 * Runs trials in fixed-size blocks on a number of threads. Each thread takes the next block, draws it
 * from that block's own streams and tallies it; double sums are merged in block order, counts in any
 * order, so results are identical for any thread count.
 *
 * <p>Several variants of a scenario (other interventions, other parameter values, other scenarios on the
 * same units) can run side by side: trial i of every variant draws from the same keyed streams, so
 * quantities they share get identical draws (common random numbers), and per-trial contrasts between
 * variants are accumulated for paired standard errors.
 */
public final class SimulationEngine {
    public static final int BLOCK_SIZE = 1024;
    /** How the random numbers are made, for the manifest: results are reproducible under the same scheme. */
    public static final String RANDOM_STREAMS = "XoRoShiRo128++ (Commons RNG), one stream per element of each random"
            + " quantity and block, seeded by SplitMix64 from (seed, block, FNV-1a of the element's key); ziggurat normals";
    /** At most this many trials are drawn and run together, in columns (same values as trial by trial). */
    static final int MAX_CHUNK = 128;
    /** Doubles of draw columns and workspace a thread may hold over all variants (32 MB), for large runs and sweeps. */
    static final int CHUNK_BUDGET = 4_000_000;

    private final List<CompiledModel> variants;
    private final boolean[] tallied;
    private final Contrasts contrasts;
    private final int metrics;
    /** Per variant, what it draws, element by element: only what no earlier variant draws identically. */
    private final StreamPlan[] plans;
    /** Per variant and buffer position: {variant, position} of an earlier variant's identical column, or null. */
    private final int[][][] sharedFrom;
    /** Trials per chunk: see {@link #MAX_CHUNK}. */
    private final int chunk;
    /** Whether tallies keep every trial's values (backtest scores need them). */
    private final boolean keepSamples;
    /** The paired sums' weighted layout when some variant conditions on evidence (model.md §11), else null. */
    private final WeightedPairs pairedLayout;
    /** Per contrast, the variants with a non-zero coefficient, in variant order. */
    private final int[][] nonZero;
    /** Sees every chunk of trials (sensitivity designs, per-trial export), or null. */
    private final TrialObserver observer;

    public SimulationEngine(CompiledModel model) {
        this(List.of(model), new boolean[] {true}, Contrasts.NONE);
    }

    /** One model whose tally keeps every trial's values ({@link Tally#samples()}): memory grows with trials. */
    public static SimulationEngine keepingSamples(CompiledModel model) {
        return new SimulationEngine(List.of(model), new boolean[] {true}, Contrasts.NONE, MAX_CHUNK, true);
    }

    /**
     * @param tallied    which variants get a full {@link Tally}
     * @param contrasts  rows over the variants, evaluated per trial on {@link TrialMetrics}
     */
    public SimulationEngine(List<CompiledModel> variants, boolean[] tallied, Contrasts contrasts) {
        this(variants, tallied, contrasts, MAX_CHUNK);
    }

    /** With at most {@code maxChunk} trials a chunk (tests show that it changes no result). */
    SimulationEngine(List<CompiledModel> variants, boolean[] tallied, Contrasts contrasts, int maxChunk) {
        this(variants, tallied, contrasts, maxChunk, false);
    }

    private SimulationEngine(
            List<CompiledModel> variants, boolean[] tallied, Contrasts contrasts, int maxChunk, boolean keepSamples) {
        this(variants, tallied, contrasts, maxChunk, keepSamples, null);
    }

    private SimulationEngine(
            List<CompiledModel> variants,
            boolean[] tallied,
            Contrasts contrasts,
            int maxChunk,
            boolean keepSamples,
            TrialObserver observer) {
        this.keepSamples = keepSamples;
        this.observer = observer;
        this.nonZero = nonZero(contrasts);
        this.variants = List.copyOf(variants);
        this.tallied = tallied.clone();
        this.contrasts = contrasts;
        this.metrics = TrialMetrics.size(variants.get(0).bandCount());
        this.plans = new StreamPlan[variants.size()];
        this.sharedFrom = new int[variants.size()][][];
        planDraws();
        this.pairedLayout = variants.stream().anyMatch(CompiledModel::weighted)
                ? new WeightedPairs(contrasts, variants.size(), metrics)
                : null;
        long perLane = variants.stream()
                .mapToLong(m -> m.template().length + ChunkModel.doublesPerLane(m))
                .sum();
        this.chunk = (int) Math.max(1, Math.min(maxChunk, CHUNK_BUDGET / Math.max(1, perLane)));
    }

    /**
     * Variants side by side (sweep points, attribution subsets, compared scenarios) mostly draw the same
     * quantities: an element with the same stream key and distribution draws the same values in every variant
     * (common random numbers). Only the first variant that has it draws it; later ones read its column.
     */
    private void planDraws() {
        Map<List<Object>, int[]> first = new HashMap<>();
        for (int v = 0; v < variants.size(); v++) {
            CompiledModel m = variants.get(v);
            sharedFrom[v] = new int[m.template().length][];
            List<StreamPlan.Element> own = new java.util.ArrayList<>();
            for (StreamPlan.Element e : StreamPlan.elements(
                    m.slots().stream().filter(DrawSlot::isRandom).toList())) {
                int[] source = first.putIfAbsent(List.of(e.key(), e.distribution()), new int[] {v, e.offset()});
                if (source == null) {
                    own.add(e);
                } else {
                    sharedFrom[v][e.offset()] = source;
                }
            }
            plans[v] = new StreamPlan(own);
        }
    }

    /** The same engine, with {@code observer} seeing every chunk of trials after its variants have run. */
    public SimulationEngine observedBy(TrialObserver observer) {
        return new SimulationEngine(variants, tallied, contrasts, chunk, keepSamples, observer);
    }

    private static int[][] nonZero(Contrasts contrasts) {
        int[][] out = new int[contrasts.size()][];
        for (int c = 0; c < out.length; c++) {
            double[] row = contrasts.coefficients()[c];
            out[c] = java.util.stream.IntStream.range(0, row.length)
                    .filter(v -> row[v] != 0)
                    .toArray();
        }
        return out;
    }

    /** How many values variant v draws itself per trial (the rest it reads from earlier variants). */
    int drawnElements(int v) {
        return plans[v].size;
    }

    /** A single-variant run's tally. */
    public Tally run(long trials, long seed, int threads) {
        return runAll(trials, seed, threads).tallies()[0];
    }

    public EngineResult runAll(long trials, long seed, int threads) {
        Session session = start(seed, threads);
        session.advanceTo(trials, done -> {});
        return session.result();
    }

    /** A run that can be extended block by block (for --precision): trials 0..n, then n..m, same as one run of m. */
    public Session start(long seed, int threads) {
        return new Session(seed, threads);
    }

    /** Accumulated results of the blocks run so far. */
    public final class Session {
        private final long seed;
        private final int threads;
        private final Tally[] totals = new Tally[variants.size()];
        private final PairedTally paired = newPaired();
        private final OrderedSums sums;
        private long trialsDone;

        private Session(long seed, int threads) {
            this.seed = seed;
            this.threads = threads;
            for (int v = 0; v < totals.length; v++) {
                totals[v] = tallied[v] ? newTally(variants.get(v)) : null;
            }
            this.sums = new OrderedSums(totals, paired);
        }

        public long trials() {
            return trialsDone;
        }

        public EngineResult result() {
            return new EngineResult(totals, paired);
        }

        /**
         * Runs trials up to {@code trials} in total. Extending a session needs the trials so far to fill whole
         * blocks. {@code progress} receives the number of trials done, from this thread, a few times a second.
         */
        public void advanceTo(long trials, java.util.function.LongConsumer progress) {
            if (trials <= trialsDone) {
                return;
            }
            if (trialsDone % BLOCK_SIZE != 0) {
                throw new IllegalStateException("a session extends only after whole blocks");
            }
            long firstBlock = trialsDone / BLOCK_SIZE;
            long blocks = (trials + BLOCK_SIZE - 1) / BLOCK_SIZE;
            int workers = (int) Math.max(1, Math.min(threads, blocks - firstBlock));
            AtomicLong nextBlock = new AtomicLong(firstBlock);
            AtomicLong done = new AtomicLong(trialsDone);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Worker[] pool = new Worker[workers];
            Thread[] threadsArray = new Thread[workers];
            for (int w = 0; w < workers; w++) {
                int index = w;
                threadsArray[w] = new Thread(
                        () -> {
                            try {
                                // made in its own thread: its arrays come from that thread's allocation buffer, so no
                                // cache line it writes is shared with another worker's
                                Worker worker = new Worker();
                                pool[index] = worker;
                                worker.work(trials, seed, nextBlock, blocks, sums, failure, done);
                            } catch (Throwable e) {
                                failure.accumulateAndGet(e, SimulationEngine::earlier);
                            }
                        },
                        "countysim-worker-" + w);
                threadsArray[w].start();
            }
            join(threadsArray, () -> progress.accept(done.get()));
            rethrow(failure.get());
            for (Worker worker : pool) {
                for (int v = 0; v < totals.length; v++) {
                    if (totals[v] != null) {
                        totals[v].mergeCounts(worker.tallies[v]);
                    }
                }
            }
            trialsDone = trials;
            progress.accept(trialsDone);
        }
    }

    private Tally newTally(CompiledModel model) {
        return new Tally(
                model.unitCount(),
                model.years(),
                model.bandCount(),
                keepSamples,
                model.evidence().size(),
                model.weighted());
    }

    /** Paired sums, weighted (each variant by its own likelihood) when any variant conditions on evidence. */
    private PairedTally newPaired() {
        return new PairedTally(contrasts.size(), metrics, pairedLayout);
    }

    /** One thread's models, draw columns and partial tallies. */
    private final class Worker {
        final ChunkModel[] models = new ChunkModel[variants.size()];
        final TrialRecorder[] recorders = new TrialRecorder[variants.size()];
        final TrialMetrics[] extractors = new TrialMetrics[variants.size()];
        final Tally[] tallies = new Tally[variants.size()];
        /** A chunk of trials' draw buffers in columns, starting from the template's fixed values. */
        final double[][][] columns = new double[variants.size()][][];

        final double[][] values = new double[variants.size()][metrics];
        /** Per variant with evidence (model.md §11), per lane: log-likelihood, weight; per observation its sums. */
        final double[][] logW = new double[variants.size()][];

        final double[][] weights = new double[variants.size()][];
        final double[][][] observed = new double[variants.size()][][];
        /** One trial's weight in each variant (1 without evidence), for the paired sums. */
        final double[] laneWeights = new double[variants.size()];

        final TrialView view;

        Worker() {
            for (int v = 0; v < variants.size(); v++) {
                CompiledModel m = variants.get(v);
                models[v] = new ChunkModel(m, chunk);
                columns[v] = Columns.of(m.template(), chunk);
                for (int p = 0; p < columns[v].length; p++) {
                    int[] source = sharedFrom[v][p];
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
                if (tallied[v]) {
                    recorders[v] = new TrialRecorder(m, chunk);
                    tallies[v] = newTally(m);
                }
            }
            view = new TrialView(columns, models, extractors, variants.get(0), weights, logW);
        }

        void work(
                long total,
                long seed,
                AtomicLong nextBlock,
                long blocks,
                OrderedSums sums,
                AtomicReference<Throwable> failure,
                AtomicLong done) {
            for (long b = nextBlock.getAndIncrement();
                    b < blocks && failure.get() == null;
                    b = nextBlock.getAndIncrement()) {
                BlockStreams[] streams = new BlockStreams[variants.size()];
                for (int v = 0; v < streams.length; v++) {
                    streams[v] = new BlockStreams(plans[v], seed, b);
                }
                OrderedSums.Block block = sums.newBlock();
                double[][] blockSums = block.arrays();
                long first = b * BLOCK_SIZE;
                long end = Math.min(total, first + BLOCK_SIZE);
                for (long from = first; from < end; from += chunk) {
                    int rows = (int) Math.min(chunk, end - from);
                    for (int v = 0; v < streams.length; v++) {
                        streams[v].fill(columns[v], rows);
                        models[v].run(columns[v], rows);
                        if (weights[v] != null) {
                            Likelihood.weigh(
                                    variants.get(v).evidence(),
                                    models[v],
                                    columns[v],
                                    rows,
                                    observed[v],
                                    logW[v],
                                    weights[v]);
                        }
                    }
                    record(rows, block);
                    if (mayHoldNonFinite(blockSums)) {
                        checkFinite(from, rows);
                    }
                    if (observer != null) {
                        observer.observe(from, rows, view);
                    }
                }
                if (observer != null) {
                    observer.blockDone(b);
                }
                sums.submit(b, block, end - first);
                done.addAndGet(end - first);
            }
            for (int v = 0; v < variants.size(); v++) {
                if (tallies[v] != null) {
                    tallies[v].addClamps(models[v].clamps());
                }
            }
        }

        /**
         * Whether this chunk needs the scan for non-finite GDP: a tallied variant's block sums add every GDP
         * value, so while they are finite no value was NaN or infinite (a sum that overflows from finite
         * values only costs a scan); a variant that is not tallied is always scanned. A failed run's tallies are
         * discarded, so recording before the check changes nothing.
         */
        private boolean mayHoldNonFinite(double[][] blockSums) {
            for (int v = 0; v < variants.size(); v++) {
                if (!tallied[v]) {
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
                        variants.get(variant),
                        Columns.row(columns[variant], lane),
                        models[variant].firstNonFinite(lane),
                        from + lane);
            }
        }

        private void record(int rows, OrderedSums.Block block) {
            double[][] blockSums = block.arrays();
            for (int v = 0; v < variants.size(); v++) {
                if (tallied[v]) {
                    recorders[v].record(models[v], rows, tallies[v], blockSums[2 * v], blockSums[2 * v + 1]);
                    if (weights[v] != null) {
                        recorders[v].recordWeighted(
                                models[v],
                                rows,
                                block.weighted()[v],
                                weights[v],
                                logW[v],
                                observed[v],
                                tallies[v],
                                blockSums[2 * v],
                                blockSums[2 * v + 1]);
                    }
                }
            }
            if (contrasts.size() == 0) {
                return;
            }
            double[] sum = blockSums[2 * variants.size()];
            double[] squares = blockSums[2 * variants.size() + 1];
            if (pairedLayout != null) {
                for (int r = 0; r < rows; r++) {
                    for (int v = 0; v < variants.size(); v++) {
                        extractors[v].extract(models[v], r, values[v]);
                        laneWeights[v] = weights[v] == null ? 1 : weights[v][r];
                    }
                    pairedLayout.record(values, laneWeights, sum);
                }
                return;
            }
            for (int r = 0; r < rows; r++) {
                for (int v = 0; v < variants.size(); v++) {
                    extractors[v].extract(models[v], r, values[v]);
                }
                for (int c = 0; c < contrasts.size(); c++) {
                    double[] coefficients = contrasts.coefficients()[c];
                    int[] used = nonZero[c];
                    for (int j = 0; j < metrics; j++) {
                        double x = 0;
                        for (int v : used) {
                            x += coefficients[v] * values[v][j];
                        }
                        sum[c * metrics + j] += x;
                        squares[c * metrics + j] += x * x;
                    }
                }
            }
        }
    }

    private static void join(Thread[] pool, Runnable tick) {
        for (Thread t : pool) {
            try {
                while (t.isAlive()) {
                    t.join(250);
                    tick.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while simulating", e);
            }
        }
    }

    /**
     * Of two failures, the one a single thread would have met first: the lower trial. Blocks are handed out in
     * order and a worker stops taking blocks once one has failed, so every block that could hold an earlier
     * failing trial is already running and is finished.
     */
    private static Throwable earlier(Throwable a, Throwable b) {
        if (a == null) {
            return b;
        }
        if (a instanceof SimulationException x && b instanceof SimulationException y) {
            return y.trial() < x.trial() ? y : x;
        }
        return a instanceof SimulationException ? b : a;
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
