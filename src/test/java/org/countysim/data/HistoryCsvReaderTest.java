package org.countysim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.countysim.history.Calibration;
import org.countysim.history.Calibrator;
import org.countysim.history.GrowthObservation;
import org.countysim.history.GrowthSeries;
import org.countysim.history.History;
import org.countysim.history.HistoryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history format (README "History files") and the rule that levels are never differenced across a break. */
class HistoryCsvReaderTest {
    @TempDir
    Path dir;

    History read(String text) throws Exception {
        Path file = dir.resolve("h.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return HistoryCsvReader.read(file);
    }

    @Test
    void theShippedCityHistoryReads() {
        History h = HistoryCsvReader.read(Path.of("data/jining_city_history.csv"));
        assertEquals(List.of(History.CITY), h.units());
        List<HistoryRow> rows = h.rows(History.CITY);
        assertEquals(7, rows.size());
        assertEquals(0.0838, rows.get(0).realGrowth(), 1e-12, "real_growth_pct is percent");
        assertEquals(0, rows.get(3).segment(), "2018: pre-census");
        assertEquals(1, rows.get(4).segment(), "2019 starts the revised series");
        assertEquals(4370.17, rows.get(4).gdpYi());
        assertEquals(1760.01, rows.get(4).sectorsYi()[1]);
    }

    /**
     * 2018 → 2019 crosses the 2018 census revision: the nominal levels fall by 11% (4930.58 → 4370.17) although the
     * economy grew. With a deflator on every row, 2017 and 2018 are derived from the levels, 2019 is not.
     */
    @Test
    void levelsAreNeverDifferencedAcrossABreak() throws Exception {
        History h = read("""
                unit,year,gdp,deflator_pct,basis
                city,2016,4301.82,1.0,pre-census-2018
                city,2017,4636.765,2.0,pre-census-2018
                city,2018,4930.58,2.0,pre-census-2018
                city,2019,4370.17,1.5,revised-census-2018
                city,2020,4494.31,0.5,revised-census-2018
                city,2021,5069.96,4.0,revised-census-2018
                """);
        GrowthSeries.Result s = GrowthSeries.of(h.rows(History.CITY));
        assertEquals(
                List.of(2017, 2018, 2020, 2021),
                s.observations().stream().map(GrowthObservation::year).toList());
        assertTrue(s.observations().stream().allMatch(GrowthObservation::derived));
        assertEquals(4636.765 / 4301.82 / 1.02 - 1, s.observations().get(0).realGrowth(), 1e-12);
        assertTrue(s.observations().stream().allMatch(o -> o.realGrowth() > 0), "no fall of 11% anywhere");
        GrowthSeries.Skipped skipped =
                s.skipped().stream().filter(k -> k.year() == 2019).findFirst().orElseThrow();
        assertTrue(skipped.reason().contains("series break"), skipped.reason());
        Calibration c = Calibrator.calibrate(h, List.of());
        assertEquals(List.of(2017, 2018, 2020, 2021), c.trend().years());
    }

    @Test
    void aSeriesBreakMarkerSplitsLikeAChangeOfBasis() throws Exception {
        History h = read("""
                unit,year,gdp,deflator,series_break
                u1,2017,100,0.01,
                u1,2018,110,0.01,0
                u1,2019,60,0.01,yes
                u1,2020,63,0.01,
                """);
        List<HistoryRow> rows = h.rows("u1");
        assertEquals(List.of(0, 0, 1, 1), rows.stream().map(HistoryRow::segment).toList());
        assertEquals(
                List.of(2018, 2020),
                GrowthSeries.of(rows).observations().stream()
                        .map(GrowthObservation::year)
                        .toList());
    }

    @Test
    void aPublishedGrowthRateIsUsedAcrossTheBreak() throws Exception {
        History h = read("""
                code,year,gdp,real_growth_pct,basis
                370812,2018,700,,old
                370812,2019,515.36,3.8,new
                """);
        assertEquals(
                List.of(2019),
                GrowthSeries.of(h.rows("370812")).observations().stream()
                        .map(GrowthObservation::year)
                        .toList(),
                "a rate compares two years on one basis");
        assertEquals(0.038, h.rows("370812").get(1).realGrowth(), 1e-12);
    }

    @Test
    void theUnitsOfOtherYearsFileReadsAsAHistory() {
        History h = HistoryCsvReader.read(Path.of("data/jining_units_other_years.csv"));
        assertTrue(h.units().contains("370828"), "金乡 2020 (S14)");
        assertFalse(h.units().contains(History.CITY));
    }

    @Test
    void bandsAndFractionsRead() throws Exception {
        History h = read("""
                unit,year,gdp,gdp_low,gdp_high,real_growth
                u1,2021,,500,930,
                u1,2022,980,,,0.051
                """);
        HistoryRow band = h.rows("u1").get(0);
        assertTrue(band.isBand());
        assertEquals(930, band.gdpHighYi());
        assertTrue(h.rows("u1").get(1).hasPointGdp());
        assertEquals(0.051, h.rows("u1").get(1).realGrowth(), 1e-12);
    }

    @Test
    void everyProblemIsReportedWithItsPosition() {
        DataException e = assertThrows(DataException.class, () -> read("""
                unit,year,gdp,real_growth
                u1,2019,100,0.05
                u1,2019,101,0.05
                u2,2020,abc,0.05
                u2,2019,90,8.5
                """));
        String m = e.getMessage();
        assertTrue(m.contains("h.csv:3:2: duplicate year 2019 for unit u1 (first on line 2)"), m);
        assertTrue(m.contains("h.csv:4:3: gdp 'abc' is not a number"), m);
        assertTrue(m.contains("h.csv:5:4: real_growth 8.5 is read as a fraction"), m);
    }

    /**
     * Percent columns: a value below 0.5 among larger ones is read as percent with a warning (5 one by one, then one
     * line for the rest); small deflators are ordinary and not warned about; an empty or zero cell never counts.
     */
    @Test
    void fractionLikePercentsAreWarningsAmongLargerValues() throws Exception {
        StringBuilder csv = new StringBuilder("unit,year,real_growth_pct,deflator_pct\n");
        for (int t = 0; t < 12; t++) {
            csv.append("u1,")
                    .append(2010 + t)
                    .append(',')
                    .append(t < 8 ? "0.0" + (t + 1) : "7")
                    .append(",0.2\n");
        }
        History h = read(csv.toString());
        assertEquals(0.0001, h.rows("u1").get(0).realGrowth(), 1e-15, "read as percent all the same");
        assertEquals(6, h.warnings().size(), h.warnings().toString());
        assertTrue(
                h.warnings()
                        .get(0)
                        .endsWith("h.csv:2:3: real_growth_pct 0.01 means 0.01% real growth; growth that"
                                + " small is possible, but if the cell holds the fraction 0.01 (1%), write 1"),
                h.warnings().get(0));
        assertTrue(
                h.warnings()
                        .get(5)
                        .endsWith("h.csv:7:3: this and 2 later values of real_growth_pct lie below 0.5 in"
                                + " size too: check whether they are fractions"),
                h.warnings().get(5));

        assertEquals(
                List.of(),
                read("unit,year,gdp,real_growth_pct\nu1,2019,100,6\nu1,2020,100,0\nu1,2021,101,\n" + "u1,2022,109,8\n")
                        .warnings());
    }
}
