package org.countysim.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.countysim.CountySimException;
import org.countysim.app.ProvidedRunners;
import org.countysim.cli.Main;
import org.countysim.engine.BlockRunner;

/**
 * A command's Spark runners: one Spark context for all of the command's runs (a run, its contributions, a sweep's or
 * a tornado's passes). {@code --threads} does not apply: Spark's master decides the cores.
 */
public final class SparkRunners implements ProvidedRunners {
    private final String master;
    private final int blocksPerTask;
    private final boolean owned;
    private final Traffic traffic = new Traffic();
    private JavaSparkContext context;

    private SparkRunners(JavaSparkContext context, String master, int blocksPerTask, boolean owned) {
        if (blocksPerTask < SparkBlockRunner.AUTO) {
            throw new IllegalArgumentException("blocks per task: " + blocksPerTask);
        }
        this.context = context;
        this.master = master;
        this.blocksPerTask = blocksPerTask;
        this.owned = owned;
    }

    /**
     * Runners on a context that its maker stops (tests, a program that embeds countysim).
     *
     * @param blocksPerTask blocks of 1,024 trials in a task, or {@link SparkBlockRunner#AUTO}
     */
    public SparkRunners(JavaSparkContext context, int blocksPerTask) {
        this(context, null, blocksPerTask, false);
    }

    /**
     * Runners that start a context when a run first needs one (so that a scenario's errors come first) and stop it on
     * {@link #close}.
     *
     * @param master Spark's master URL, or null for spark-submit's (else {@code local[*]})
     */
    static SparkRunners starting(String master, int blocksPerTask) {
        return new SparkRunners(null, master, blocksPerTask, true);
    }

    @Override
    public BlockRunner withThreads(int threads) {
        return (plan, merger, progress) ->
                new SparkBlockRunner(context(), blocksPerTask, traffic).run(plan, merger, progress);
    }

    /** What the runs sent and got back so far. */
    public Traffic traffic() {
        return traffic;
    }

    synchronized JavaSparkContext context() {
        if (context == null) {
            context = start(master);
        }
        return context;
    }

    /** A context for {@code master}; a master Spark cannot use is the user's error (exit 2), said in one line. */
    static JavaSparkContext start(String master) {
        SparkConf conf = new SparkConf().setAppName("countysim");
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.master", "local[*]");
        String where = conf.get("spark.master");
        boolean inThisProcess = where.equals("local") || where.startsWith("local[");
        if (!inThisProcess && !conf.contains("spark.jars")) {
            // executors in other processes load the engine from these (spark-submit names its application jar itself)
            conf.setJars(jars());
        }
        if (where.startsWith("local")) {
            // Spark inside this process: no web UI, and its driver and block manager on the loopback address only
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try {
            return new JavaSparkContext(conf);
        } catch (Exception e) {
            throw new CountySimException(
                    "Spark did not start with the master '" + conf.get("spark.master") + "': " + e.getMessage(), e);
        }
    }

    /** The jars of this runner and of the CLI, when they are jars (not class folders, as in the tests). */
    private static String[] jars() {
        List<String> jars = new ArrayList<>();
        for (Class<?> c : List.of(SparkBlockRunner.class, Main.class)) {
            for (String jar : JavaSparkContext.jarOfClass(c)) {
                if (!jars.contains(jar)) {
                    jars.add(jar);
                }
            }
        }
        return jars.toArray(String[]::new);
    }

    @Override
    public synchronized void close() {
        if (owned && context != null) {
            try {
                context.stop();
            } catch (RuntimeException e) {
                // the command's result is decided; Spark's own shutdown hook stops what is left
            }
            context = null;
        }
    }
}
