package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.countysim.app.BlockRunners;
import org.countysim.engine.ShuffledSerialisingRunner;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole pipeline on a runner that splits every run into pieces, runs them in a shuffled order and passes each
 * piece's plan and partial result through Java serialisation, as a cluster would: the golden files byte for byte, and
 * every output of run (conditioned on evidence, with contributions), run --precision, compare and sweep identical to
 * the local runner's, console included.
 */
class BlockRunnerCommandsTest {
    static final Path PLAN = Path.of("scenarios", "plan-2025.yaml");
    static final Path NO_POLICY = Path.of("scenarios", "no-policy.yaml");

    @TempDir
    Path dir;

    /** The shuffled runners the commands asked for: each run in up to 7 pieces, in an order of its own. */
    private final List<ShuffledSerialisingRunner> made = new ArrayList<>();

    private final BlockRunners shuffled = threads -> {
        ShuffledSerialisingRunner runner = new ShuffledSerialisingRunner(7, 31L * made.size() + threads);
        made.add(runner);
        return runner;
    };

    /** The bytes the shuffled runners sent: proof that the commands ran on them. */
    private long shipped() {
        return made.stream().mapToLong(ShuffledSerialisingRunner::bytesShipped).sum();
    }

    private static Fixtures.CliResult cli(BlockRunners runners, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), runners, args);
        return new Fixtures.CliResult(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"deterministic", "tiny"})
    void theGoldenFilesComeOutOfShuffledSerialisedPieces(String name) throws Exception {
        Path out = dir.resolve(name);
        Fixtures.CliResult r = cli(
                shuffled,
                "run",
                GoldenFilesTest.GOLDEN.resolve(name).resolve("scenario.yaml").toString(),
                "--no-charts",
                "--threads",
                "2",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String table : GoldenFilesTest.TABLES) {
            Path golden =
                    GoldenFilesTest.GOLDEN.resolve(name).resolve("expected").resolve(table);
            assertEquals(Files.readString(golden), Files.readString(out.resolve(table)), name + "/" + table);
        }
        assertTrue(shipped() > 0);
    }

    @Test
    void aConditionedRunWithContributionsIsTheSame() throws Exception {
        assertSameOnBothRunners(
                "run", PLAN.toString(), "--trials", "5000", "--attribution-trials", "3000", "--no-charts");
    }

    /** --precision extends its session block by block: on the shuffled runner too. */
    @Test
    void aRunToAPrecisionIsTheSame() throws Exception {
        assertSameOnBothRunners(
                "run",
                PLAN.toString(),
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
    void aComparisonIsTheSame() throws Exception {
        assertSameOnBothRunners("compare", PLAN.toString(), NO_POLICY.toString(), "--trials", "4000", "--no-charts");
    }

    @Test
    void aSweepIsTheSame() throws Exception {
        assertSameOnBothRunners(
                "sweep",
                PLAN.toString(),
                "--param",
                "trend.real_growth=0.04:0.08:3",
                "--trials",
                "3000",
                "--no-charts",
                "--json");
    }

    /**
     * The command run locally, then on the shuffled runner into the same folder: every file byte for byte (the
     * manifest but for its time stamp and wall time), and the console.
     */
    private void assertSameOnBothRunners(String... args) throws Exception {
        Path out = dir.resolve("out");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--threads", "2", "--out", out.toString()));
        String[] command = all.toArray(String[]::new);
        Fixtures.CliResult local = cli(BlockRunners.LOCAL, command);
        assertEquals(0, local.exitCode(), local.err());
        Map<String, String> expected = files(out);
        assertTrue(expected.size() >= 3, expected.keySet().toString());
        deleteTree(out);
        assertEquals(0, shipped(), "the local run ran locally");
        Fixtures.CliResult pieces = cli(shuffled, command);
        assertEquals(0, pieces.exitCode(), pieces.err());
        assertTrue(shipped() > 0, "the second run ran on the shuffled runner");
        assertEquals(expected, files(out));
        assertEquals(local.out(), pieces.out(), "console");
        assertEquals(local.err(), pieces.err(), "warnings");
    }

    /** Every file of a folder by name; the manifest without the lines that hold the time. */
    private static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.toList()) {
                String text = Files.readString(p);
                if (p.getFileName().toString().equals("manifest.json")) {
                    text = text.lines()
                            .filter(l -> !l.contains("\"created\"") && !l.contains("\"wall_seconds\""))
                            .reduce("", (a, b) -> a + b + "\n");
                }
                out.put(p.getFileName().toString(), text);
            }
        }
        return out;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
