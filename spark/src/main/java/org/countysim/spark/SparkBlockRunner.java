package org.countysim.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.countysim.CountySimException;
import org.countysim.engine.BlockRunner;
import org.countysim.engine.ResultMerger;
import org.countysim.engine.SimulationException;
import org.countysim.engine.WorkPlan;
import org.countysim.model.CompiledModel;

/**
 * Runs a plan's blocks as Spark tasks. The driver broadcasts the serialised plan once; each task runs a range of
 * consecutive blocks ({@link #blocksPerTask}) with the engine ({@link org.countysim.engine.PartialResult#compute}) and
 * sends back its partial result; the driver merges them in block order. No task reads a file, and there is no
 * shuffle.
 *
 * <p>The tasks go in jobs of a few at a time, two jobs in flight, and each job's results are merged as soon as it
 * ends: the driver holds at most two jobs' partial results, whatever the run's length. With evidence a block's sums
 * hold each value's sketch bucket (4 bytes) and the trials' weights: 0.29 MB a block of the 11-unit plan, so a million
 * trials would bring 0.28 GB back at once, and 168 MB a block of 2,850 units: over Spark's {@code
 * spark.driver.maxResultSize} (1 GB by default) and most drivers' heap. The first two jobs hold one
 * task per core, fewer if their expected results exceed a job's bytes ({@link #jobBytes}: 128 MB, or half of a
 * maxResultSize the user set); later ones as many as the measured results allow, at most two per core. While one
 * job's results are merged the next one runs, so the cores do not
 * wait for the driver.
 *
 * <p>A piece's counts (a quantile sketch per tallied variable) are about the same size however many blocks it ran:
 * 21–27 MB for 2,850 units, 1 to 10 blocks. There the runner picks fewer, longer tasks ({@link
 * #chosenBlocksPerTask}): one a core for a short run, and for a long one few enough that the counts reaching the
 * driver are no more than the blocks' sums (with no shuffle every task's counts reach the driver).
 *
 * <p>A task that meets a failing trial sends the failure back as its answer (Spark would retry it, though it fails
 * the same way every time). The driver stops at the first job with a failure and throws that job's earliest failing
 * trial: every block before the job was run without failure, so that is the trial a run trial by trial meets first.
 */
public final class SparkBlockRunner implements BlockRunner {
    /** Blocks per task chosen by the runner: see {@link #blocksPerTask(WorkPlan)}. */
    public static final int AUTO = 0;

    /**
     * Tasks a core gets in a run of the chosen size: enough that a slow task or a busy core does not hold the run up
     * and that the results come back in several jobs; few enough that Spark's cost per task (scheduling, the engine's
     * set-up, a piece's counts sent back: 40–60 KB for the 11-unit plan whatever its length) stays small beside the
     * work.
     */
    static final int TASKS_PER_CORE = 4;

    /** At most this many blocks in a task of the chosen size: progress every few seconds, and bounded results. */
    static final int MOST_BLOCKS_PER_TASK = 64;

    /**
     * At most this many with evidence: a block's sums are then {@value #WEIGHTED_BYTES_PER_VARIABLE} bytes a variable
     * (each value's bucket and the weights: 0.29 MB for the 11-unit plan), so a long task saves nothing on its counts
     * and sends back a large result that the driver waits for whole.
     */
    static final int MOST_WEIGHTED_BLOCKS_PER_TASK = 4;

    /** A block's sums per tallied variable with evidence: a value's bucket, 4 bytes, for each of 1,024 trials, and more. */
    static final long WEIGHTED_BYTES_PER_VARIABLE = 5 * 1024;

    /** A piece's counts per tallied variable, whatever the piece's length: a sketch's range of buckets, a byte each. */
    static final long COUNTS_BYTES_PER_VARIABLE = 1024;

    /** A block's sums per tallied variable without evidence: a sum and a sum of squares. */
    static final long SUMS_BYTES_PER_VARIABLE = 16;

