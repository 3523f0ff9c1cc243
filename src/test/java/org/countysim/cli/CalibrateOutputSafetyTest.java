package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.countysim.report.CalibrationFragment;
import org.countysim.report.FragmentFile;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * calibrate's one output file under the rule of output folders (a sibling of {@link OutputFolderSafetyTest}): it
 * never writes through a link, whatever name an attacker gives one, and it removes the staging files a killed
 * calibrate left, but only its own.
 */
class CalibrateOutputSafetyTest {
    static final Path CITY = HistoryCommandsTest.CITY;
    static final String VICTIM = "the victim's own text\n";

    @TempDir
    Path dir;

    private Path victim() throws Exception {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, VICTIM);
        return victim;
    }

    /**
     * Before the fix the staging file was {@code .NAME.tmp-<pid>}, opened without checking for a link: a link of that
     * name to victim.txt got victim.txt overwritten. (Fixtures.cli runs in this JVM: the pid is this process's.)
     */
    @Test
    void aLinkAtThePredictableStagingNameIsNeverWrittenThrough() throws Exception {
        Path victim = victim();
        Path target = dir.resolve("atk.yaml");
        Path link = dir.resolve(".atk.yaml.tmp-" + ProcessHandle.current().pid());
        Files.createSymbolicLink(link, victim);
        Fixtures.CliResult r = Fixtures.cli("calibrate", CITY.toString(), "--out", target.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(VICTIM, Files.readString(victim));
        assertTrue(Files.isSymbolicLink(link), "a link countysim did not create is left alone");
        assertTrue(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readString(target).startsWith(CalibrationFragment.MARKER));
        assertEquals(
                List.of(".atk.yaml.tmp-" + ProcessHandle.current().pid(), "atk.yaml", "victim.txt"),
                names(dir),
                "no staging file left behind");
    }

    @Test
    void anOutThatIsALinkIsRefused() throws Exception {
        Path victim = victim();
        Path link = dir.resolve("f.yaml");
        Files.createSymbolicLink(link, victim);
        Path dangling = dir.resolve("g.yaml");
        Files.createSymbolicLink(dangling, dir.resolve("nowhere.yaml"));
        for (Path out : List.of(link, dangling)) {
            Fixtures.CliResult r = Fixtures.cli("calibrate", CITY.toString(), "--out", out.toString());
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(
                    r.err().contains("--out " + out + " is a symbolic link; countysim does not write through links"),
                    r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
        assertEquals(VICTIM, Files.readString(victim));
        assertFalse(Files.exists(dir.resolve("nowhere.yaml"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("f.yaml", "g.yaml", "victim.txt"), names(dir));
    }

    /**
     * A link put at the target after the check (a race) is replaced itself: the rename that moves the staging file
     * into place replaces the directory entry, never the file a link points to.
     */
    @Test
    void aLinkAppearingAtTheTargetAfterTheCheckIsReplacedNotFollowed() throws Exception {
        Path victim = victim();
        Path target = dir.resolve("f.yaml");
        FragmentFile file = FragmentFile.check(target, CalibrationFragment.MARKER, List.of());
        Files.createSymbolicLink(target, victim);
        file.write(CalibrationFragment.MARKER + "\ntrend: {}\n");
        assertEquals(VICTIM, Files.readString(victim));
        assertFalse(Files.isSymbolicLink(target));
        assertEquals(CalibrationFragment.MARKER + "\ntrend: {}\n", Files.readString(target));
        assertEquals(List.of("f.yaml", "victim.txt"), names(dir));
    }

    /**
     * kill -9 during calibrate leaves its staging file; the next calibrate removes it when its process is gone and the
     * file is countysim's (the fragment's first line), and leaves everything else: files of a live process, other
     * files and links with the same prefix.
     */
    @Test
    void stagingFilesOfDeadProcessesAreRemovedWhenTheyAreOurs() throws Exception {
        Process gone = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        gone.waitFor();
        long dead = gone.pid();
        assertFalse(ProcessHandle.of(dead).map(ProcessHandle::isAlive).orElse(false));
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        String fragment = CalibrationFragment.MARKER + " (model.md §9). Copy the keys\ntrend:\n  real_gro";
        Path victim = victim();
        Files.writeString(dir.resolve(".f.yaml.tmp-" + dead), fragment);
        Files.writeString(dir.resolve(".f.yaml.tmp-" + dead + "-00a1b2c3d4e5f607"), fragment);
        Files.writeString(dir.resolve(".f.yaml.tmp-" + dead + "-notes"), "my notes\n");
        Files.writeString(dir.resolve(".f.yaml.tmp-" + live + "-0123456789abcdef"), fragment);
        Files.writeString(dir.resolve(".f.yaml.tmp-x"), fragment);
        Files.writeString(victim, fragment);
        Files.createSymbolicLink(dir.resolve(".f.yaml.tmp-" + dead + "-link"), victim);

        Fixtures.CliResult r = Fixtures.cli(
                "calibrate", CITY.toString(), "--out", dir.resolve("f.yaml").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(
                Stream.of(
                                ".f.yaml.tmp-" + dead + "-link",
                                ".f.yaml.tmp-" + dead + "-notes",
                                ".f.yaml.tmp-" + live + "-0123456789abcdef",
                                ".f.yaml.tmp-x",
                                "f.yaml",
                                "victim.txt")
                        .sorted()
                        .toList(),
                names(dir));
        assertEquals(fragment, Files.readString(victim));
        assertEquals("my notes\n", Files.readString(dir.resolve(".f.yaml.tmp-" + dead + "-notes")));
    }

    static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
