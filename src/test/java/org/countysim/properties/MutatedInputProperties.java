package org.countysim.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.countysim.testing.Fixtures;

/**
 * Random edits of the shipped data and scenario: every run either succeeds or stops with a clean input
 * error (exit 2, a message, no stack trace) — never another exception, never a hang.
 */
class MutatedInputProperties {
    private static final String ALPHABET = "0123456789.,-+:;[]{}\"'#&*!|>%@ \n\t_eE亿县aZ";

    /** A mutation: an operation (0 delete, 1 insert, 2 replace, 3 duplicate a line, 4 delete a line), a position, a char. */
    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, Double, Character>>> mutations() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toList()))
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
    }

    static String mutate(String text, List<Tuple.Tuple3<Integer, Double, Character>> edits) {
        StringBuilder s = new StringBuilder(text);
        for (var e : edits) {
            int at = (int) (e.get2() * s.length());
            at = Math.min(at, Math.max(0, s.length() - 1));
            switch (e.get1()) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, e.get3());
                case 2 -> s.setCharAt(at, e.get3());
                default -> {
                    int start = s.lastIndexOf("\n", at) + 1;
                    int end = s.indexOf("\n", at);
                    end = end < 0 ? s.length() : end + 1;
                    String line = s.substring(start, end);
                    if (e.get1() == 3) {
                        s.insert(start, line);
                    } else {
                        s.delete(start, end);
                    }
                }
            }
        }
        return s.toString();
    }

    private void check(boolean mutateScenario, List<Tuple.Tuple3<Integer, Double, Character>> edits) throws Exception {
        Path dir = Files.createTempDirectory("countysim-fuzz");
        try {
            String csv = Files.readString(Path.of("data/jining_units_2021.csv"));
            String yaml = Files.readString(Path.of("scenarios/plan-2025.yaml"))
                    .replace("../data/jining_units_2021.csv", "base.csv");
            Files.writeString(dir.resolve("base.csv"), mutateScenario ? csv : mutate(csv, edits), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("s.yaml"), mutateScenario ? mutate(yaml, edits) : yaml, StandardCharsets.UTF_8);
            Fixtures.CliResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.cli("run",
                    dir.resolve("s.yaml").toString(), "--trials", "50", "--attribution-trials", "50", "--no-charts",
                    "--out", dir.resolve("out").toString()));
            assertTrue(r.exitCode() == 0 || r.exitCode() == 2, "exit " + r.exitCode() + ": " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            if (r.exitCode() == 2) {
                assertTrue(r.err().startsWith("countysim: error: "), r.err());
                assertFalse(Files.exists(dir.resolve("out")), "no partial output");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property
    void mutatedBaselinesGiveAResultOrACleanError(@ForAll("mutations") List<Tuple.Tuple3<Integer, Double, Character>> m)
            throws Exception {
        check(false, m);
    }

    @Property
    void mutatedScenariosGiveAResultOrACleanError(@ForAll("mutations") List<Tuple.Tuple3<Integer, Double, Character>> m)
            throws Exception {
        check(true, m);
    }
}
