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
 * The bad-input catalogue of calibrate and backtest (a sibling of {@link BadInputTest}): each case meets one clear
 * message naming file:line:column (or the file and the years at fault), exit code 2, no stack trace, and nothing
 * written.
 */
class HistoryBadInputTest {
    @TempDir
    Path dir;

    Path out;

    /** A city history that both commands accept: base 2019 after the break, actuals 2020 and 2021. */
    static final String GOOD = """
            unit,year,gdp,real_growth_pct,basis
            city,2016,4301.82,7.96,old
            city,2017,4636.77,7.0,old
            city,2018,4930.58,6.0,old
            city,2019,4370.17,,new
            city,2020,4494.31,3.6,new
            city,2021,5069.96,8.5,new
            """;

    /** GOOD with names: unit, name_zh, name_en, year, gdp, real_growth_pct, basis. */
    static final String NAMED =
            GOOD.replace("unit,year,", "unit,name_zh,name_en,year,").replace("city,20", "city,济宁市,Jining,20");

    /** The shipped city history with its last row cut short as a truncated download would leave it. */
    static String shippedCutShort() {
        try {
            String text = Files.readString(Path.of("data", "jining_city_history.csv"));
            int last = text.stripTrailing().lastIndexOf('\n');
            assertTrue(text.substring(last + 1).startsWith("city,济宁市,Jining,2021,5069.96,8.5,"), text);
            return text.substring(0, last + 1) + "city,济宁市,Jining,2021,5069.96,8\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void earlierResults() throws Exception {
        out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("backtest.csv"), "earlier results\n");
    }

