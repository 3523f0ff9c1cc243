package org.countysim.cli;

import org.countysim.CountySimException;
import org.countysim.app.BlockRunnerProvider;
import org.countysim.app.BlockRunners;
import org.countysim.app.ProvidedRunners;
import org.countysim.app.RunnerSettings;
import picocli.CommandLine.Option;

/**
 * Where a simulating command's blocks of trials run: this machine's threads, or Apache Spark through the runner of
 * the module {@code spark/}, found at run time ({@link BlockRunnerProvider}) so that this jar never carries Spark.
 * Passes that watch every trial (sensitivity designs, --export-trials) stay on this machine's threads.
 */
final class RunnerOptions {
    /** The command that builds the Spark runner (README, "Scaling out with Spark"). */
    static final String SPARK_BUILD = "mvn -B install -DskipTests && mvn -B -f spark/pom.xml package";

    enum Kind {
        local,
        spark
    }

    @Option(
            names = "--runner",
            paramLabel = "local|spark",
            description = "Where blocks of trials run: local (this machine's --threads; the default) or spark (Apache"
                    + " Spark, see --master; the module spark/, built apart). Results are identical on either;"
                    + " passes that watch every trial (sensitivity designs, --export-trials) stay local.")
    Kind runner;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "With --runner spark: Spark's master, e.g. local[2] (Spark inside this process on 2 cores)"
                    + " or spark://host:7077 (default: spark-submit's, else local[*]).")
    String master;

    @Option(
            names = "--blocks-per-task",
            paramLabel = "B",
            description =
                    "With --runner spark: blocks of 1024 trials in each Spark task (default: about 4 tasks a core, at most 64"
                            + " blocks; fewer, longer tasks when their results are large)."
                            + " Results are identical for any value.")
    Integer blocksPerTask;

    /** The runners this command opened, closed with the command. */
    private ProvidedRunners opened;

    /** The runners the options choose; {@code local} (this machine's threads, or a test's) unless --runner spark. */
    BlockRunners choose(BlockRunners local) {
        if (runner != Kind.spark) {
            if (master != null || blocksPerTask != null) {
                throw new CountySimException((master != null ? "--master" : "--blocks-per-task")
                        + " is for the Spark runner: add --runner spark");
            }
            return local;
        }
        if (blocksPerTask != null && blocksPerTask < 1) {
            throw new CountySimException("--blocks-per-task must be at least 1, got " + blocksPerTask);
        }
        if (opened == null) {
            BlockRunnerProvider spark = BlockRunnerProvider.find("spark")
                    .orElseThrow(() -> new CountySimException("the Spark runner is not installed: build it with "
                            + SPARK_BUILD + " (README, \"Scaling out with Spark\")"));
            opened = spark.open(new RunnerSettings(master, blocksPerTask));
        }
        return opened;
    }

    /** Stops what the chosen runners started (a Spark context). */
    void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }
}
