package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** countysim only ever replaces a folder it wrote itself; every refusal is exit 2 and leaves every file as it was. */
class OutputFolderSafetyTest {
    @TempDir
    Path dir;

    Fixtures f;
    Path scenario;

    @BeforeEach
    void fixture() throws Exception {
        f = new Fixtures(dir).baseline(Fixtures.exact("u1", 100), Fixtures.exact("u2", 200));
        scenario = f.scenario();
    }

    /** Every file under the folder with its bytes, to compare before and after. */
    static Map<String, byte[]> snapshot(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    private Fixtures.CliResult run(String out) {
        return Fixtures.cli("run", scenario.toString(), "--trials", "200", "--no-charts", "--out", out);
    }

    private void assertRefused(String out, String why) throws Exception {
        Map<String, byte[]> before = snapshot(dir);
        Fixtures.CliResult r = run(out);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(why), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertSameFiles(before, snapshot(dir));
    }

    @Test
    void theWorkingFolderIsRefused() throws Exception {
        assertRefused(".", "is the working folder");
        assertRefused("", "names no folder");
        assertRefused("..", "contains the working folder");
    }

    @Test
    void theRootAndTheHomeFolderAreRefused() throws Exception {
        assertRefused("/", "root of the file system");
        assertRefused(System.getProperty("user.home"), "home folder");
    }

    @Test
    void aFolderHoldingTheInputsIsRefused() throws Exception {
        assertRefused(dir.toString(), "holds an input of this run");
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.move(dir.resolve("base.csv"), data.resolve("base.csv"));
        f.with(
                "data",
                "data:\n  baseline: data/base.csv\n  sector_shares: {primary: 0.1, secondary: 0.4, tertiary: 0.5}");
        scenario = f.scenario();
        // Even a folder carrying a countysim marker is never replaced while it holds an input.
        Files.writeString(
                data.resolve(".countysim-run"),
                "# written by countysim: the next run with the same --out" + " replaces this folder\nbase.csv\n");
        assertRefused(data.toString(), "holds an input of this run");
    }

    @Test
    void anExistingFileIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        assertRefused(dir.resolve("notes.txt").toString(), "is an existing file");
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws Exception {
        Path thesis = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(thesis.resolve("thesis.tex"), "\\documentclass{article}\n");
        Files.writeString(thesis.resolve("summary.csv"), "mine\n");
        assertRefused(thesis.toString(), "already holds files countysim did not write (summary.csv, thesis.tex)");
    }

    @Test
    void aResultFolderIsReplacedButNotAFileAddedToIt() throws Exception {
        Path out = dir.resolve("out").resolve("run");
        assertEquals(0, run(out.toString()).exitCode());
        List<String> marker = Files.readAllLines(out.resolve(".countysim-run"));
        assertTrue(marker.contains("summary.csv") && marker.contains("manifest.json"), marker.toString());
        Files.writeString(out.resolve("summary.csv"), "edited by the user, still ours to replace\n");
        Fixtures.CliResult again = run(out.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.readString(out.resolve("summary.csv")).startsWith("band")
                || Files.size(out.resolve("summary.csv")) > 50);

        Files.writeString(out.resolve("my-notes.md"), "a reviewer's notes\n");
        assertRefused(out.toString(), "already holds files countysim did not write (my-notes.md)");
        assertEquals(List.of("run"), names(out.getParent()), "no hidden folders left beside the result");
    }

    @Test
    void aResultOfAnEarlierVersionWithoutMarkerIsReplaced() throws Exception {
        Path out = Files.createDirectories(dir.resolve("old-result"));
        // As the manifest writer prints it (a space before the colon).
        Files.writeString(
                out.resolve("manifest.json"), "{\n  \"tool\" : \"countysim\",\n  \"version\" : \"0.2.0\"\n}\n");
        Files.writeString(out.resolve("summary.csv"), "old\n");
        Fixtures.CliResult r = run(out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(out.resolve(".countysim-run")));
    }

    @Test
    void aFolderInPlaceOfAListedFileIsNotOurs() throws Exception {
        Path out = dir.resolve("out").resolve("run");
        assertEquals(0, run(out.toString()).exitCode());
        Files.delete(out.resolve("summary.csv"));
        Files.createDirectories(out.resolve("summary.csv"));
        Files.writeString(out.resolve("summary.csv").resolve("important.txt"), "mine\n");
        assertRefused(out.toString(), "did not write (summary.csv)");
    }

    @Test
    void aNameTooLongForTheFileSystemIsRefusedBeforeRunning() throws Exception {
        assertRefused(dir.resolve("x".repeat(250)).toString(), "the folder name is 250 bytes long");
    }

    @Test
    void aCompareWhatIfKeepsOutOfThePlainComparisonsFolderAndSaysSo() throws Exception {
        Path plain = dir.resolve("plain");
        Fixtures.CliResult r = Fixtures.cli(
                "compare",
                scenario.toString(),
                "--set",
                "trend.real_growth=0.1",
                "--trials",
                "200",
                "--no-charts",
                "--out",
                plain.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                r.out().contains("what-if (--set), not the scenario files as written: trend.real_growth=0.1"), r.out());
        assertTrue(Files.readString(plain.resolve("manifest.json")).contains("trend.real_growth=0.1"));
        assertEquals(
                Path.of("out", "compare-a-vs-b" + org.countysim.app.WhatIf.folderSuffix(List.of("x=1"))),
                org.countysim.app.ComparePipeline.defaultFolder(List.of("a", "b"), List.of("x=1")));
        assertEquals(
                Path.of("out", "compare-a-vs-b"),
                org.countysim.app.ComparePipeline.defaultFolder(List.of("a", "b"), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "sweep"})
    void everyCommandChecksItsFolder(String command) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "precious\n");
        Path target = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(target.resolve("keep.txt"), "precious\n");
        Map<String, byte[]> before = snapshot(dir);
        Fixtures.CliResult r = command.equals("compare")
                ? Fixtures.cli(
                        "compare", scenario.toString(), "--trials", "200", "--no-charts", "--out", target.toString())
                : Fixtures.cli(
                        "sweep",
                        scenario.toString(),
                        "--param",
                        "trend.real_growth=0,0.1",
                        "--trials",
                        "200",
                        "--no-charts",
                        "--out",
                        target.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("did not write (keep.txt)"), r.err());
        assertSameFiles(before, snapshot(dir));
    }

    static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
