package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The documented exit codes: 0, 1, 2 and 3. */
class ExitCodeTest {
    @TempDir
    Path dir;

    @Test
    void resultsThatCannotBeWrittenExitWithThree() throws Exception {
        // Even root cannot make a folder in /proc: the write fails after the checks, as on a full or read-only disk.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        Path scenario = new Fixtures(dir).baseline(Fixtures.exact("u1", 100)).scenario();
        Fixtures.CliResult r =
                Fixtures.cli("run", scenario.toString(), "--trials", "10", "--out", "/proc/countysim-out");
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(
                r.err()
                        .contains("cannot write results to /proc/countysim-out: the folder /proc cannot hold new"
                                + " folders (no such file or directory)"),
                "the reason in words, not only the staging path: " + r.err());
    }

    /** A parent that is a file is known before the simulation: refused as bad input, not found out after it. */
    @Test
    void anOutputFolderUnderAFileIsRefusedBeforeRunning() throws Exception {
        Path scenario = new Fixtures(dir).baseline(Fixtures.exact("u1", 100)).scenario();
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a directory");
        Fixtures.CliResult r = Fixtures.cli(
                "run",
                scenario.toString(),
                "--trials",
                "10",
                "--out",
                blocker.resolve("out").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("is a file, not a folder"), r.err());
    }

    @Test
    void internalErrorsExitWithOneAndHideTheStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Main());
        cmd.setErr(new PrintWriter(err, true));
        int code = new ErrorHandler().handleExecutionException(new IllegalStateException("boom"), cmd, cmd.parseArgs());
        assertEquals(1, code);
        assertTrue(err.toString().contains("internal error: java.lang.IllegalStateException: boom"), err.toString());
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void successExitsWithZeroAndUsageErrorsWithTwo() throws Exception {
        Path scenario = new Fixtures(dir).baseline(Fixtures.exact("u1", 100)).scenario();
        assertEquals(
                0,
                Fixtures.cli(
                                "run",
                                scenario.toString(),
                                "--trials",
                                "10",
                                "--no-charts",
                                "--out",
                                dir.resolve("o").toString())
                        .exitCode());
        assertEquals(2, Fixtures.cli("run", "--no-such-option").exitCode());
        assertEquals(2, Fixtures.cli().exitCode(), "no command");
        assertEquals(2, Fixtures.cli("frobnicate").exitCode());
    }

    @Test
    void excelOptionWritesAByteOrderMark() throws Exception {
        Path scenario = new Fixtures(dir)
                .baseline("u1,邹城,Z,county,2021,100,100,100,exact,t")
                .scenario();
        Path out = dir.resolve("x");
        assertEquals(
                0,
                Fixtures.cli(
                                "run",
                                scenario.toString(),
                                "--trials",
                                "10",
                                "--no-charts",
                                "--excel",
                                "--out",
                                out.toString())
                        .exitCode());
        byte[] bytes = Files.readAllBytes(out.resolve("counties.csv"));
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("邹城"));
    }
}
