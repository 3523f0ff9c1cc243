package org.countysim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.countysim.app.BlockRunners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --runner spark} as a user gives it: the provider found on the class path, its own Spark context started for
 * the command and stopped after it; and the errors, exit 2 with one line and nothing written.
 */
class SparkRunnerOptionTest {
    @TempDir
    Path dir;

    @Test
    void runnerSparkOnLocal2WritesTheLocalRunnersBytes() {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        String[] run = {"run", Cli.PLAN.toString(), "--trials", "3000", "--attribution-trials", "0", "--no-charts"};
        Cli.Result a = Cli.run(BlockRunners.LOCAL, concat(run, "--out", local.toString()));
        Cli.Result b = Cli.run(
                BlockRunners.LOCAL,
                concat(
                        run,
                        "--out",
                        spark.toString(),
                        "--runner",
                        "spark",
                        "--master",
                        "local[2]",
                        "--blocks-per-task",
                        "1"));
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(0, b.exitCode(), b.err());
        assertEquals(a.err(), b.err());
        assertEquals(a.out(), b.out().replace(spark.toString(), local.toString()));
        Map<String, String> files = Cli.files(local);
        assertEquals(files, Cli.files(spark));
        // the command's context was stopped: the next command starts its own
        Cli.Result again = Cli.run(
                BlockRunners.LOCAL,
                concat(run, "--out", dir.resolve("again").toString(), "--runner", "spark", "--master", "local[1]"));
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(files, Cli.files(dir.resolve("again")));
    }

    @Test
    void aMasterSparkCannotUseIsAnInputError() {
        Path out = dir.resolve("never");
        Cli.Result r = Cli.run(
                BlockRunners.LOCAL,
                "run",
                Cli.PLAN.toString(),
                "--trials",
                "2000",
                "--runner",
                "spark",
                "--master",
                "nowhere://at-all",
                "--out",
                out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(
                r.err().startsWith("countysim: error: Spark did not start with the master 'nowhere://at-all': "),
                r.err());
        assertTrue(r.err().contains("Could not parse Master URL"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(Files.notExists(out), "nothing written");
    }

    /** A scenario's error comes before Spark starts, as without Spark. */
    @Test
    void aScenarioErrorIsReportedAsWithoutSpark() {
        Path out = dir.resolve("never");
        String[] args = {"run", Cli.PLAN.toString(), "--set", "trend.real_growth=oops", "--out", out.toString()};
        Cli.Result local = Cli.run(BlockRunners.LOCAL, args);
        Cli.Result spark = Cli.run(BlockRunners.LOCAL, concat(args, "--runner", "spark", "--master", "local[2]"));
        assertEquals(2, local.exitCode(), local.err());
        assertEquals(local, spark);
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    void sparkOptionsWithoutTheSparkRunnerAreInputErrors() {
        Cli.Result master = Cli.run(BlockRunners.LOCAL, "run", Cli.PLAN.toString(), "--master", "local[2]");
        assertEquals(2, master.exitCode());
        assertEquals("countysim: error: --master is for the Spark runner: add --runner spark\n", master.err());
        Cli.Result blocks = Cli.run(
                BlockRunners.LOCAL, "compare", Cli.PLAN.toString(), "--runner", "local", "--blocks-per-task", "4");
        assertEquals(2, blocks.exitCode());
        assertTrue(blocks.err().contains("--blocks-per-task is for the Spark runner"), blocks.err());
        Cli.Result zero =
                Cli.run(BlockRunners.LOCAL, "run", Cli.PLAN.toString(), "--runner", "spark", "--blocks-per-task", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("--blocks-per-task must be at least 1, got 0"), zero.err());
    }

    private static String[] concat(String[] head, String... tail) {
        String[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