    /** @param args extra arguments after the history file (calibrate) or the scenario (backtest) */
    record Case(String name, String command, String history, List<String> args, String expected) {
        @Override
        public String toString() {
            return command + ": " + name;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> c = new ArrayList<>();
        for (String command : List.of("calibrate", "backtest")) {
            c.add(new Case(
                    "missing unit column",
                    command,
                    "year,gdp\n2019,100\n",
                    List.of(),
                    "h.csv:1: missing column 'unit'"));
            c.add(new Case(
                    "non-numeric cell",
                    command,
                    GOOD.replace("4494.31", "4494.3x"),
                    List.of(),
                    "h.csv:6:3: gdp '4494.3x' is not a number"));
            c.add(new Case(
                    "thousands separator",
                    command,
                    GOOD.replace("4494.31", "\"4,494.31\""),
                    List.of(),
                    "h.csv:6:3: gdp '4,494.31' has a thousands separator"));
            c.add(new Case(
                    "duplicate year",
                    command,
                    GOOD.replace("city,2017,", "city,2016,"),
                    List.of(),
                    "h.csv:3:2: duplicate year 2016 for unit city (first on line 2)"));
            c.add(new Case(
                    "years not ascending",
                    command,
                    GOOD.replace("city,2017,", "city,2015,"),
                    List.of(),
                    "h.csv:3:2: year 2015 of unit city comes after 2016 (line 2)"));
            c.add(new Case(
                    "percent in a fraction column",
                    command,
                    GOOD.replace("real_growth_pct", "real_growth"),
                    List.of(),
                    "h.csv:2:4: real_growth 7.96 is read as a fraction"));
            c.add(new Case(
                    "both growth columns",
                    command,
                    GOOD.replace("basis", "real_growth"),
                    List.of(),
                    "h.csv:1: give real_growth (a fraction) or real_growth_pct (percent), not both"));
            c.add(new Case(
                    "unknown unit",
                    command,
                    GOOD,
                    List.of("--units", "cty"),
                    "--units: unknown unit 'cty' (did you mean 'city'?)"));
            c.add(new Case(
                    "misspelt column",
                    command,
                    GOOD.replace("basis", "bassis"),
                    List.of(),
                    "h.csv:1:5: unknown column 'bassis' (did you mean 'basis'?)"));
            c.add(new Case(
                    "bad series_break",
                    command,
                    "unit,year,gdp,real_growth_pct,series_break\ncity,2019,1,3,maybe\n",
                    List.of(),
                    "h.csv:2:5: series_break 'maybe' is not 1/0"));
            c.add(new Case("empty file", command, "", List.of(), "h.csv: the file is empty"));
            c.add(new Case(
                    "row without data",
                    command,
                    GOOD + "city,2022,,,new\n",
                    List.of(),
                    "h.csv:8: the row gives neither GDP nor real growth"));
            // The baseline file's rules (CsvCells), held by the history reader too.
            c.add(new Case(
                    "a file cut short",
                    command,
                    GOOD.replace("city,2021,5069.96,8.5,new", "city,2021,5069.96,8"),
                    List.of(),
                    "h.csv:7: the row has 4 fields but the header has 5 (is the file cut short, or a comma missing?)"));
            c.add(new Case(
                    "the shipped history cut short",
                    command,
                    shippedCutShort(),
                    List.of(),
                    "h.csv:8: the row has 6 fields but the header has 14 (is the file cut short"));
            c.add(new Case(
                    "a value beyond the header",
                    command,
                    GOOD.replace("city,2020,4494.31,3.6,new", "city,2020,4494.31,3.6,new,8.5"),
                    List.of(),
                    "h.csv:6:6: the row has a value beyond the header's 5 columns (a comma inside a name needs the name"
                            + " in double quotes)"));
            c.add(new Case(
                    "a NUL in name_zh",
                    command,
                    NAMED.replaceFirst("济宁市", "济宁\u0000市"),
                    List.of(),
                    "h.csv:2:2: name_zh contains the control character U+0000 at character 3: remove it"));
            c.add(new Case(
                    "a bidirectional override in the unit",
                    command,
                    GOOD.replace("city,2016,", "ci\u202Ety,2016,"),
                    List.of(),
                    "h.csv:2:1: unit contains the control character U+202E at character 3: remove it"));
            c.add(new Case(
                    "a runaway name",
                    command,
                    NAMED.replaceFirst("Jining", "J".repeat(201)),
                    List.of(),
                    "h.csv:2:3: name_en is 201 characters long; at most 200 are allowed"));
            c.add(new Case(
                    "a line break in basis",
                    command,
                    GOOD.replace("3.6,new", "3.6,\"new\nline\""),
                    List.of(),
                    "h.csv:6:5: basis contains the control character U+000A at character 4: remove it"));
            // Fractions in a percent column: refused when the whole column holds them.
            c.add(new Case(
                    "fractions in real_growth_pct",
                    command,
                    GOOD.replace(",7.96,", ",0.0796,")
                            .replace(",7.0,", ",0.07,")
                            .replace(",6.0,", ",0.06,")
                            .replace(",3.6,", ",0.036,")
                            .replace(",8.5,", ",0.085,"),
                    List.of(),
                    "h.csv:2:4: real_growth_pct holds only values below 0.5 in"
                            + " size (0.0796, 0.07, 0.06, …): they look like fractions, but the column is in percent (8.5 = 8.5%);"
                            + " write them in percent, or name the column real_growth if they are fractions"));
            c.add(new Case(
                    "fractions in deflator_pct",
                    command,
                    """
                    unit,year,gdp,deflator_pct
                    city,2017,100,0.01
                    city,2018,106,0.02
                    city,2019,111,-0.005
                    city,2020,118,0.015
                    """,
                    List.of(),
                    "h.csv:2:4: deflator_pct holds only values below 0.1 in size (0.01, 0.02, -0.005, …)"));
        }
        c.add(new Case(
                "fewer than the minimum points",
                "calibrate",
                """
                unit,year,gdp,real_growth_pct,basis
                city,2018,4930.58,,old
                city,2019,4370.17,,new
                city,2020,4494.31,3.6,new
                city,2021,5069.96,8.5,new
                """,
                List.of(),
                "unit city has 2 real growth observations (2020, 2021); the trend needs at least 3;"
                        + " years without one: 2018 (line 2): no real growth given, and no row for 2017 to difference; 2019 (line 3):"
                        + " no real growth given, and 2018 is on another basis (series break)"));
        c.add(new Case(
                "units that never share a year",
                "calibrate",
                """
                unit,year,real_growth_pct
                u1,2015,5
                u1,2016,6
                u2,2018,4
                u2,2019,5
                """,
                List.of(),
                "the units have real growth in the same years fewer than 4 times"));
        c.add(new Case(
                "a break inside the window",
                "backtest",
                GOOD,
                List.of("--base-year", "2018"),
                "h.csv:5:5: a series break between 2018 (basis 'old') and 2019 (basis 'new') lies inside the backtest"
                        + " window 2018–2019 of unit city"));
        c.add(new Case(
                "a base year the file lacks",
                "backtest",
                GOOD,
                List.of("--base-year", "2012"),
                "h.csv: no row for the base year 2012; years in the file: 2016, 2017, 2018, 2019, 2020, 2021"));
        c.add(new Case(
                "a unit without its base year",
                "backtest",
                GOOD + "u2,2020,300,,new\n",
                List.of(),
                "h.csv:8:2: unit u2 has figures after the base year 2019 but no row for 2019 to start from"));
        c.add(new Case(
                "nothing after the base year",
                "backtest",
                GOOD,
                List.of("--base-year", "2021"),
                "h.csv: no GDP figure after the base year 2021 to score"));
        c.add(new Case(
                "a base year without GDP",
                "backtest",
                GOOD.replace("city,2019,4370.17,,new", "city,2019,,3.4,new"),
                List.of(),
                "h.csv:5:3: unit city has no GDP in the base year 2019 to start from"));
        return c.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badHistoryGivesOneClearMessage(Case c) throws Exception {
        Path history = dir.resolve("h.csv");
        Files.writeString(history, c.history());
        List<String> args = new ArrayList<>();
        args.add(c.command());
        Path fragment = out.resolve("fragment.yaml");
        if (c.command().equals("calibrate")) {
            args.addAll(List.of(history.toString(), "--out", fragment.toString()));
        } else {
            Path scenario =
                    new Fixtures(dir).baseline(Fixtures.exact("u1", 100)).scenario();
            args.addAll(List.of(
                    scenario.toString(),
                    "--actuals",
                    history.toString(),
                    "--trials",
                    "100",
                    "--no-charts",
                    "--out",
                    out.toString()));
            if (!c.args().contains("--base-year")) {
                args.addAll(List.of("--base-year", "2019"));
            }
        }
        args.addAll(c.args());
        Fixtures.CliResult r = Fixtures.cli(args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.err() + r.out());
        assertTrue(r.err().contains(c.expected()), "expected «" + c.expected() + "» in: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
        assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
        assertEquals("earlier results\n", Files.readString(out.resolve("backtest.csv")), "earlier results untouched");
        assertFalse(Files.exists(fragment), "no fragment written");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "nothing added to the output directory");
        }
    }
}
