package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calibrate and backtest through the CLI (issue 13). */
class HistoryCommandsTest {
    static final Path CITY = Path.of("data", "jining_city_history.csv");
    static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    @TempDir
    Path dir;

    /** 8.38, 7.96, 3.6, 8.5: mean 7.11%, sd 2.351% (SE 2.351/√4 and 2.351/√6). */
    @Test
    void calibrateTheShippedCityHistory() throws Exception {
        Path fragment = dir.resolve("calibration.yaml");
        Fixtures.CliResult r = Fixtures.cli("calibrate", CITY.toString(), "--out", fragment.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String expected : List.of(
                "one series, unit city",
                "2015 8.38%, 2016 7.96%, 2020 3.60%, 2021 8.50%",
                "trend real growth μ   7.11%     ±1.18     4    2015–2016, 2020–2021",
                "σ_common              2.35%     ±0.96",
                "2018 is on another basis (series break)",
                "fragment: " + fragment)) {
            assertTrue(r.out().contains(expected), "«" + expected + "» in\n" + r.out());
        }
        String yaml = Files.readString(fragment);
        assertTrue(yaml.contains("real_growth: {dist: normal, mean: 0.0711, sd: 0.0118}"), yaml);
        assertTrue(yaml.contains("common_sd: 0.0235"), yaml);
        assertTrue(yaml.contains("years 2015–2016, 2020–2021"), yaml);

        // The fragment is a scenario's trend and shocks as they stand: a scenario made with it validates.
        String body = yaml.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        Path scenario = new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100))
                .without("trend")
                .without("shocks")
                .with("calibrated", body.strip())
                .scenario();
        Fixtures.CliResult v = Fixtures.cli("validate", scenario.toString());
        assertEquals(0, v.exitCode(), v.err() + "\n" + Files.readString(scenario));

        // A second run replaces its own fragment; a file countysim did not write is refused.
        assertEquals(
                0,
                Fixtures.cli("calibrate", CITY.toString(), "--out", fragment.toString())
                        .exitCode());
        Path notes = dir.resolve("notes.yaml");
        Files.writeString(notes, "my notes\n");
        Fixtures.CliResult refused = Fixtures.cli("calibrate", CITY.toString(), "--out", notes.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("was not written by countysim"), refused.err());
        assertEquals("my notes\n", Files.readString(notes));
    }

    /**
     * A fraction typed into a percent column among percent values (0.0838 for 8.38%) is read as 0.0838%, which real
     * growth can be: not an error, but a warning naming the cell, on the console and in the fragment or manifest.
     */
    @Test
    void aFractionAmongPercentsIsAWarningNamingItsCell() throws Exception {
        Path history = dir.resolve("h.csv");
        Files.writeString(history, Files.readString(CITY).replace(",8.38,", ",0.0838,"));
        String warning = "warning: " + history + ":2:6: real_growth_pct 0.0838 means 0.0838% real growth; growth that"
                + " small is possible, but if the cell holds the fraction 0.0838 (8.38%), write 8.38";

        Path fragment = dir.resolve("f.yaml");
        Fixtures.CliResult r = Fixtures.cli("calibrate", history.toString(), "--out", fragment.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(warning), r.out());
        assertTrue(Files.readString(fragment).contains("# " + warning), Files.readString(fragment));

        Path out = dir.resolve("bt");
        r = Fixtures.cli(
                "backtest",
                RunCommandTest.PLAN.toString(),
                "--base-year",
                "2019",
                "--actuals",
                history.toString(),
                "--trials",
                "1000",
                "--no-charts",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(warning), r.out());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("real_growth_pct 0.0838 means"));

        // Small real growth in a few years only, or in the whole column with too few values to tell: warnings.
        Files.writeString(
                history,
                "unit,year,real_growth_pct\ncity,2018,6.5\ncity,2019,0.3\ncity,2020,-0.2\n" + "city,2021,8.1\n");
        r = Fixtures.cli("calibrate", history.toString(), "--out", fragment.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                r.out().contains(":3:3: real_growth_pct 0.3 means 0.3% real growth")
                        && r.out().contains(":4:3: real_growth_pct -0.2 means -0.2% real growth"),
                r.out());
        Files.writeString(
                history, "unit,year,gdp,real_growth_pct\ncity,2019,100,\ncity,2020,102,0.3\n" + "city,2021,104,0.4\n");
        r = Fixtures.cli(
                "backtest",
                RunCommandTest.PLAN.toString(),
                "--base-year",
                "2019",
                "--actuals",
                history.toString(),
                "--trials",
                "1000",
                "--no-charts",
                "--json",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"warnings\"") && r.out().contains("real_growth_pct 0.4 means"), r.out());

        // The shipped file: no warning.
        r = Fixtures.cli("calibrate", CITY.toString(), "--out", fragment.toString());
        assertFalse(r.out().contains("warning"), r.out());
    }

    /** backtest takes the run options listed in the README and refuses those that would do nothing there. */
    @Test
    void backtestTakesQuietAndRefusesOptionsItCannotHonour() throws Exception {
        List<String> base = List.of(
                "backtest",
                RunCommandTest.PLAN.toString(),
                "--base-year",
                "2019",
                "--actuals",
                CITY.toString(),
                "--trials",
                "1000",
                "--no-charts",
                "--out",
                dir.resolve("bt").toString());
        List<String> quiet = new java.util.ArrayList<>(base);
        quiet.add("--quiet");
        Fixtures.CliResult r = Fixtures.cli(quiet.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        for (List<String> refused : List.of(
                List.of("--counting", "both"),
                List.of("--encoding", "GB18030"),
                List.of("--precision", "0.01"),
                List.of("--max-trials", "5000"))) {
            List<String> args = new java.util.ArrayList<>(base);
            args.addAll(refused);
            r = Fixtures.cli(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), refused + ": " + r.err());
            assertTrue(r.err().contains("Unknown option") && r.err().contains(refused.get(0)), r.err());
        }
        // run still takes them
        assertEquals(
                0,
                Fixtures.cli(
                                "run",
                                RunCommandTest.PLAN.toString(),
                                "--trials",
                                "500",
                                "--attribution-trials",
                                "0",
                                "--no-charts",
                                "--counting",
                                "both",
                                "--encoding",
                                "auto",
                                "--quiet",
                                "--out",
                                dir.resolve("run").toString())
                        .exitCode());
    }

    @Test
    void calibrateAPanelGivesUnitShocksAndPersistence() throws Exception {
        StringBuilder csv = new StringBuilder("unit,year,real_growth_pct\n");
        double[] common = {1.0, -0.5, 0.3, -1.2, 0.8, 0.1};
        for (int c = 0; c < 4; c++) {
            for (int t = 0; t < common.length; t++) {
                csv.append("u")
                        .append(c)
                        .append(',')
                        .append(2010 + t)
                        .append(',')
                        .append(6 + common[t] + 0.3 * ((c * 7 + t * 3) % 5 - 2))
                        .append('\n');
            }
        }
        Path file = dir.resolve("panel.csv");
        Files.writeString(file, csv);
        Path fragment = dir.resolve("p.yaml");
        Fixtures.CliResult r = Fixtures.cli("calibrate", file.toString(), "--out", fragment.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("panel of units u0, u1, u2, u3"), r.out());
        assertTrue(r.out().contains("σ_c ") && r.out().contains("ρ "), r.out());
        String yaml = Files.readString(fragment);
        assertTrue(yaml.contains("unit_sd: ") && yaml.contains("rho: "), yaml);
    }

    @Test
    void backtestTheShippedCityFrom2019() throws Exception {
        Path out = dir.resolve("bt");
        Fixtures.CliResult r = Fixtures.cli(
                "backtest",
                RunCommandTest.PLAN.toString(),
                "--base-year",
                "2019",
                "--actuals",
                CITY.toString(),
                "--trials",
                "4000",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("from 2019: 4000 trials"), r.out());
        assertTrue(r.out().contains("note: the city is projected as one unit"), r.out());
        assertTrue(r.out().contains("note: the scenario's evidence is left out"), "scored unconditioned: " + r.out());
        List<CSVRecord> rows = RunCommandTest.read(out.resolve("backtest.csv"));
        assertEquals(
                List.of("2020", "2021"), rows.stream().map(x -> x.get("year")).toList());
        assertEquals("4494.31", rows.get(0).get("actual"));
        for (CSVRecord row : rows) {
            double pit = Double.parseDouble(row.get("pit"));
            assertTrue(pit > 0 && pit < 1, row.toString());
            assertTrue(Double.parseDouble(row.get("p5")) < Double.parseDouble(row.get("p95")));
        }
        assertTrue(Files.size(out.resolve("backtest.png")) > 1000);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"command\" : \"backtest\""));

        Path other = dir.resolve("bt3");
        assertEquals(
                0,
                Fixtures.cli(
                                "backtest",
                                RunCommandTest.PLAN.toString(),
                                "--base-year",
                                "2019",
                                "--actuals",
                                CITY.toString(),
                                "--trials",
                                "4000",
                                "--threads",
                                "3",
                                "--no-charts",
                                "--out",
                                other.toString())
                        .exitCode());
        assertArrayEquals(
                Files.readAllBytes(out.resolve("backtest.csv")),
                Files.readAllBytes(other.resolve("backtest.csv")),
                "same scores for any thread count");
    }

    /**
     * With a fixed trend of 5%, no common shock, ρ = 0 and no deflator, each unit's 2022 GDP from an exact 100 is
     * N(105, 2²) exactly (unit_sd 0.02). The pipeline's PIT must then be Φ(z) and its CRPS the normal closed form,
     * row by row, and a band [103, 107] must hold Φ(1) − Φ(−1) of the mass: within 4 Monte Carlo SE (false failure
     * ≈ 6e-5 each). The CRPS estimator's SE is at most 2σ/√N (its linear part is 2-Lipschitz in X).
     */
    @Test
    void backtestScoresMatchClosedFormsEndToEnd() throws Exception {
        Path scenario = new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100))
                .with("simulation", "simulation: {trials: 20000, seed: 5}")
                .with("trend", "trend:\n  real_growth: 0.05")
                .with("shocks", "shocks: {common_sd: 0, unit_sd: 0.02, rho: 0}")
                .scenario();
        StringBuilder csv = new StringBuilder("unit,year,gdp,gdp_low,gdp_high\n");
        int units = 20;
        for (int c = 0; c < units; c++) {
            double z = STANDARD.inverseCumulativeProbability((c + 0.5) / units);
            csv.append("u").append(c).append(",2021,100,,\n");
            csv.append("u").append(c).append(",2022,").append(105 + 2 * z).append(",,\n");
        }
        csv.append("band,2021,100,,\nband,2022,,103,107\n");
        Path actuals = dir.resolve("actuals.csv");
        Files.writeString(actuals, csv);
        Path out = dir.resolve("bt");
        Fixtures.CliResult r = Fixtures.cli(
                "backtest",
                scenario.toString(),
                "--base-year",
                "2021",
                "--actuals",
                actuals.toString(),
                "--no-charts",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> rows = RunCommandTest.read(out.resolve("backtest.csv"));
        assertEquals(units + 1, rows.size());
        int n = 20000;
        for (int c = 0; c < units; c++) {
            CSVRecord row = rows.get(c);
            double p = (c + 0.5) / units;
            double y = Double.parseDouble(row.get("actual"));
            McAssert.probability(p, Double.parseDouble(row.get("pit")), n, "PIT of " + row.get("unit"));
            McAssert.withinSe(
                    normalCrps(105, 2, y),
                    Double.parseDouble(row.get("crps")),
                    2 * 2 / Math.sqrt(n),
                    "CRPS of " + row.get("unit"));
            McAssert.withinSe(105, Double.parseDouble(row.get("mean")), 2 / Math.sqrt(n), "mean");
        }
        CSVRecord band = rows.get(units);
        assertEquals("", band.get("pit"));
        assertEquals("103", band.get("band_low"));
        double mass = STANDARD.cumulativeProbability(1) - STANDARD.cumulativeProbability(-1);
        McAssert.probability(mass, Double.parseDouble(band.get("p_band")), n, "P(band)");
    }

    static double normalCrps(double mu, double sigma, double y) {
        double z = (y - mu) / sigma;
        return sigma
                * (z * (2 * STANDARD.cumulativeProbability(z) - 1) + 2 * STANDARD.density(z) - 1 / Math.sqrt(Math.PI));
    }
}
