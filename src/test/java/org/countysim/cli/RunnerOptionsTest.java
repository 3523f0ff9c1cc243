package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * --runner, --master and --blocks-per-task without the Spark module on the class path (as the CLI jar runs when
 * spark/ is not built): the Spark runner is reported missing with how to build it, exit 2, nothing written. The
 * module's own tests (spark/) run the commands on Spark.
 */
class RunnerOptionsTest {
    private static final String PLAN = RunCommandTest.PLAN.toString();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep", "sensitivity"})
    void theSparkRunnerWithoutItsModuleIsAnInputError(String command) {
        Path out = dir.resolve("never");
        Fixtures.CliResult r = command.equals("sweep")
                ? Fixtures.cli(
                        command,
                        PLAN,
                        "--param",
                        "trend.real_growth=0.05,0.06",
                        "--runner",
                        "spark",
                        "--out",
                        out.toString())
                : Fixtures.cli(command, PLAN, "--runner", "spark", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(
                "countysim: error: the Spark runner is not installed: build it with mvn -B install -DskipTests &&"
                        + " mvn -B -f spark/pom.xml package (README, \"Scaling out with Spark\")\n",
                r.err());
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    void sparkOptionsNeedTheSparkRunner() {
        Fixtures.CliResult master = Fixtures.cli("run", PLAN, "--master", "local[2]");
        assertEquals(2, master.exitCode());
        assertEquals("countysim: error: --master is for the Spark runner: add --runner spark\n", master.err());
        Fixtures.CliResult blocks = Fixtures.cli("run", PLAN, "--runner", "local", "--blocks-per-task", "8");
        assertEquals(2, blocks.exitCode());
        assertEquals("countysim: error: --blocks-per-task is for the Spark runner: add --runner spark\n", blocks.err());
    }

    @Test
    void anUnknownRunnerIsAUsageError() {
        Fixtures.CliResult r = Fixtures.cli("run", PLAN, "--runner", "hadoop");
        assertEquals(2, r.exitCode());
        assertTrue(
                r.err().contains("--runner") && r.err().contains("expected one of local|spark but was 'hadoop'"),
                r.err());
    }

    /** --runner local is the default: the same bytes as no --runner at all. */
    @Test
    void runnerLocalIsTheDefault() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        String[] run = {"run", PLAN, "--trials", "2000", "--attribution-trials", "0", "--no-charts", "--out"};
        assertEquals(0, Fixtures.cli(concat(run, a.toString())).exitCode());
        assertEquals(
                0, Fixtures.cli(concat(run, b.toString(), "--runner", "local")).exitCode());
        for (String table : GoldenFilesTest.TABLES) {
            if (Files.exists(a.resolve(table))) {
                assertEquals(Files.readString(a.resolve(table)), Files.readString(b.resolve(table)), table);
            }
        }
    }

    private static String[] concat(String[] head, String... tail) {
        String[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
