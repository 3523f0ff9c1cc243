package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** countysim sensitivity through the CLI: the factor list, the files, the export, and every bad option (exit 2). */
class SensitivityCommandTest {
    private static final String PLAN = RunCommandTest.PLAN.toString();
    /**
     * Under the shipped data no trial meets every target (兖州's 2021 estimate cannot reach 1000亿 by 2025), so the
     * tests that need P(all) to vary run the plan with faster trend growth.
     */
    private static final String[] FAST = {"--set", "trend.real_growth={dist: normal, mean: 0.12, sd: 0.02}"};

    @TempDir
    Path dir;

    @Test
    void listsEveryFactorOnce() {
        Fixtures.CliResult r = Fixtures.cli("sensitivity", PLAN, "--list-factors");
        assertEquals(0, r.exitCode(), r.err());
        for (String id : List.of(
                "baseline:370811",
                "baseline:370883",
                "trend.real_growth",
                "deflator.2022",
                "interventions[sanbai].output",
                "interventions[new-infra-pv].trend_quantity",
                "shocks")) {
            assertTrue(r.out().contains(id + " "), id + " listed:\n" + r.out());
        }
        assertFalse(r.out().contains("baseline:370826"), "微山 is exact: not a factor");
        assertFalse(r.out().contains("shocks.rho"), "fixed parameters are not factors");
        assertTrue(r.out().contains("30 factors"), r.out());
        Fixtures.CliResult split = Fixtures.cli("sensitivity", PLAN, "--list-factors", "--split-shocks");
        assertTrue(split.out().contains("32 factors") && split.out().contains("shocks.unit "), split.out());
        String json =
                Fixtures.cli("sensitivity", PLAN, "--list-factors", "--json").out();
        assertInOrder(json, "\"id\"", "\"kind\"", "\"label\"", "\"distribution\"");
    }

    /** Keys in the order the code lists them, every run (Map.of's order changes from one JVM to the next). */
    static void assertInOrder(String json, String... keys) {
        int at = -1;
        for (String key : keys) {
            int next = json.indexOf(key, at + 1);
            assertTrue(next > at, key + " after the keys before it:\n" + json);
            at = next;
        }
    }

