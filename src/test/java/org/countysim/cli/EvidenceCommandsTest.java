package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.countysim.model.CompiledProgram;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence through the commands (model.md §11): impossible evidence is an input error, a conditioned run's bytes do
 * not depend on the thread count (run, contributions, compare), the reading of the zones reaches the programmes'
 * shares, and a comparison whose variants are weighted differently says so.
 */
class EvidenceCommandsTest {
    @TempDir
    Path dir;

    private Fixtures twoUnits() throws Exception {
        return new Fixtures(dir)
                .baseline(
                        Fixtures.banded("u1", 80, 120),
                        Fixtures.banded("u2", 100, 140),
                        "z1,,z1,zone,2021,,10,30,band,test")
                .with("name", "name: t\nuniverse: {kinds: [county]}")
                .with("horizon", "horizon: 2023")
                .with("simulation", "simulation: {trials: 4000, seed: 42}")
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.05, sd: 0.01}")
                .with("shocks", "shocks: {common_sd: 0.02, unit_sd: 0.03, rho: 0.4}")
                .with("tiers", "tiers:\n  bands:\n    - {threshold: 120, target: 1}\n    - {threshold: 100, target: 1}")
                .with("interventions", """
                        interventions:
                          - {id: boost, kind: growth, delta: 0.02, years: {from: 2022, to: 2023}}
                          - {id: prog, kind: program, quantity: 100, unit_cost: 0.1, return: 0.5, allocation: by_gdp}
                        """);
    }

    /** Evidence no trial comes near: exit 2 naming the observation and the trials' range, nothing written. */
    @Test
    void impossibleEvidenceIsAnInputError() throws Exception {
        Path scenario = twoUnits()
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: 900, sd: 5}\n")
                .scenario();
        Path out = dir.resolve("out");
        Fixtures.CliResult r = Fixtures.cli("run", scenario.toString(), "--no-charts", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(
                r.err().contains("the evidence is impossible under this scenario: of 4000 trials none comes near it"),
                r.err());
        assertTrue(
                r.err().contains("evidence[0] (all 3 rows of base.csv, 2021) = 900 ± 5 (sd): the trials' sums range"),
                r.err());
        assertFalse(r.err().contains("NaN") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out), "nothing written");
        Fixtures.CliResult c = Fixtures.cli(
                "compare",
                scenario.toString(),
                copy(scenario).toString(),
                "--out",
                dir.resolve("c").toString());
        assertEquals(2, c.exitCode(), c.err());
        assertTrue(c.err().contains("the evidence is impossible"), c.err());
    }

    /** Same seed, 1 or 3 threads: byte-identical conditioned tables, contributions and comparisons. */
    @Test
    void conditionedBytesDoNotDependOnThreads() throws Exception {
        Path scenario = twoUnits().with("evidence", """
                evidence:
                  - {units: all, year: 2021, value: 245, sd: 6}
                  - {units: [u1], year: 2023, value: 118, within: 8}
                """).scenario();
        byte[][] first = null;
        for (String threads : List.of("1", "3")) {
            Path out = dir.resolve("t" + threads);
            Fixtures.CliResult r = Fixtures.cli(
                    "run", scenario.toString(), "--threads", threads, "--no-charts", "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            Path cmp = dir.resolve("c" + threads);
            Fixtures.CliResult c = Fixtures.cli(
                    "compare",
                    scenario.toString(),
                    copy(scenario).toString(),
                    "--threads",
                    threads,
                    "--no-charts",
                    "--set",
                    "interventions[boost].delta=0.01",
                    "--out",
                    cmp.toString());
            assertEquals(0, c.exitCode(), c.err());
            List<Path> files = List.of(
                    out.resolve("summary.csv"),
                    out.resolve("tier_distribution.csv"),
                    out.resolve("counties.csv"),
                    out.resolve("city.csv"),
                    out.resolve("contributions.csv"),
                    cmp.resolve("compare.csv"));
            byte[][] bytes = new byte[files.size()][];
            for (int i = 0; i < files.size(); i++) {
                bytes[i] = Files.readAllBytes(files.get(i));
            }
            if (first == null) {
                first = bytes;
                assertTrue(new String(bytes[0], java.nio.charset.StandardCharsets.UTF_8).startsWith("conditioning,"));
            } else {
                for (int i = 0; i < files.size(); i++) {
                    assertArrayEquals(first[i], bytes[i], files.get(i).getFileName() + " with " + threads + " threads");
                }
            }
        }
    }

    /**
     * Evidence on a year an intervention changes: each variant is weighted by its own likelihood, and the output
     * says so; evidence on the base year weighs every variant alike.
     */
    @Test
    void variantsWeightedDifferentlyAreNamed() throws Exception {
        Path later = twoUnits()
                .with("evidence", "evidence:\n  - {units: [u1], year: 2023, value: 118, sd: 4}\n")
                .scenario();
        Fixtures.CliResult r = Fixtures.cli(
                "run",
                later.toString(),
                "--no-charts",
                "--out",
                dir.resolve("r").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("each subset of interventions is conditioned by its own likelihood"), r.out());
        Path base = twoUnits()
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: 245, sd: 6}\n")
                .scenario();
        Fixtures.CliResult b = Fixtures.cli(
                "run", base.toString(), "--no-charts", "--out", dir.resolve("b").toString());
        assertEquals(0, b.exitCode(), b.err());
        assertFalse(b.out().contains("own likelihood"), "base-year evidence weighs every subset alike: " + b.out());
    }

    /**
     * The reading of the zones: a zone outside the universe takes its share of a city-wide programme; counted
     * inside the other rows (universe.counted_inside) it takes none, and it is not part of "units: all".
     */
    @Test
    void zonesCountedInsideTakeNoShareAndAreNotSummed() throws Exception {
        CompiledProgram separate = twoUnits()
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: 245, sd: 6}\n")
                .compile()
                .model()
                .programs()
                .get(0);
        assertEquals(20, separate.outsideBaseYi(), 1e-9, "the zone's band midpoint keeps its share");
        var inside = twoUnits()
                .with("name", "name: t\nuniverse: {kinds: [county], counted_inside: [z1]}")
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: 245, sd: 6}\n")
                .compile()
                .model();
        assertEquals(0, inside.programs().get(0).outsideBaseYi(), 0, "counted inside: no share of its own");
        assertEquals(2, inside.evidence().observations().get(0).baseSlots().length, "all = u1 + u2, not the zone");
        var sep = twoUnits()
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: 245, sd: 6}\n")
                .compile()
                .model();
        assertEquals(3, sep.evidence().observations().get(0).baseSlots().length, "all = u1 + u2 + the zone");
        Fixtures.CliResult r = Fixtures.cli(
                "run",
                twoUnits()
                        .with("name", "name: t\nuniverse: {kinds: [county], counted_inside: [z1]}")
                        .scenario()
                        .toString(),
                "--no-charts",
                "--out",
                dir.resolve("i").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.out().contains("left out"), "a row counted inside is not left out: " + r.out());
    }

    /** --precision bounds the weighted standard errors: conditioned estimates need more trials than the prior. */
    @Test
    void precisionUsesTheWeightedStandardErrors() throws Exception {
        Path scenario = twoUnits()
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: 245, sd: 6}\n")
                .scenario();
        Path out = dir.resolve("p");
        Fixtures.CliResult r = Fixtures.cli(
                "run",
                scenario.toString(),
                "--precision",
                "0.01",
                "--trials",
                "1024",
                "--attribution-trials",
                "0",
                "--no-charts",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("manifest.json").toFile());
        assertTrue(manifest.get("precision").get("reached").asBoolean(), manifest.toString());
        assertTrue(manifest.get("precision").get("largest_probability_se").asDouble() <= 0.01);
        List<org.apache.commons.csv.CSVRecord> summary = RunCommandTest.read(out.resolve("summary.csv"));
        for (org.apache.commons.csv.CSVRecord row : summary) {
            assertTrue(Double.parseDouble(row.get("p_met_se")) <= 0.01, row.toString());
        }
        double ess = Double.parseDouble(summary.get(0).get("ess"));
        assertTrue(
                ess < manifest.get("trials").asLong() && ess > 1000,
                "ESS " + ess + " of " + manifest.get("trials").asLong() + ": the weighted SE set the trials");
    }

    /** The same scenario under another file name: compare refuses one file given twice. */
    private static Path copy(Path scenario) throws Exception {
        Path twin = scenario.resolveSibling("twin.yaml");
        java.nio.file.Files.copy(scenario, twin, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return twin;
    }
}