    /** Bytes of counts a run's pieces may bring back to the driver however short the run: half a job's. */
    static final long COUNTS_ALLOWANCE = 64L << 20;

    /** Bytes of partial results one job may bring back to the driver. */
    static final long JOB_BYTES = 128L << 20;

    private static final int JOBS_IN_FLIGHT = 2;

    private final JavaSparkContext context;
    private final int blocksPerTask;
    private final Traffic traffic;

    /** @param blocksPerTask blocks of 1,024 trials in a task, or {@link #AUTO} */
    public SparkBlockRunner(JavaSparkContext context, int blocksPerTask, Traffic traffic) {
        if (blocksPerTask < AUTO) {
            throw new IllegalArgumentException("blocks per task: " + blocksPerTask);
        }
        this.context = context;
        this.blocksPerTask = blocksPerTask;
        this.traffic = traffic;
    }

    @Override
    public void run(WorkPlan plan, ResultMerger merger, LongConsumer progress) {
        if (plan.blocks() == 0) {
            return;
        }
        try {
            Broadcast<WorkPlan> shipped = context.broadcast(plan);
            try {
                new Run(plan, shipped, merger, progress).go();
            } finally {
                shipped.destroy();
            }
        } catch (IllegalStateException e) {
            // Spark stops its context when the master gives up on the application (an unreachable cluster): every
            // later call then fails this way, in or out of a job
            throw context.sc().isStopped() ? stopped(e) : e;
        }
    }

    /**
     * Blocks a task runs: as told, else {@link #chosenBlocksPerTask} for the context's cores. A block of the 11-unit
     * plan is about a millisecond of a core's work, so its long runs get the largest tasks; a block of thousands of
     * units is a second or more, and there the counts decide.
     */
    int blocksPerTask(WorkPlan plan) {
        if (blocksPerTask != AUTO) {
            return blocksPerTask;
        }
        boolean weighted = plan.variants().stream().anyMatch(CompiledModel::weighted);
        return chosenBlocksPerTask(
                plan.blocks(), Math.max(1, context.defaultParallelism()), weighted, plan.talliedVariables());
    }

    /**
     * About {@value #TASKS_PER_CORE} tasks a core, at most {@value #MOST_BLOCKS_PER_TASK} blocks ({@value
     * #MOST_WEIGHTED_BLOCKS_PER_TASK} with evidence); but without evidence, long enough that the pieces' counts stay
     * within {@link #countsAllowance}, whatever that makes of the other two rules: a piece's counts are about {@value
     * #COUNTS_BYTES_PER_VARIABLE} bytes a tallied variable however many blocks it ran (a sketch's range of buckets, a
     * byte each; measured: 21–27 MB for 2,850 units), while a block's sums are {@value #SUMS_BYTES_PER_VARIABLE} bytes a variable.
     * With evidence a block's sums dwarf the counts: a task holds as many blocks as keep its result within
     * {@link #JOB_BYTES}, at least one (one block a task for 2,850 units: 168 MB measured).
     *
     * @param variables the tallied variables ({@link WorkPlan#talliedVariables})
     */
    static int chosenBlocksPerTask(long blocks, int cores, boolean weighted, long variables) {
        long tasks = (long) TASKS_PER_CORE * cores;
        int most = weighted ? MOST_WEIGHTED_BLOCKS_PER_TASK : MOST_BLOCKS_PER_TASK;
        long size = Math.max(1, Math.min(most, ceilDiv(blocks, tasks)));
        if (weighted) {
            long fit = JOB_BYTES / Math.max(1, variables * WEIGHTED_BYTES_PER_VARIABLE);
            return (int) Math.max(1, Math.min(size, fit));
        }
        long countsPerTask = Math.max(1, variables * COUNTS_BYTES_PER_VARIABLE);
        long mostTasks = Math.max(cores, countsAllowance(blocks, variables) / countsPerTask);
        return wholeWaves(blocks, cores, Math.max(size, ceilDiv(blocks, mostTasks)));
    }

