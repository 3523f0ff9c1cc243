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
        String deflator = split.out()
                .lines()
                .filter(l -> l.startsWith("deflator "))
                .findFirst()
                .orElseThrow();
        assertTrue(deflator.contains("GDP平减指数（无单列因素的年份）") && !deflator.contains("×"), deflator);
        assertTrue(split.out().contains("the shocks are split") && !split.out().contains("one group"), split.out());
        Fixtures.CliResult two = Fixtures.cli(
                "sensitivity",
                PLAN,
                "--factors",
                "trend.real_growth,baseline:370811",
                "--methods",
                "tornado",
                "--tornado-trials",
                "1000",
                "--no-charts",
                "--out",
                dir.resolve("two").toString(),
                "--quiet");
        assertEquals(0, two.exitCode(), two.err());
        assertTrue(two.out().contains("seed 20240930, 2 of 30 factors ranked"), two.out());
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
                "12288", // an ESS above 1,000 for the first-order indices given the evidence
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
        // the plan has evidence: the factors that matter are named given it, the Saltelli indices are the prior's
        assertTrue(r.out().contains("the three largest first-order indices given the evidence"), r.out());
        assertTrue(r.out().contains("before the evidence (prior, Saltelli design)"), r.out());
        assertTrue(r.out().contains("tornado of P(all targets met) given the evidence"), r.out());
        assertTrue(r.out().contains("of the uncertainty left in P(all targets met) given the evidence"), r.out());
        assertTrue(r.out().contains("given the evidence, all targets met in "), r.out());
        List<CSVRecord> tornado = RunCommandTest.read(out.resolve("tornado.csv"));
        assertEquals(19 * 30, tornado.size(), "every metric × every factor");
        assertEquals("p_all_met", tornado.get(0).get("metric"));
        assertEquals("evidence", tornado.get(0).get("conditioning"));
        assertTrue(Double.parseDouble(tornado.get(0).get("ess")) < 0.3 * 1000, "the weighted arms' ESS");
        List<CSVRecord> sobol = RunCommandTest.read(out.resolve("sobol.csv"));
        assertEquals("all_met", sobol.get(0).get("output"));
        assertTrue(sobol.stream().map(x -> x.get("output")).distinct().count() >= 2, "all_met and the targets");
        assertEquals("prior", sobol.get(0).get("conditioning"));
        assertTrue(
                sobol.stream()
                        .anyMatch(x -> x.get("conditioning").equals("evidence")
                                && x.get("st").isEmpty()
                                && !x.get("s1").isEmpty()),
                "first-order indices given the evidence, no total");
        assertEquals(
                "evidence", RunCommandTest.read(out.resolve("voi.csv")).get(0).get("conditioning"));
        assertEquals(
                "evidence", RunCommandTest.read(out.resolve("prim.csv")).get(0).get("conditioning"));
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

    /**
     * The export holds the run's own trials: its all_met column averages to run's P(all targets met) exactly; the plan
     * has evidence, so each row has its likelihood weight, and the weighted mean of met_300 is run's conditioned
     * P(at least 9 units ≥300亿), the plain mean its prior one.
     */
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
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Files: manifest.json, trials.csv.gz (3000 trials"), "only what was written");
        assertFalse(report.contains("tornado.csv") || report.contains("What decides"), "no empty findings");
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
        double w = 0;
        double wMet = 0;
        double met = 0;
        for (CSVRecord x : rows) {
            double weight = Double.parseDouble(x.get("weight"));
            assertTrue(weight >= 0 && weight <= 1, "a likelihood weight: " + weight);
            w += weight;
            wMet += weight * Double.parseDouble(x.get("met_300"));
            met += Double.parseDouble(x.get("met_300"));
        }
        List<CSVRecord> summary = RunCommandTest.read(dir.resolve("r/summary.csv"));
        double given = summary.stream()
                .filter(x -> x.get("conditioning").equals("evidence")
                        && x.get("threshold_yi").equals("300"))
                .mapToDouble(x -> Double.parseDouble(x.get("p_met")))
                .findFirst()
                .orElseThrow();
        double prior = summary.stream()
                .filter(x -> x.get("conditioning").equals("prior")
                        && x.get("threshold_yi").equals("300"))
                .mapToDouble(x -> Double.parseDouble(x.get("p_met")))
                .findFirst()
                .orElseThrow();
        assertEquals(given, wMet / w, 1e-6, "the weights are run's (to the export's 7 digits)");
        assertEquals(prior, met / rows.size(), 1e-12);
        assertTrue(Math.abs(given - prior) > 0.01, "the evidence moves it: " + given + " vs " + prior);
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
        assertEquals(
                "p_met_300", json.get("tornado").get("metric").asText(), "P(all) is too rare: the target in doubt");
        assertTrue(json.get("warnings").get(0).asText().contains("ranking the target most in doubt"), r.out());
        assertEquals(30, json.get("tornado").get("bars").size());
        assertEquals(30, json.get("factors").size());
        assertFalse(json.has("sobol"), "sobol was not asked for");
        assertTrue(json.get("conditioned_on_evidence").asBoolean());
        assertEquals("evidence", json.get("tornado").get("conditioning").asText());
        assertTrue(json.get("tornado").get("ess").asDouble() < 1000);
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
        for (String result : List.of("sobol.csv", "tornado.csv", "voi.csv", "prim.csv", "PRIM_BOX.csv")) {
            check("would replace it", "--methods", "sobol,prim", "--export-trials", result, "--trials", "2000");
        }
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
                "--condition",
                "all_met",
                "--samples",
                "1024",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(2, prim.exitCode(), prim.out() + prim.err());
        assertTrue(prim.err().contains("holds in no trial"), prim.err());
        Path byDefault = dir.resolve("default");
        Fixtures.CliResult note = Fixtures.cli(
                "sensitivity",
                scenario.toString(),
                "--methods",
                "prim",
                "--samples",
                "1024",
                "--no-charts",
                "--out",
                byDefault.toString(),
                "--quiet");
        assertEquals(0, note.exitCode(), "the default condition is a finding, not a bad option: " + note.err());
        assertTrue(note.out().contains("in none of the 1024 trials: no box can be stated"), note.out());
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

    /**
     * Two units on 90–100 and one at 50 (zero growth: the horizon is the base year's draw): all targets met, one
     * unit ≥ 99.95 and two ≥ 95, holds in about 0.5% of the trials, "two ≥ 95" in about 25%. By default Sobol ranks
     * the target most in doubt and says so; an --output the user names is ranked as asked or refused (exit 2,
     * nothing written), never replaced by another output.
     */
    @Test
    void anExplicitOutputTooRareToRankIsRefusedNotReplaced() throws Exception {
        Path scenario = new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 90, 100), Fixtures.banded("u2", 90, 100), Fixtures.exact("u3", 50))
                .with(
                        "tiers",
                        "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 99.95, target: 1}\n"
                                + "    - {threshold: 95, target: 1}")
                .scenario();
        Path asked = dir.resolve("asked");
        for (String output : List.of("all_met", "met_99.95")) {
            Fixtures.CliResult r = sobol(scenario, asked, "--output", output);
            assertEquals(2, r.exitCode(), output + ": " + r.out() + r.err());
            assertTrue(
                    r.err().contains("--output " + output + " (")
                            && r.err().contains(" holds in only ")
                            && r.err()
                                    .contains(" of the design's 1024 base samples: too rare to rank, Sobol indices"
                                            + " need at least 30 on each side")
                            && r.err().contains("raise --samples (at this rate about ")
                            && r.err().contains("leave it out to rank the target most in doubt"),
                    r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(asked), "nothing written");
        }
        Fixtures.CliResult constant = sobol(scenario, asked, "--output", "gdp_u3");
        assertEquals(2, constant.exitCode(), constant.out() + constant.err());
        assertTrue(
                constant.err().contains("--output gdp_u3 (") && constant.err().contains("is 50 in every trial"),
                constant.err());
        assertFalse(Files.exists(asked), "nothing written");

        Fixtures.CliResult common = sobol(scenario, asked, "--output", "met_95");
        assertEquals(0, common.exitCode(), common.err());
        assertEquals(
                "met_95", RunCommandTest.read(asked.resolve("sobol.csv")).get(0).get("output"), "ranked as asked");

        Path byDefault = dir.resolve("default");
        Fixtures.CliResult implicit = sobol(scenario, byDefault);
        assertEquals(0, implicit.exitCode(), "the default keeps its rule: " + implicit.err());
        assertTrue(
                implicit.out().contains("what is ranked: P(all targets met) is <")
                        && implicit.out().contains("ranking the target most in doubt, at least 2 units ≥95亿"),
                implicit.out());
        assertEquals(
                "met_95",
                RunCommandTest.read(byDefault.resolve("sobol.csv")).get(0).get("output"));
    }

    private static Fixtures.CliResult sobol(Path scenario, Path out, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "sensitivity",
                scenario.toString(),
                "--methods",
                "sobol",
                "--samples",
                "1024",
                "--resamples",
                "100",
                "--no-charts",
                "--out",
                out.toString()));
        args.addAll(List.of(options));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    /**
     * Given the plan's evidence P(all) is far too rare to rank: by default every method ranks the one target most in
     * doubt (≥300亿, near 50%) and says so, naming the binding target (≥1000亿).
     */
    @Test
    void everyMethodRanksTheTargetMostInDoubtWhenAllIsTooRare() throws Exception {
        Path out = dir.resolve("doubt");
        Fixtures.CliResult r = Fixtures.cli(
                "sensitivity",
                PLAN,
                "--samples",
                "1024",
                "--tornado-trials",
                "1000",
                "--resamples",
                "100",
                "--no-charts",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"metric\" : \"p_met_300\""), "tornado: " + manifest);
        assertTrue(manifest.contains("\"output\" : \"met_300\""), "sobol: " + manifest);
        assertTrue(manifest.contains("\"condition\" : \"met_300\""), "prim: " + manifest);
        String note = "no trial-level ranking possible; ranking the target most in doubt, at least 9 units ≥300亿";
        assertTrue(
                manifest.contains(note) && manifest.contains("the binding target is at least 3 units ≥1000亿"),
                manifest);
        assertTrue(
                r.out().startsWith("countysim sensitivity")
                        && r.out().contains("what is ranked: P(all targets met) is <"),
                r.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains(note));
        assertTrue(r.out().contains("tornado of P(at least 9 units ≥300亿)"), r.out());
    }

    /** At ESS about 120 the conditioned intervals miss the truth: no first-order index nor value of information. */
    @Test
    void tooFewEffectiveTrialsRankNothingGivenTheEvidence() throws Exception {
        Path out = dir.resolve("few");
        Fixtures.CliResult r = Fixtures.cli(
                "sensitivity",
                PLAN,
                "--methods",
                "sobol",
                "--samples",
                "1024",
                "--resamples",
                "100",
                "--output",
                "gdp_任城区",
                "--no-charts",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                r.out().contains("given the evidence: not estimated")
                        && r.out().contains("their intervals would not hold (at least 1,000"),
                r.out());
        assertFalse(r.out().contains("would settle"), "no value of information: " + r.out());
        assertTrue(
                RunCommandTest.read(out.resolve("sobol.csv")).stream()
                        .noneMatch(x -> x.get("conditioning").equals("evidence")),
                "no conditioned rows");
    }

    /** Evidence no trial comes near leaves nothing to condition on: exit 2 with the reason, nothing written. */
    @Test
    void impossibleEvidenceIsRefused() throws Exception {
        Path scenario = new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 90, 100), Fixtures.banded("u2", 90, 100))
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: 1000, sd: 1}")
                .scenario();
        for (String method : List.of("tornado", "sobol", "prim")) {
            Path out = dir.resolve("impossible-" + method);
            Fixtures.CliResult r = Fixtures.cli(
                    "sensitivity",
                    scenario.toString(),
                    "--methods",
                    method,
                    "--samples",
                    "1024",
                    "--tornado-trials",
                    "1000",
                    "--out",
                    out.toString(),
                    "--quiet");
            assertEquals(2, r.exitCode(), method + ": " + r.out() + r.err());
            assertTrue(r.err().contains("the evidence is impossible"), method + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    /**
     * Two units on 90–100 whose sum is observed as 183 ± 1: "a unit ≥ 99.5" holds in about 10% of the trials, but the
     * smallest sum it allows, 189.5, is 6.5 sd from the figure, so the evidence leaves those trials less than one
     * effective trial. PRIM says so (no box) instead of refusing the condition, which trials do meet.
     */
    @Test
    void aConditionTheEvidenceRulesOutHasNoBox() throws Exception {
        Path scenario = new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 90, 100), Fixtures.banded("u2", 90, 100))
                .with("tiers", "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 99.5, target: 1}")
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: 183, sd: 1}")
                .scenario();
        Path out = dir.resolve("ruled-out");
        Fixtures.CliResult r = Fixtures.cli(
                "sensitivity",
                scenario.toString(),
                "--methods",
                "prim",
                "--condition",
                "met_99.5",
                "--samples",
                "8192",
                "--no-charts",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                r.out().contains("in less than one effective trial") && r.out().contains("rules it out"), r.out());
        List<CSVRecord> box = RunCommandTest.read(out.resolve("prim.csv"));
        assertEquals(1, box.size(), "the whole space, no peel");
        assertTrue(Long.parseLong(box.get(0).get("hits")) > 400, "trials do meet it: " + box.get(0));
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
