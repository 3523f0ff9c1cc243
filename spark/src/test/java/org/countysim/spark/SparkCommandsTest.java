package org.countysim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.countysim.app.BlockRunners;
import org.countysim.app.Inputs;
import org.countysim.engine.SimulationEngine;
import org.countysim.engine.WorkPlan;
import org.countysim.model.CompiledModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole pipeline with its blocks run as Spark tasks in local[2], for several task sizes (so several partition
 * counts): the golden files byte for byte, and every file and console line of run (conditioned on evidence, with
 * contributions), run --precision, compare, sweep, solve, sensitivity and backtest the local runner's. One Spark
 * context for the class.
 */
class SparkCommandsTest {
    private static final List<String> TABLES =
            List.of("summary.csv", "tier_distribution.csv", "counties.csv", "city.csv", "contributions.csv");

    private static JavaSparkContext context;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        context = SparkRunners.start("local[2]");
    }

    @AfterAll
    static void stopSpark() {
        context.stop();
    }

    @ParameterizedTest
    @CsvSource({"deterministic, 1", "tiny, 1", "tiny, 16"})
    void theGoldenFilesComeOutOfSparkTasks(String name, int blocksPerTask) throws Exception {
        SparkRunners spark = new SparkRunners(context, blocksPerTask);
        Path out = dir.resolve(name);
        Cli.Result r = Cli.run(
                spark,
                "run",
                Cli.GOLDEN.resolve(name).resolve("scenario.yaml").toString(),
                "--no-charts",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String table : TABLES) {
            Path golden = Cli.GOLDEN.resolve(name).resolve("expected").resolve(table);
            assertEquals(Files.readString(golden), Files.readString(out.resolve(table)), name + "/" + table);
        }
        assertTrue(spark.traffic().tasks() > 0, "ran on Spark");
    }

    /** 5,000 trials are 5 blocks: 5, 3 and 1 tasks a run; the runner's own choice on 2 cores is 1 block a task. */
    @ParameterizedTest
    @ValueSource(ints = {SparkBlockRunner.AUTO, 1, 2, 16})
    void aConditionedRunWithContributionsIsTheSame(int blocksPerTask) {
        SparkRunners spark = assertSameAsLocal(
                blocksPerTask,
                "run",
                Cli.PLAN.toString(),
                "--trials",
                "5000",
                "--attribution-trials",
                "3000",
                "--no-charts");
        int size = blocksPerTask == SparkBlockRunner.AUTO ? 1 : blocksPerTask;
        long runTasks = (5 + size - 1) / size;
        assertTrue(spark.traffic().tasks() > runTasks, "the run's tasks, then the contributions' passes");
    }

    @Test
    void aRunToAPrecisionIsTheSame() {
        assertSameAsLocal(
                1,
                "run",
                Cli.PLAN.toString(),
                "--trials",
                "2000",
                "--precision",
                "0.02",
                "--max-trials",
                "12000",
                "--attribution-trials",
                "0",
                "--no-charts");
    }

    @Test
    void aComparisonIsTheSame() {
        assertSameAsLocal(
                2, "compare", Cli.PLAN.toString(), Cli.NO_POLICY.toString(), "--trials", "4000", "--no-charts");
    }

    @Test
    void aSweepIsTheSame() {
        assertSameAsLocal(
                1,
                "sweep",
                Cli.PLAN.toString(),
                "--param",
                "trend.real_growth=0.04:0.08:3",
                "--trials",
                "3000",
                "--no-charts",
                "--json");
    }

    /**
     * The tornado's arms run on Spark (one plan, its variants side by side); Sobol's passes, which watch every trial,
     * stay local: the same files all the same.
     */
    @Test
    void aSensitivityStudyIsTheSame() {
        SparkRunners spark = assertSameAsLocal(
                1,
                "sensitivity",
                Cli.PLAN.toString(),
                "--set",
                "trend.real_growth={dist: normal, mean: 0.12, sd: 0.02}",
                "--methods",
                "tornado,sobol",
                "--tornado-trials",
                "2000",
                "--samples",
                "1024",
                "--no-charts");
        assertEquals(2, spark.traffic().tasks(), "the tornado's arms side by side, 2 blocks: 2 tasks; Sobol's none");
    }

    @Test
    void aSolveIsTheSame() {
        assertSameAsLocal(
                2,
                "solve",
                Cli.PLAN.toString(),
                "--param",
                "interventions[tech-upgrade].quantity",
                "--target",
                "p_met_300>=0.5",
                "--hi",
                "10000",
                "--trials",
                "2000",
                "--no-charts");
    }

    /** A backtest keeps every trial's values: they travel in the pieces' counts. */
    @Test
    void aBacktestIsTheSame() {
        assertSameAsLocal(
                1,
                "backtest",
                Cli.PLAN.toString(),
                "--base-year",
                "2019",
                "--actuals",
                Cli.ROOT.resolve("data/jining_city_history.csv").toString(),
                "--trials",
                "3000",
                "--no-charts");
    }

    /** About one trial in a thousand overflows (growth of 10^300 a year): Spark's tasks report the trial a single thread meets first. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aFailingTrialIsReportedAsTheLocalRunnerReportsIt(int blocksPerTask) {
        String[] args = {
            "run",
            Cli.GOLDEN.resolve("tiny/scenario.yaml").toString(),
            "--set",
            "trend.real_growth={dist: discrete, values: [0.05, 1e300], weights: [999, 1]}",
            "--trials",
            "8192",
            "--no-charts",
            "--out",
            dir.resolve("never").toString()
        };
        Cli.Result local = Cli.run(BlockRunners.LOCAL, args);
        SparkRunners spark = new SparkRunners(context, blocksPerTask);
        Cli.Result onSpark = Cli.run(spark, args);
        assertEquals(2, local.exitCode(), local.err());
        assertTrue(local.err().contains("trial"), local.err());
        assertEquals(local, onSpark);
        assertTrue(spark.traffic().tasks() > 0, "ran on Spark");
        assertTrue(Files.notExists(dir.resolve("never")), "nothing written");
    }

    /**
     * A long conditioned run comes back in jobs of at most two tasks a core, merged as each job ends, not all at once:
     * 20 one-block tasks in at least five jobs.
     */
    @Test
    void aLongRunComesBackJobByJob() {
        SparkRunners spark = assertSameAsLocal(
                1, "run", Cli.PLAN.toString(), "--trials", "20480", "--attribution-trials", "0", "--no-charts");
        assertEquals(20, spark.traffic().tasks());
        assertTrue(spark.traffic().jobs() >= 5, spark.traffic().jobs() + " jobs");
        assertTrue(
                spark.traffic().bytes() > 20 * 200_000L,
                "with evidence a block's sums are about 0.29 MB (each value's bucket and the weights): "
                        + spark.traffic().bytes());
    }

    /**
     * The runner's own task size on 2 cores: about four tasks a core, at most 64 blocks, at most 4 with evidence
     * (whose block sums are large).
     */
    @Test
    void theRunnersTaskSizeFollowsTheCoresAndTheEvidence() {
        SparkBlockRunner runner = new SparkBlockRunner(context, SparkBlockRunner.AUTO, new Traffic());
        CompiledModel plain = model("evidence=[]");
        CompiledModel conditioned = model();
        assertEquals(1, runner.blocksPerTask(plan(plain, 5)));
        assertEquals(2, runner.blocksPerTask(plan(plain, 9)));
        assertEquals(13, runner.blocksPerTask(plan(plain, 100)));
        assertEquals(64, runner.blocksPerTask(plan(plain, 977)));
        assertEquals(1, runner.blocksPerTask(plan(conditioned, 5)));
        assertEquals(4, runner.blocksPerTask(plan(conditioned, 977)));
        assertEquals(7, new SparkBlockRunner(context, 7, new Traffic()).blocksPerTask(plan(conditioned, 977)));
    }

    /**
     * At national scale (2,850 units, 10 years: 31,361 tallied variables, a piece's counts about 25 MB however long)
     * the runner picks fewer, longer tasks: one a core while the run is short, then few enough that the counts are no
     * more than the blocks' sums (16 bytes a variable a block, against about 1 KB a variable a piece); more cores, more
     * tasks. The 11-unit plan's 60 variables never reach that bound.
     */
    @Test
    void largeCountsMakeFewerLongerTasks() {
        long national = 2851L * 11;
        assertEquals(5, SparkBlockRunner.chosenBlocksPerTask(10, 2, false, national)); // 10^4 trials: 2 tasks
        assertEquals(49, SparkBlockRunner.chosenBlocksPerTask(98, 2, false, national)); // 10^5: 2 tasks
        assertEquals(62, SparkBlockRunner.chosenBlocksPerTask(977, 2, false, national)); // 10^6: 16 tasks, 8 waves
        assertEquals(7, SparkBlockRunner.chosenBlocksPerTask(98, 16, false, national)); // 14 tasks on 16 cores
        assertEquals(1, SparkBlockRunner.chosenBlocksPerTask(98, 128, false, national));
        for (long blocks : new long[] {10, 98, 977, 9766}) {
            long size = SparkBlockRunner.chosenBlocksPerTask(blocks, 2, false, national);
            long tasks = (blocks + size - 1) / size;
            long counts = tasks * national * SparkBlockRunner.COUNTS_BYTES_PER_VARIABLE;
            assertTrue(
                    tasks <= 2
                            || counts
                                    <= SparkBlockRunner.countsAllowance(blocks, national)
                                            + national
                                                    * SparkBlockRunner.COUNTS_BYTES_PER_VARIABLE, // a wave's rounding
                    blocks + " blocks: " + tasks + " tasks");
        }
        // the plan's 60 variables: the cores and the evidence decide, as before
        assertEquals(13, SparkBlockRunner.chosenBlocksPerTask(100, 2, false, 60));
        assertEquals(64, SparkBlockRunner.chosenBlocksPerTask(977, 2, false, 60));
        // with evidence the block sums dwarf the counts: 4 blocks a task for the plan, and for 2,850 units (168 MB a
        // block) one, so that a task's result stays within a job's bytes
        assertEquals(4, SparkBlockRunner.chosenBlocksPerTask(977, 2, true, 61));
        assertEquals(1, SparkBlockRunner.chosenBlocksPerTask(977, 2, true, national));
        assertTrue(national * SparkBlockRunner.WEIGHTED_BYTES_PER_VARIABLE > SparkBlockRunner.JOB_BYTES / 2);
    }

    /** Tasks come in whole waves over the cores where whole blocks allow: no wave with most cores idle. */
    @Test
    void tasksFillWholeWaves() {
        assertEquals(62, SparkBlockRunner.wholeWaves(977, 8, 66)); // 15 tasks on 8 cores -> 16
        assertEquals(51, SparkBlockRunner.wholeWaves(9766, 64, 65)); // 151 tasks on 64 cores -> 192: 3 full waves
        assertEquals(64, SparkBlockRunner.wholeWaves(977, 2, 64)); // 16 tasks on 2 cores: whole waves already
        assertEquals(5, SparkBlockRunner.wholeWaves(10, 2, 5)); // a wave already
        assertEquals(7, SparkBlockRunner.wholeWaves(98, 16, 7)); // 14 tasks on 16 cores: one wave
        for (int cores : new int[] {2, 8, 16, 64}) {
            for (long blocks : new long[] {98, 977, 9766}) {
                for (long size = 1; size <= 80; size += 7) {
                    long chosen = SparkBlockRunner.wholeWaves(blocks, cores, size);
                    long tasks = (blocks + size - 1) / size;
                    long after = (blocks + chosen - 1) / chosen;
                    long waves = (tasks + cores - 1) / cores;
                    assertTrue(chosen <= size && after <= Math.max(tasks, waves * cores), blocks + "/" + size);
                    assertEquals(waves, (after + cores - 1) / cores, "no more waves than before");
                }
            }
        }
    }

    /**
     * A job's bytes: 128 MB under Spark's default maxResultSize; half of one the user set (on a cluster with many cores
     * and thousands of units, so that a job can hold a task a core); no bound when it is 0 (Spark's "unlimited").
     */
    @Test
    void aJobsBytesFollowTheUsersMaxResultSize() {
        assertEquals(128L << 20, SparkBlockRunner.jobBytes(new org.apache.spark.SparkConf(false)));
        assertEquals(
                2L << 30,
                SparkBlockRunner.jobBytes(
                        new org.apache.spark.SparkConf(false).set("spark.driver.maxResultSize", "4g")));
        assertEquals(
                64L << 20,
                SparkBlockRunner.jobBytes(
                        new org.apache.spark.SparkConf(false).set("spark.driver.maxResultSize", "128m")));
        assertTrue(
                SparkBlockRunner.jobBytes(new org.apache.spark.SparkConf(false).set("spark.driver.maxResultSize", "0"))
                        > 1L << 40);
        // before any result is back, a 2,850-unit task is expected at its counts plus its blocks' sums
        long national = 2851L * 11;
        assertEquals(national * (1024 + 5 * 16), SparkBlockRunner.expectedTaskBytes(5, false, national));
    }

    /** A master that takes no application: Spark stops its context, and the user hears it as an input error. */
    @Test
    void aStoppedContextIsTheMastersFault() {
        RuntimeException e = SparkBlockRunner.jobFailure(new IllegalStateException(
                "Job aborted due to stage failure: Task serialization failed: java.lang.IllegalStateException: Cannot"
                        + " call methods on a stopped SparkContext.\nat ..."));
        assertTrue(e instanceof org.countysim.CountySimException, e.toString());
        assertTrue(e.getMessage().contains("--master"), e.getMessage());
        RuntimeException big = SparkBlockRunner.jobFailure(new IllegalStateException(
                "Total size of serialized results of 4 tasks (153.9 KiB) is bigger than spark.driver.maxResultSize"));
        assertTrue(big.getMessage().contains("raise it"), big.getMessage());
    }

    private static CompiledModel model(String... overrides) {
        return Inputs.load(Cli.PLAN, List.of(overrides), null, null, null).model();
    }

    private static WorkPlan plan(CompiledModel model, long blocks) {
        return new SimulationEngine(model).plan(1, blocks * SimulationEngine.BLOCK_SIZE, 0, blocks);
    }

    /**
     * The command run locally, then on Spark into the same folder: every file byte for byte (the manifest but for its
     * time stamp and wall time), and the console.
     */
    private SparkRunners assertSameAsLocal(int blocksPerTask, String... args) {
        Path out = dir.resolve("out");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--threads", "2", "--out", out.toString()));
        String[] command = all.toArray(String[]::new);
        Cli.Result local = Cli.run(BlockRunners.LOCAL, command);
        assertEquals(0, local.exitCode(), local.err());
        Map<String, String> expected = Cli.files(out);
        assertTrue(expected.size() >= 3, expected.keySet().toString());
        Cli.delete(out);
        SparkRunners spark = new SparkRunners(context, blocksPerTask);
        Cli.Result onSpark = Cli.run(spark, command);
        assertEquals(0, onSpark.exitCode(), onSpark.err());
        assertTrue(spark.traffic().tasks() > 0, "ran on Spark");
        assertEquals(expected, Cli.files(out));
        assertEquals(local.out(), onSpark.out(), "console");
        assertEquals(local.err(), onSpark.err(), "warnings");
        return spark;
    }
}
