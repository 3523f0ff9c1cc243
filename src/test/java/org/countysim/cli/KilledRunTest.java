package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.countysim.report.OutputFolder;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs killed at different moments (a separate JVM each, as a user's {@code kill} would) never lose a result:
 * afterwards the folder holds a complete result, old or new, and the next run leaves no hidden folder.
 */
class KilledRunTest {
    static final Path PLAN = Path.of("scenarios", "plan-2025.yaml");

    @TempDir
    Path dir;

    private Process start(Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                Main.class.getName(),
                "run",
                PLAN.toString(),
                "--trials",
                "5000",
                "--attribution-trials",
                "1000",
                "--threads",
                "1",
                "--quiet",
                "--out",
                out.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile())
                .start();
    }

    /** A complete result: the marker lists every file there, and every file it lists is there. */
    static void assertComplete(Path out) throws Exception {
        List<String> listed = Files.readAllLines(out.resolve(OutputFolder.MARKER));
        List<String> present = OutputFolderSafetyTest.names(out).stream()
                .filter(n -> !n.equals(OutputFolder.MARKER))
                .toList();
        assertEquals(listed.subList(1, listed.size()), present);
        assertTrue(present.contains("manifest.json") && present.contains("report.html"), present.toString());
    }

    private Path firstResult() throws Exception {
        Path out = dir.resolve("out").resolve("plan");
        Fixtures.CliResult r =
                Fixtures.cli("run", PLAN.toString(), "--trials", "2000", "--quiet", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void killMinusNineAtAnyMomentLeavesACompleteResult() throws Exception {
        Path out = firstResult();
        for (long delayMs : new long[] {200, 500, 800, 1100, 1400, 1800}) {
            Process p = start(out);
            Thread.sleep(delayMs);
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            // The next run's first step: put back a result moved aside, remove what the dead process left.
            OutputFolder.check(out, List.of());
            assertComplete(out);
            assertEquals(
                    List.of("plan"), OutputFolderSafetyTest.names(out.getParent()), "after kill at " + delayMs + " ms");
        }
    }

    @ParameterizedTest
    @CsvSource({"TERM, 143", "INT, 130"})
    void aSignalExits128PlusItAndLeavesThePreviousResultUntouched(String signal, int exitCode) throws Exception {
        Path out = firstResult();
        Map<String, byte[]> before = OutputFolderSafetyTest.snapshot(out);
        Process p = start(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!stagingExists(out) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the run was still writing when stopped");
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(exitCode, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        OutputFolderSafetyTest.assertSameFiles(before, OutputFolderSafetyTest.snapshot(out));
        assertEquals(List.of("plan"), OutputFolderSafetyTest.names(out.getParent()), "the staging folder was removed");
    }

    private static boolean stagingExists(Path out) throws Exception {
        try (Stream<Path> list = Files.list(out.getParent())) {
            return list.anyMatch(x -> x.getFileName().toString().startsWith(".plan.tmp-"));
        }
    }
}
