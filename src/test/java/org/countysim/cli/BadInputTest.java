package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input meets one clear message naming where the problem is, exit code 2, no stack trace, and
 * leaves earlier results untouched.
 */
class BadInputTest {
    @TempDir
    Path dir;
    Path out;

    static final String GOOD_ROW = Fixtures.exact("u1", 100);

    @BeforeEach
    void earlierResults() throws Exception {
        out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.csv"), "earlier results\n");
    }

    /** A case: what to change in a good fixture, and a fragment the message must contain. */
    record Case(String name, Edit edit, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Edit {
        void apply(Fixtures f) throws Exception;
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("missing baseline file", f -> f.with("data", "data:\n  baseline: nowhere.csv"),
                "nowhere.csv does not exist"));
        cases.add(new Case("missing column", f -> f.file("base.csv", "name_zh,year,gdp\nx,2021,100\n"),
                "missing column 'code'"));
        cases.add(new Case("misspelt column", f -> f.file("base.csv", "code,year,gpd\nu1,2021,100\n"),
                "did you mean 'gdp'"));
        cases.add(new Case("duplicate column", f -> f.file("base.csv", "code,year,gdp,gdp\nu1,2021,100,100\n"),
                "duplicate column 'gdp'"));
        cases.add(new Case("non-numeric cell", f -> f.file("base.csv", "code,year,gdp\nu1,2021,100\nu2,2021,abc\n"),
                "base.csv:3:3: gdp 'abc' is not a number"));
        cases.add(new Case("negative GDP", f -> f.file("base.csv", "code,year,gdp\nu1,2021,-5\n"),
                "base.csv:2:3: GDP must be positive"));
        cases.add(new Case("zero GDP", f -> f.file("base.csv", "code,year,gdp\nu1,2021,0\n"), "GDP must be positive"));
        cases.add(new Case("band upside down", f -> f.file("base.csv", "code,year,gdp_low,gdp_high\nu1,2021,300,200\n"),
                "gdp_low 300 is above gdp_high 200"));
        cases.add(new Case("sectors do not sum", f -> f.file("base.csv",
                "code,year,gdp,primary,secondary,tertiary\nu1,2021,100,10,40,60\n"), "sectors sum to 110 but GDP is 100"));
        cases.add(new Case("duplicate unit", f -> f.file("base.csv", "code,year,gdp\nu1,2021,100\nu1,2021,120\n"),
                "duplicate unit u1 (first on line 2)"));
        cases.add(new Case("thousands separator", f -> f.file("base.csv", "code,year,gdp\nu1,2021,\"1,234\"\n"),
                "thousands separator"));
        cases.add(new Case("misspelt scenario key", f -> f.with("simulation", "simulation: {trails: 10}"),
                "unknown key 'trails' (did you mean 'trials'?)"));
        cases.add(new Case("misspelt top-level key", f -> f.with("horizon", "horizn: 2025"),
                "unknown key 'horizn' (did you mean 'horizon'?)"));
        cases.add(new Case("unknown unit", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u2x, output: 1, va_ratio: 0.2, start: 2022}
                """), "unknown unit 'u2x' (did you mean 'u1'?)"));
        cases.add(new Case("negative sd", f -> f.with("interventions", """
                interventions:
                  - {id: t, kind: program, quantity: 10, allocation: by_gdp,
                     unit_cost: {dist: normal, mean: 1, sd: -1}}
                """), "interventions[0].unit_cost.sd"));
        cases.add(new Case("mode outside range", f -> f.with("trend", "trend:\n  real_growth: {dist: triangular, min: 0,"
                + " mode: 0.2, max: 0.1}"), "trend.real_growth.mode"));
        cases.add(new Case("min above max", f -> f.with("trend", "trend:\n  real_growth: {dist: uniform, min: 0.2,"
                + " max: 0.1}"), "min 0.2 is above max 0.1"));
        cases.add(new Case("weights sum to zero", f -> f.with("trend", "trend:\n  real_growth: {dist: discrete,"
                + " values: [0.1, 0.2], weights: [0, 0]}"), "must sum to a positive number"));
        cases.add(new Case("unknown distribution", f -> f.with("trend", "trend:\n  real_growth: {dist: normall,"
                + " mean: 0, sd: 1}"), "unknown distribution 'normall' (did you mean 'normal'?)"));
        cases.add(new Case("horizon before base year", f -> f.with("horizon", "horizon: 2020"),
                "horizon 2020 must come after the base year 2021"));
        cases.add(new Case("YAML syntax", f -> f.with("trend", "trend: [unclosed"), "invalid YAML"));
        cases.add(new Case("duplicate YAML key", f -> f.with("deflator", "deflator: 0\ndeflator: 1"),
                "duplicate key 'deflator'"));
        cases.add(new Case("base year differs", f -> f.with("base_year", "base_year: 2020"),
                "differs from the baseline file's 2021"));
        cases.add(new Case("NaN in scenario", f -> f.with("deflator", "deflator: .nan"), "not a finite number"));
        cases.add(new Case("output name escapes", f -> f.with("name", "name: ../evil"), "name '../evil'"));
        cases.add(new Case("missing tiers", f -> f.without("tiers"), "missing required key 'tiers'"));
        cases.add(new Case("negative threshold", f -> f.with("tiers", "tiers:\n  bands:\n    - {threshold: -5, target: 1}"),
                "a threshold must be positive"));
        cases.add(new Case("duplicate threshold", f -> f.with("tiers", "tiers:\n  bands:\n    - {threshold: 5, target: 1}\n"
                + "    - {threshold: 5, target: 2}"), "threshold 5.0 appears twice"));
        cases.add(new Case("unknown counting", f -> f.with("tiers", "tiers:\n  counting: exclusiv\n  bands:\n"
                + "    - {threshold: 5, target: 1}"), "did you mean 'exclusive'"));
        cases.add(new Case("counting in capitals is another word", f -> f.with("tiers", "tiers:\n  counting: Both\n"
                + "  bands:\n    - {threshold: 5, target: 1}"), "'Both' is not one of [cumulative, exclusive, both]"));
        cases.add(new Case("unknown target form", f -> f.with("tiers", "tiers:\n  targets: cumulativ\n  bands:\n"
                + "    - {threshold: 5, target: 1}"), "'cumulativ' is not one of [bands, cumulative]"));
        cases.add(new Case("cumulative targets falling", f -> f.with("tiers", "tiers:\n  targets: cumulative\n  bands:\n"
                + "    - {threshold: 500, target: 5}\n    - {threshold: 300, target: 4}"),
                "it cannot be smaller than a higher threshold's: ≥300亿 has 4 but ≥500亿 has 5"));
        cases.add(new Case("unknown sector", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, sector: secondry, output: 1, va_ratio: 0.2, start: 2022}
                """), "unknown sector 'secondry' (did you mean 'secondary'?)"));
        cases.add(new Case("falling ramp", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, output: 1, va_ratio: 0.2, start: 2022, ramp: [0.8, 0.4]}
                """), "ramp fractions rise"));
        cases.add(new Case("success above one", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, output: 1, va_ratio: 0.2, start: 2022, success: 1.5}
                """), "success is a probability in [0, 1]"));
        cases.add(new Case("project without start", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, output: 1, va_ratio: 0.2}
                """), "missing required key 'start'"));
        cases.add(new Case("fractional count", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, output: 1, va_ratio: 0.2, start: 2022, count: 1.5}
                """), "interventions[0].count"));
        cases.add(new Case("continuous start year", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, output: 1, va_ratio: 0.2,
                     start: {dist: uniform, min: 2022, max: 2024}}
                """), "a discrete distribution of whole numbers"));
        cases.add(new Case("shares above one", f -> f.with("interventions", """
                interventions:
                  - {id: q, kind: program, quantity: 1, unit_cost: 1, allocation: {u1: 1.2}}
                """), "they may sum to less than 1, never more"));
        cases.add(new Case("unknown allocation", f -> f.with("interventions", """
                interventions:
                  - {id: q, kind: program, quantity: 1, unit_cost: 1, allocation: by_population}
                """), "allocation is by_gdp"));
        cases.add(new Case("unknown scope", f -> f.with("deflator", "deflator: {dist: normal, mean: 0, sd: 0.01,"
                + " scope: weekly}"), "scope 'weekly' is not allowed here"));
        cases.add(new Case("scope not allowed", f -> f.with("deflator", "deflator: {dist: normal, mean: 0, sd: 0.01,"
                + " scope: county}"), "allowed: year, trial"));
        cases.add(new Case("duplicate intervention id", f -> f.with("interventions", """
                interventions:
                  - {id: g, kind: growth, delta: 0.01}
                  - {id: g, kind: growth, delta: 0.02}
                """), "duplicate intervention id 'g'"));
        cases.add(new Case("unknown kind", f -> f.with("interventions", """
                interventions:
                  - {id: g, kind: policy, delta: 0.01}
                """), "'policy' is not one of"));
        cases.add(new Case("alias bomb", f -> f.with("trend", """
                trend:
                  real_growth: 0
                  note: &a [x, x, x, x, x, x, x, x, x, x]
                bomb1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                bomb2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
                bomb3: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
                bomb4: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
                bomb5: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
                """), "YAML"));
        cases.add(new Case("deep nesting", f -> f.with("deflator", "deflator: " + "[".repeat(80) + "]".repeat(80)),
                "nested"));
        cases.add(new Case("overflowing number", f -> f.with("deflator", "deflator: 1e400"), "not a finite number"));
        cases.add(new Case("hexadecimal number", f -> f.with("deflator", "deflator: 0x1p-3"), "not a number in decimal notation"));
        cases.add(new Case("Java float suffix", f -> f.with("deflator", "deflator: 0.01f"), "not a number in decimal notation"));
        cases.add(new Case("seed beyond 64 bits", f -> f.with("simulation", "simulation: {seed: 99999999999999999999999}"),
                "expected a whole number"));
        cases.add(new Case("horizon a century away", f -> f.with("horizon", "horizon: 2200"),
                "more than 100 years after the base year"));
        cases.add(new Case("fractional horizon", f -> f.with("horizon", "horizon: 2022.5"),
                "expected a whole number in [1900, 2300]"));
        cases.add(new Case("unknown kind of unit", f -> f.with("name", "name: t\nuniverse: {kinds: [countie]}"),
                "no unit of kind 'countie'"));
        cases.add(new Case("band without its upper end", f -> f.file("base.csv", "code,year,gdp_low\nu1,2021,100\n"),
                "needs both columns gdp_low and gdp_high"));
        cases.add(new Case("partial sector columns", f -> f.file("base.csv", "code,year,gdp,primary\nu1,2021,100,10\n"),
                "sector columns come as a set"));
        cases.add(new Case("empty baseline", f -> f.file("base.csv", ""), "the file is empty"));
        cases.add(new Case("not text", f -> f.bytes("base.csv", new byte[] {(byte) 0x81, (byte) 0x20, (byte) 0xFF,
            (byte) 0xFE, 0x0A}), "neither UTF-8 nor GBK/GB18030"));
        cases.add(new Case("rho out of range", f -> f.with("shocks", "shocks: {rho: 1.5}"), "rho must lie in"));
        cases.add(new Case("lognormal in two forms", f -> f.with("trend", "trend:\n  real_growth: {dist: lognormal,"
                + " median: 1, sigma: 0.1, mean: 1}"), "either median and sigma, or mean and sd"));
        cases.add(new Case("shares not summing to one", f -> f.with("data", "data:\n  baseline: base.csv\n"
                + "  sector_shares: {primary: 0.5, secondary: 0.4, tertiary: 0.5}"), "sector shares must sum to 1"));
        cases.add(new Case("per-unit value for no unit", f -> f.with("trend", "trend:\n  real_growth: {default: 0.05,"
                + " units: {u9: 0.06}}"), "'u9' is not a unit of the tier universe"));
        cases.add(new Case("fold of an unknown zone", f -> f.with("name", "name: t\nuniverse: {fold: {zone-x: u1}}"),
                "unknown unit 'zone-x'"));
        cases.add(new Case("unknown encoding", f -> f.with("data", "data:\n  baseline: base.csv\n  encoding: klingon\n"
                + "  sector_shares: {primary: 0.1, secondary: 0.4, tertiary: 0.5}"), "unknown encoding 'klingon'"));
        evidenceCases(cases);
        return cases.stream().map(Arguments::of);
    }

    /** Evidence (model.md §11): every bad observation names its scenario path. */
    static void evidenceCases(List<Case> cases) {
        cases.add(new Case("evidence: unknown unit", f -> f.with("evidence", "evidence:\n"
                + "  - {units: [u2x], year: 2021, value: 100, sd: 1}"), "evidence[0].units"));
        cases.add(new Case("evidence: unknown unit, did you mean", f -> f.with("evidence", "evidence:\n"
                + "  - {units: u2x, year: 2021, value: 100, sd: 1}"), "unknown unit 'u2x' (did you mean 'u1'?)"));
        cases.add(new Case("evidence: year before the base year", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2019, value: 100, sd: 1}"), "evidence[0].year ("));
        cases.add(new Case("evidence: year before the base year, why", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2019, value: 100, sd: 1}"), "year 2019 is before the base year 2021"));
        cases.add(new Case("evidence: year after the horizon", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2030, value: 100, sd: 1}"), "year 2030 is after the horizon 2022"));
        cases.add(new Case("evidence: zero sd", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: 100, sd: 0}"), "evidence[0].sd"));
        cases.add(new Case("evidence: zero tolerance refused with its reason", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: 100, sd: 0}"), "rounding alone justifies one"));
        cases.add(new Case("evidence: negative half-width", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: 100, within: -5}"), "evidence[0].within"));
        cases.add(new Case("evidence: NaN value", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: .nan, sd: 1}"), "evidence[0].value"));
        cases.add(new Case("evidence: infinite tolerance", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: 100, sd: .inf}"), "not a finite number"));
        cases.add(new Case("evidence: zero value", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: 0, sd: 1}"), "the observed value must be positive"));
        cases.add(new Case("evidence: negative value", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: -100, sd: 1}"), "evidence[0].value"));
        cases.add(new Case("evidence: both tolerances", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: 100, sd: 1, within: 2}"), "evidence[0]"));
        cases.add(new Case("evidence: both tolerances, which", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: 100, sd: 1, within: 2}"), "give one tolerance"));
        cases.add(new Case("evidence: no tolerance", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, value: 100}"), "missing a tolerance"));
        cases.add(new Case("evidence: no year", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, value: 100, sd: 1}"), "missing required key 'year'"));
        cases.add(new Case("evidence: misspelt key", f -> f.with("evidence", "evidence:\n"
                + "  - {units: all, year: 2021, vlaue: 100, sd: 1}"), "unknown key 'vlaue' (did you mean 'value'?)"));
        cases.add(new Case("evidence: a unit listed twice", f -> f.with("evidence", "evidence:\n"
                + "  - {units: [u1, U1], year: 2021, value: 100, sd: 1}"), "listed twice"));
        cases.add(new Case("evidence: not a list", f -> f.with("evidence", "evidence: {units: all}"),
                "expected a list"));
        cases.add(new Case("evidence: later year sums a unit outside the universe", f -> {
            f.baseline(GOOD_ROW, "z1,,z1,zone,2021,,10,20,band,test");
            f.with("name", "name: t\nuniverse: {kinds: [county]}");
            f.with("evidence", "evidence:\n  - {units: all, year: 2022, value: 120, sd: 5}");
        }, "can only sum projected units: the model has no GDP of z1 in 2022"));
        cases.add(new Case("counted_inside: unknown unit", f -> f.with("name", "name: t\nuniverse: {counted_inside: [zz]}"),
                "universe.counted_inside: unknown unit 'zz'"));
        cases.add(new Case("counted_inside: also projected", f -> f.with("name",
                "name: t\nuniverse: {units: [u1], counted_inside: [u1]}"), "cannot be projected too"));
    }

    @org.junit.jupiter.api.Test
    void theCatalogueHasAtLeastFortyDistinctCases() {
        assertTrue(cases().count() >= 40, "the hardening issue asks for at least 40");
        List<Case> evidence = new ArrayList<>();
        evidenceCases(evidence);
        assertTrue(evidence.size() >= 20, "evidence: each bad case of issue 12, and more");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGivesOneClearMessage(Case c) throws Exception {
        Fixtures f = new Fixtures(dir).baseline(GOOD_ROW);
        c.edit().apply(f);
        Path scenario = f.scenario();
        Fixtures.CliResult r = Fixtures.cli("run", scenario.toString(), "--trials", "100", "--no-charts",
                "--out", out.toString());
        assertBadInput(r, c.expected());
    }

    @org.junit.jupiter.api.Test
    void missingScenarioFile() {
        assertBadInput(Fixtures.cli("run", dir.resolve("nope.yaml").toString(), "--out", out.toString()),
                "nope.yaml does not exist");
    }

    @org.junit.jupiter.api.Test
    void unknownSetPath() throws Exception {
        Path scenario = new Fixtures(dir).baseline(GOOD_ROW).scenario();
        assertBadInput(Fixtures.cli("run", scenario.toString(), "--set", "shockz.rho=0.5", "--out", out.toString()),
                "unknown key 'shockz' (did you mean 'shocks'?)");
    }

    @org.junit.jupiter.api.Test
    void badOptionValueIsAUsageError() throws Exception {
        Path scenario = new Fixtures(dir).baseline(GOOD_ROW).scenario();
        Fixtures.CliResult r = Fixtures.cli("run", scenario.toString(), "--trials", "many", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--trials"), r.err());
    }

    /** A typo in --counting is a usage error naming the option, never another counting. */
    @org.junit.jupiter.api.Test
    void unknownCountingOptionIsAUsageError() throws Exception {
        Path scenario = new Fixtures(dir).baseline(GOOD_ROW).scenario();
        Fixtures.CliResult r = Fixtures.cli("run", scenario.toString(), "--counting", "exclusiv", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--counting") && r.err().contains("but was 'exclusiv'"), r.err());
        assertEquals("earlier results\n", Files.readString(out.resolve("summary.csv")), "earlier results untouched");
    }

    @org.junit.jupiter.api.Test
    void debugShowsTheStackTrace() throws Exception {
        Fixtures.CliResult r = Fixtures.cli("run", dir.resolve("nope.yaml").toString(), "--debug", "--out",
                out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("\tat org.countysim"), r.err());
    }

    private void assertBadInput(Fixtures.CliResult r, String expected) {
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(expected), "expected «" + expected + "» in: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
        assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
        try {
            assertEquals("earlier results\n", Files.readString(out.resolve("summary.csv")), "earlier results untouched");
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".out.")), "no staging left");
            }
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(1, files.count(), "nothing added to the output directory");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
