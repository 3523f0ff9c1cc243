package org.countysim.engine;

import java.util.List;
import java.util.function.LongConsumer;
import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.result.Contrasts;
import org.countysim.result.Tally;

/**
 * A run's work, before its seed and trials: the variants, what to accumulate of them and how many trials a chunk
 * holds. {@link #start} gives a {@link Session}, which runs blocks of {@value #BLOCK_SIZE} trials as {@link WorkPlan}s
 * on a {@link BlockRunner} (this machine's threads by default) and merges their partial results: double sums in block
 * order, counts in any order, so results are identical for any runner and thread count.
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
    /** Trials per chunk: see {@link #MAX_CHUNK}. */
    private final int chunk;
    /** Whether tallies keep every trial's values (backtest scores need them). */
    private final boolean keepSamples;

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
        this.variants = List.copyOf(variants);
        this.tallied = tallied.clone();
        this.contrasts = contrasts;
        this.keepSamples = keepSamples;
        long perLane = variants.stream()
                .mapToLong(m -> m.template().length + ChunkModel.doublesPerLane(m))
                .sum();
        this.chunk = (int) Math.max(1, Math.min(maxChunk, CHUNK_BUDGET / Math.max(1, perLane)));
    }

    /** Blocks [firstBlock, endBlock) of a run of {@code trials} trials. */
    public WorkPlan plan(long seed, long trials, long firstBlock, long endBlock) {
        return new WorkPlan(variants, tallied, contrasts, keepSamples, chunk, seed, trials, firstBlock, endBlock);
    }

    /** How many values variant v draws itself per trial (the rest it reads from earlier variants). */
    int drawnElements(int v) {
        return new PlanLayout(plan(0, 0, 0, 0)).plans[v].size;
    }

    /** A single-variant run's tally. */
    public Tally run(long trials, long seed, int threads) {
        return runAll(trials, seed, threads).tallies()[0];
    }

    public EngineResult runAll(long trials, long seed, int threads) {
        return runAll(trials, seed, new LocalBlockRunner(threads));
    }

    public EngineResult runAll(long trials, long seed, BlockRunner runner) {
        Session session = start(seed, runner);
        session.advanceTo(trials, done -> {});
        return session.result();
    }

    /** A run on this machine's threads: see {@link #start(long, BlockRunner)}. */
    public Session start(long seed, int threads) {
        return start(seed, new LocalBlockRunner(threads));
    }

    /** A run that can be extended block by block (for --precision): trials 0..n, then n..m, same as one run of m. */
    public Session start(long seed, BlockRunner runner) {
        return new Session(seed, runner);
    }

    /** Accumulated results of the blocks run so far. */
    public final class Session {
        private final long seed;
        private final BlockRunner runner;
        private final ResultMerger merger;
        private long trialsDone;

        private Session(long seed, BlockRunner runner) {
            this.seed = seed;
            this.runner = runner;
            this.merger = new ResultMerger(new PlanLayout(plan(seed, 0, 0, 0)));
        }

        public long trials() {
            return trialsDone;
        }

        public EngineResult result() {
            return merger.result();
        }

        /**
         * Runs trials up to {@code trials} in total. Extending a session needs the trials so far to fill whole
         * blocks. {@code progress} receives the number of trials done, from this thread, a few times a second.
         */
        public void advanceTo(long trials, LongConsumer progress) {
            if (trials <= trialsDone) {
                return;
            }
            if (trialsDone % BLOCK_SIZE != 0) {
                throw new IllegalStateException("a session extends only after whole blocks");
            }
            WorkPlan work = plan(seed, trials, trialsDone / BLOCK_SIZE, WorkPlan.blocksOf(trials));
            runner.run(work, merger, progress);
            merger.checkComplete(work, runner);
            trialsDone = trials;
            progress.accept(trialsDone);
        }
    }
}
