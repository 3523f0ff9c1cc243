package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code countysim sensitivity} of a scenario without evidence, byte for byte against golden files: every CSV, the
 * per-trial export, report.html and the console. The files were written by the code before sensitivity learnt about
 * evidence (issue 14), so they guard model.md §11's "no evidence, no change". Regenerate on purpose only:
 * -Dgolden.update=true.
 */
class SensitivityGoldenTest {
    static final Path FIXTURE = GoldenFilesTest.GOLDEN.resolve("tiny");
    static final Path EXPECTED = FIXTURE.resolve("sensitivity");
    static final List<String> FILES =
            List.of("tornado.csv", "sobol.csv", "voi.csv", "prim.csv", "prim_box.csv", "trials.csv", "report.html");

    @TempDir
    Path dir;

    @Test
    void withoutEvidenceEveryOutputIsUnchanged() throws Exception {
        Path out = dir.resolve("s");
        Fixtures.CliResult r = Fixtures.cli(
                "sensitivity",
                FIXTURE.resolve("scenario.yaml").toString(),
                "--samples",
                "1024",
                "--tornado-trials",
                "1024",
                "--resamples",
                "100",
                "--export-trials",
                "trials.csv",
                "--trials",
                "200",
                "--threads",
                "2",
                "--no-charts",
                "--quiet",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String console = r.out()
                .lines()
                .filter(l -> !l.startsWith("per-trial export") && !l.startsWith("results:"))
                .collect(Collectors.joining("\n", "", "\n"));
        check("console.txt", console);
        for (String f : FILES) {
            check(f, Files.readString(out.resolve(f)));
        }
    }

    private static void check(String name, String actual) throws Exception {
        Path golden = EXPECTED.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual, "sensitivity/" + name);
    }
}