    @Test
    void writesEveryResultAndNamesTheFactorsThatMatter() throws Exception {
        Path out = dir.resolve("s");
        Fixtures.CliResult r = Fixtures.cli(
                "sensitivity",
                PLAN,
                FAST[0],
                FAST[1],
                "--samples",
                "1024",
                "--tornado-trials",
                "1000",
                "--resamples",
                "100",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        for (String f : List.of(
                "tornado.csv",
                "tornado.png",
                "sobol.csv",
                "sobol.png",
                "voi.csv",
                "prim.csv",
                "prim_box.csv",
                "prim.png",
                "report.html",
                "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        assertTrue(r.out().contains("the three largest total Sobol indices"), r.out());
        assertTrue(r.out().contains("1. ") && r.out().contains("2. ") && r.out().contains("3. "), r.out());
        assertTrue(r.out().contains("would settle"), r.out());
        assertTrue(r.out().contains("all targets met in "), r.out());
        List<CSVRecord> tornado = RunCommandTest.read(out.resolve("tornado.csv"));
        assertEquals(19 * 30, tornado.size(), "every metric × every factor");
        assertEquals("p_all_met", tornado.get(0).get("metric"));
        List<CSVRecord> sobol = RunCommandTest.read(out.resolve("sobol.csv"));
        assertEquals("all_met", sobol.get(0).get("output"));
        assertTrue(sobol.stream().map(x -> x.get("output")).distinct().count() >= 2, "all_met and the targets");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("What decides the answer") && html.contains("tornado.png"), html);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertInOrder(
                manifest,
                "\"name\"",
                "\"file\"",
                "\"sha256\"",
                "\"metric\"",
                "\"trials_per_arm\"",
                "\"quantiles\"",
                "\"arms\"",
                "\"output\"",
                "\"base_samples\"",
                "\"condition\"",
                "\"peel_alpha\"");
    }

    /** The export holds the run's own trials: its all_met column averages to run's P(all targets met) exactly. */
    @Test
    void exportStreamsTheRunsTrials() throws Exception {
        Path out = dir.resolve("e");
        Fixtures.CliResult r = Fixtures.cli(
                "sensitivity",
                PLAN,
                "--methods",
                "none",
                "--export-trials",
                "trials.csv.gz",
                "--trials",
                "3000",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> rows;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(out.resolve("trials.csv.gz"))), StandardCharsets.UTF_8))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
        assertEquals(3000, rows.size());
        assertEquals("0", rows.get(0).get("trial"));
        assertTrue(rows.get(0).isMapped("baseline:370811")
                && rows.get(0).isMapped("gdp_370811")
                && rows.get(0).isMapped("met_1000")
                && !rows.get(0).isMapped("shocks"));
        double allMet = rows.stream()
                        .mapToDouble(x -> Double.parseDouble(x.get("all_met")))
                        .sum()
                / rows.size();
        Fixtures.CliResult run = Fixtures.cli(
                "run",
                PLAN,
                "--trials",
                "3000",
                "--no-charts",
                "--attribution-trials",
                "0",
                "--out",
                dir.resolve("r").toString(),
                "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        CSVRecord all = RunCommandTest.read(dir.resolve("r/summary.csv")).stream()
                .filter(x -> x.get("band").equals("all targets"))
                .findFirst()
                .orElseThrow();
        assertEquals(Double.parseDouble(all.get("p_met")), allMet, 1e-12);
    }

    @Test
    void jsonHoldsTheFindings() throws Exception {
        Fixtures.CliResult r = Fixtures.cli(
                "sensitivity",
                PLAN,
                "--methods",
                "tornado",
                "--tornado-trials",
                "1000",
                "--json",
                "--no-charts",
                "--out",
                dir.resolve("j").toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        com.fasterxml.jackson.databind.JsonNode json =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        org.countysim.testing.JsonStyle.assertSnakeCase(json, "sensitivity --json");
        assertEquals("p_all_met", json.get("tornado").get("metric").asText());
        assertEquals(30, json.get("tornado").get("bars").size());
        assertEquals(30, json.get("factors").size());
        assertFalse(json.has("sobol"), "sobol was not asked for");
    }

    @Test
    void badOptionsExitTwoAndWriteNothing() throws Exception {
        Path never = dir.resolve("never");
        check("not a factor", "--factors", "baseline:999999");
        check("is not a metric", "--metric", "p_bogus");
        check("too small", "--samples", "100");
        check("is not a per-trial output", "--output", "gdp_nowhere");
        check("not a yes/no output", "--condition", "city_gdp");
        check("file name ending in .csv", "--export-trials", "sub/dir.csv");
        check("not a method", "--methods", "tornado,morris");
        check("too small", "--tornado-trials", "10");
        assertFalse(Files.exists(never));
    }

    /** A condition no trial meets, and an output that never varies, are refused with the reason. */
    @Test
    void aConditionNoTrialMeetsIsRefused() throws Exception {
        Path scenario = new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 90, 100))
                .with("tiers", "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 500, target: 1}")
                .scenario();
        Path out = dir.resolve("o");
        Fixtures.CliResult prim = Fixtures.cli(
                "sensitivity",
                scenario.toString(),
                "--methods",
                "prim",
                "--samples",
                "1024",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(2, prim.exitCode(), prim.out() + prim.err());
        assertTrue(prim.err().contains("holds in no trial"), prim.err());
        Fixtures.CliResult sobol = Fixtures.cli(
                "sensitivity",
                scenario.toString(),
                "--methods",
                "sobol",
                "--samples",
                "1024",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(2, sobol.exitCode(), sobol.err());
        assertTrue(sobol.err().contains("no variance"), sobol.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aScenarioWithoutUncertaintyHasNothingToRank() throws Exception {
        Path scenario = new Fixtures(dir).baseline(Fixtures.exact("u1", 100)).scenario();
        Fixtures.CliResult r = Fixtures.cli(
                "sensitivity", scenario.toString(), "--out", dir.resolve("x").toString(), "--quiet");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("nothing for a sensitivity analysis to rank"), r.err());
    }

    private void check(String message, String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "sensitivity";
        args[1] = PLAN;
        System.arraycopy(options, 0, args, 2, options.length);
        args[options.length + 2] = "--out";
        args[options.length + 3] = dir.resolve("never").toString();
        args[options.length + 4] = "--quiet";
        Fixtures.CliResult r = Fixtures.cli(args);
        assertEquals(2, r.exitCode(), String.join(" ", options) + ": " + r.err());
        assertTrue(r.err().contains(message), String.join(" ", options) + ": " + r.err());
    }
}