    /**
     * A task size whose number of tasks is a whole number of waves over the cores, where whole blocks allow: 15 tasks
     * on 8 cores would leave 7 idle in the second wave, 16 slightly shorter ones do not.
     */
    static int wholeWaves(long blocks, int cores, long size) {
        long tasks = ceilDiv(blocks, size);
        if (tasks <= cores || tasks % cores == 0) {
            return (int) Math.min(Integer.MAX_VALUE, size);
        }
        long waves = ceilDiv(tasks, cores);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, ceilDiv(blocks, waves * cores)));
    }

    /** What a task of {@code size} blocks is expected to send back, before any has: its counts and its blocks' sums. */
    static long expectedTaskBytes(long size, boolean weighted, long variables) {
        long perBlock = weighted ? WEIGHTED_BYTES_PER_VARIABLE : SUMS_BYTES_PER_VARIABLE;
        return variables * (COUNTS_BYTES_PER_VARIABLE + size * perBlock);
    }

    /**
     * The pieces' counts a run may bring to the driver: {@value #COUNTS_ALLOWANCE} bytes, or as much as the blocks'
     * sums when those are more (then the driver receives at most about twice what it must). One piece a core is
     * allowed whatever its counts: with no shuffle, each core's counts reach the driver.
     */
    static long countsAllowance(long blocks, long variables) {
        return Math.max(COUNTS_ALLOWANCE, blocks * variables * SUMS_BYTES_PER_VARIABLE);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** The task ranges: consecutive pieces of at most {@link #blocksPerTask} blocks, as equal as whole blocks allow. */
    private List<long[]> ranges(WorkPlan plan) {
        int size = blocksPerTask(plan);
        long tasks = (plan.blocks() + size - 1) / size;
        List<long[]> out = new ArrayList<>();
        for (WorkPlan piece : plan.split((int) Math.min(Integer.MAX_VALUE, tasks))) {
            out.add(new long[] {piece.firstBlock(), piece.endBlock()});
        }
        return out;
    }

    /** One call of {@link #run}: its jobs in flight and what came back so far. */
    private final class Run {
        private final WorkPlan plan;
        private final Broadcast<WorkPlan> shipped;
        private final ResultMerger merger;
        private final LongConsumer progress;
        private final List<long[]> ranges;
        private final Deque<JavaFutureAction<List<Piece>>> running = new ArrayDeque<>();
        private int next;
        private long done;
        private long tasksBack;
        private long bytesBack;

        Run(WorkPlan plan, Broadcast<WorkPlan> shipped, ResultMerger merger, LongConsumer progress) {
            this.plan = plan;
            this.shipped = shipped;
            this.merger = merger;
            this.progress = progress;
            this.ranges = ranges(plan);
            this.done = plan.firstTrial();
        }

        void go() {
            try {
                while (next < ranges.size() || !running.isEmpty()) {
                    while (running.size() < JOBS_IN_FLIGHT && next < ranges.size()) {
                        int n = Math.min(ranges.size() - next, tasksPerJob());
                        running.add(submit(new ArrayList<>(ranges.subList(next, next + n))));
                        next += n;
                    }
                    List<Piece> pieces = new ArrayList<>(await(running.peek()));
                    running.poll();
                    merge(pieces);
                    progress.accept(done);
                }
            } finally {
                running.forEach(job -> job.cancel(true));
            }
        }

        private JavaFutureAction<List<Piece>> submit(List<long[]> group) {
            Broadcast<WorkPlan> run = shipped; // the only thing the tasks carry besides their range
            traffic.job(group.size());
            return context.parallelize(group, group.size())
                    .map(r -> Piece.run(run.value(), r[0], r[1]))
                    .collectAsync();
        }

        /**
         * As many tasks as fit the bytes a job may bring: until results come back, by the expected size of a task's
         * result ({@link #expectedTaskBytes}), at most one a core; then by the measured size, at most two a core.
         */
        private int tasksPerJob() {
            int cores = Math.max(1, context.defaultParallelism());
            if (tasksBack == 0) {
                boolean weighted = plan.variants().stream().anyMatch(CompiledModel::weighted);
                long expected = expectedTaskBytes(blocksPerTask(plan), weighted, plan.talliedVariables());
                return (int) Math.max(1, Math.min(cores, jobBytes(context.getConf()) / Math.max(1, expected)));
            }
            long perTask = Math.max(1, bytesBack / tasksBack);
            return (int) Math.max(1, Math.min(2L * cores, jobBytes(context.getConf()) / perTask));
        }

        /** Waits for a job, telling the progress how far the run is every quarter second meanwhile. */
        private List<Piece> await(JavaFutureAction<List<Piece>> job) {
            while (true) {
                try {
                    return job.get(250, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    progress.accept(done);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while simulating", e);
                } catch (ExecutionException e) {
                    throw jobFailure(e.getCause());
                }
            }
        }

        /** A job's pieces, in block order: the earliest failing trial if any failed, else every piece merged. */
        private void merge(List<Piece> pieces) {
            Throwable failure = null;
            for (Piece p : pieces) {
                failure = SimulationException.earlier(failure, p.failure());
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                pieces.set(i, null); // its bytes can go once merged
                long start = System.nanoTime();
                merger.add(p.result());
                tasksBack++;
                bytesBack += p.size();
                traffic.returned(p.size(), System.nanoTime() - start);
                done += Math.min(plan.trials(), plan.firstTrial(p.end())) - plan.firstTrial(p.first());
            }
        }
    }

    /** Spark stopped its context under the run: the master gave up on the application (exit 2, one line). */
    static CountySimException stopped(Throwable failure) {
        String message = failure == null ? "" : String.valueOf(failure.getMessage());
        return new CountySimException("Spark stopped before the run could finish: the master did not take the"
                + " application or dropped it (is --master right and the cluster reachable?): "
                + message.lines().findFirst().orElse(message));
    }

    /**
     * Bytes of results one job may bring: {@link #JOB_BYTES}, or half of {@code spark.driver.maxResultSize} when the
     * user set it (the driver holds two jobs' results at most). On a cluster a study of thousands of units needs it
     * raised: each task's counts are tens of megabytes, and a job of fewer tasks than cores leaves cores idle.
     */
    static long jobBytes(SparkConf conf) {
        long most = conf.getSizeAsBytes("spark.driver.maxResultSize", "1g");
        if (most <= 0) {
            return Long.MAX_VALUE / 4; // Spark's 0 means no limit
        }
        return conf.contains("spark.driver.maxResultSize") ? most / 2 : Math.min(JOB_BYTES, most / 2);
    }

    /**
     * What a failed job means for the user: an input error found on an executor as it is (exit 2), results too big
     * for the driver with what to change, else Spark's first line (the cluster failed, not the input).
     */
    static RuntimeException jobFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CountySimException e) {
                return e;
            }
        }
        String message = failure == null ? "no reason given" : String.valueOf(failure.getMessage());
        String firstLine = message.lines().findFirst().orElse(message);
        if (message.contains("spark.driver.maxResultSize")) {
            return new CountySimException("a Spark job's results exceed spark.driver.maxResultSize: raise it"
                    + " (spark-submit --conf spark.driver.maxResultSize=4g, or COUNTYSIM_JAVA_OPTS=-Dspark.driver.maxResultSize=4g;"
                    + " a task's counts are about 1 KB a unit-year"
                    + " whatever its length), or use a smaller --blocks-per-task if its blocks' sums are the bulk ("
                    + firstLine + ")");
        }
        if (message.contains("stopped SparkContext")) {
            return stopped(failure);
        }
        return new IllegalStateException("the Spark job failed: " + firstLine, failure);
    }
}
