package org.countysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed run leaves beside its target is put right by the next run with that target. */
class LeftoverCleanerTest {
    /** A pid no process has (Linux pids stay below 2^22). */
    static final long DEAD = 4_000_000_000L;

    @TempDir
    Path dir;

    static Path result(Path folder, String summary) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("summary.csv"), summary);
        Files.writeString(folder.resolve(OutputFolder.MARKER), OutputFolder.MARKER_HEADER + "\nsummary.csv\n");
        return folder;
    }

    static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCommitKilledBetweenItsRenamesGetsThePreviousResultBack() throws Exception {
        Path target = dir.resolve("plan");
        result(dir.resolve(".plan.old-" + DEAD + "-1a"), "previous\n");
        Path staging = result(dir.resolve(".plan.tmp-" + DEAD + "-1a"), "new\n");
        Files.writeString(staging.resolve(OutputFolder.MARKER), StagedDirectory.STAGING_HEADER + "\n");

        OutputFolder.check(target, List.of());

        assertEquals("previous\n", Files.readString(target.resolve("summary.csv")));
        assertEquals(List.of("plan"), names(dir), "no hidden folder remains");
    }

    @Test
    void aCommitKilledBeforeDeletingTheOldFolderKeepsTheNewResult() throws Exception {
        Path target = result(dir.resolve("plan"), "new\n");
        result(dir.resolve(".plan.old-" + DEAD + "-2b"), "previous\n");
        OutputFolder.check(target, List.of());
        assertEquals("new\n", Files.readString(target.resolve("summary.csv")));
        assertEquals(List.of("plan"), names(dir));
    }

    @Test
    void aWriteKilledHalfWayLeavesNothingAfterTheNextRun() throws Exception {
        Path staging = Files.createDirectories(dir.resolve(".plan.tmp-" + DEAD + "-3c"));
        Files.writeString(staging.resolve(OutputFolder.MARKER), StagedDirectory.STAGING_HEADER + "\n");
        Files.writeString(staging.resolve("counties.csv"), "half a fi");
        Files.createDirectories(dir.resolve(".plan.tmp-" + DEAD + "-3d"));
        OutputFolder.check(dir.resolve("plan"), List.of());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void foldersOfARunningProcessOrNotOursAreLeftAlone() throws Exception {
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path running = result(dir.resolve(".plan.tmp-" + live + "-4e"), "being written\n");
        Path foreign = Files.createDirectories(dir.resolve(".plan.old-" + DEAD + "-4f"));
        Files.writeString(foreign.resolve("thesis.tex"), "not ours\n");
        Path target = result(dir.resolve("plan"), "current\n");
        OutputFolder.check(target, List.of());
        assertTrue(Files.exists(running.resolve("summary.csv")));
        assertTrue(Files.exists(foreign.resolve("thesis.tex")));
    }

    @Test
    void aCommitReplacesTheResultAndListsItsFiles() throws Exception {
        Path target = result(dir.resolve("plan"), "previous\n");
        OutputFolder.check(target, List.of()).write(folder -> Files.writeString(folder.resolve("city.csv"), "new\n"));
        assertEquals(List.of(OutputFolder.MARKER, "city.csv"), names(target));
        assertEquals(
                List.of(OutputFolder.MARKER_HEADER, "city.csv"),
                Files.readAllLines(target.resolve(OutputFolder.MARKER)));
        assertEquals(List.of("plan"), names(dir));
    }

    @Test
    void aFailedWriteLeavesThePreviousResultAndNoStagingFolder() throws Exception {
        Path target = result(dir.resolve("plan"), "previous\n");
        OutputFolder folder = OutputFolder.check(target, List.of());
        assertThrows(
                java.io.UncheckedIOException.class,
                () -> folder.write(f -> {
                    Files.writeString(f.resolve("city.csv"), "half");
                    throw new java.io.IOException("disk full");
                }));
        assertEquals("previous\n", Files.readString(target.resolve("summary.csv")));
        assertEquals(List.of("plan"), names(dir));
    }

    @Test
    void aFileAddedDuringTheRunStopsTheCommit() throws Exception {
        Path target = result(dir.resolve("plan"), "previous\n");
        OutputFolder folder = OutputFolder.check(target, List.of());
        Files.writeString(target.resolve("notes.md"), "added while the run was simulating\n");
        assertThrows(OutputFolderException.class, () -> folder.write(f -> Files.writeString(f.resolve("a.csv"), "x")));
        assertTrue(Files.exists(target.resolve("notes.md")));
        assertEquals(List.of("plan"), names(dir));
    }
}
