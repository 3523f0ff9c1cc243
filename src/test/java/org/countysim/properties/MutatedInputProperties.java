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
 * Random edits of the shipped data and scenario, and random --set overrides: every run either succeeds or
 * stops with a clean input error (exit 2, a message, no stack trace) — never another exception, never a hang.
 * The alphabet has control characters (NUL, U+202E) and YAML's tag, anchor and alias marks; the edits
 * truncate files (as `head -c` does) and insert long runs of one character (over-long names and lines).
 */
class MutatedInputProperties {
    private static final String ALPHABET = "0123456789.,-+:;[]{}\"'#&*!|>%@ \n\t_eE亿县aZ\u0000\u0001\u202E";
    /** A long run: beyond the 200 characters allowed for a name. */
    private static final int RUN = 300;

    /**
     * A mutation: an operation (0 delete, 1 insert, 2 replace, 3 duplicate a line, 4 delete a line, 5 cut the
     * text off here, 6 insert a long run of the char), a position, a char.
     */
    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, Double, Character>>> mutations() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toList()))
                .as(Tuple::of)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
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
                case 5 -> s.setLength(at);
                case 6 -> s.insert(at, String.valueOf(e.get3()).repeat(RUN));
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
            Files.writeString(
                    dir.resolve("base.csv"), mutateScenario ? csv : mutate(csv, edits), StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve("s.yaml"), mutateScenario ? mutate(yaml, edits) : yaml, StandardCharsets.UTF_8);
            Fixtures.CliResult r = assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () -> Fixtures.cli(
                            "run",
                            dir.resolve("s.yaml").toString(),
                            "--trials",
                            "50",
                            "--attribution-trials",
                            "50",
                            "--no-charts",
                            "--out",
                            dir.resolve("out").toString()));
            assertTrue(r.exitCode() == 0 || r.exitCode() == 2, "exit " + r.exitCode() + ": " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            if (r.exitCode() == 2) {
                assertTrue(r.err().startsWith("countysim: error: "), r.err());
                assertFalse(Files.exists(dir.resolve("out")), "no partial output");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** An override: a path of keys and indices (ids, small, or beyond any int) and a value from the alphabet. */
    @Provide
    Arbitrary<String> overrides() {
        Arbitrary<String> key = Arbitraries.of(
                "interventions",
                "simulation",
                "trials",
                "trend",
                "real_growth",
                "deflator",
                "tiers",
                "bands",
                "counties",
                "quantity",
                "label",
                "title",
                "enabled",
                "universe",
                "kinds");
        Arbitrary<String> index = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 5).map(i -> "[" + i + "]"),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(i -> "[" + i + "]"),
                Arbitraries.of("[tech-upgrade]", "[x]", "[]", "[-1]", "["),
                Arbitraries.just(""));
        Arbitrary<String> segment =
                net.jqwik.api.Combinators.combine(key, index).as(String::concat);
        Arbitrary<String> path = segment.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().withChars(ALPHABET).ofMaxLength(12),
                Arbitraries.of("!!java.io.File x", "&a [*a]", "1e307", "[1, 2]", "{dist: normal, mean: 0, sd: 1}"));
        return net.jqwik.api.Combinators.combine(path, value).as((p, v) -> p + "=" + v);
    }

    @Property
    void randomOverridesGiveAResultOrACleanError(@ForAll("overrides") String assignment) {
        Fixtures.CliResult r = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> Fixtures.cli("validate", "scenarios/plan-2025.yaml", "--set", assignment));
        assertTrue(r.exitCode() == 0 || r.exitCode() == 2, "exit " + r.exitCode() + ": " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
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
