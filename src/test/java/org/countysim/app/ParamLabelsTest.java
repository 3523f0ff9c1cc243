package org.countysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.MetricSet;
import org.countysim.model.TargetForm;
import org.countysim.model.Targets;
import org.countysim.report.ParamAxis;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.WholeNumberFields;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readable parameter names for charts, the fields solved in whole numbers, and the forms of --target. */
class ParamLabelsTest {
    @TempDir
    Path dir;

    @Test
    void interventionsAreNamedByTheirLabelAndKnownPathsInWords() throws Exception {
        Scenario sc = new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100))
                .with("interventions", """
                interventions:
                  - {id: boost, label: 技术改造, kind: program, quantity: 4, allocation: by_gdp, unit_cost: 1}
                """)
                .compile()
                .scenario();
        assertEquals(
                new ParamAxis("interventions[boost].quantity", "技术改造：每年数量", "boost: quantity a year"),
                ParamLabels.of(sc, "interventions[boost].quantity"));
        assertEquals(
                "技术改造：单位成本（亿元）",
                ParamLabels.of(sc, "interventions[0].unit_cost").zh(),
                "by index too");
        assertEquals(
                "trend real growth", ParamLabels.of(sc, "trend.real_growth").en());
        assertEquals(
                "tiers.bands[0].threshold",
                ParamLabels.of(sc, "tiers.bands[0].threshold").en(),
                "else the path");
    }

    @Test
    void countsAreWholeNumberFields() {
        for (String p : List.of(
                "interventions[tech-upgrade].quantity",
                "interventions[sanbai].count",
                "interventions[2].start",
                "interventions[x].years.from",
                "tiers.bands[0].target")) {
            assertTrue(WholeNumberFields.contains(p), p);
        }
        for (String p : List.of("trend.real_growth", "interventions[x].unit_cost", "tiers.bands[0].threshold")) {
            assertFalse(WholeNumberFields.contains(p), p);
        }
    }

    @Test
    void targetsNameTheMetricsOfSweepWithShortForms() {
        MetricSet metrics = new MetricSet(new double[] {300}, Targets.of(TargetForm.BANDS, new int[] {2}), 2025);
        assertEquals(
                "p_all_met", SolveTarget.parse("P(all)>=0.8", metrics).metric().id());
        assertEquals(
                "p_met_300",
                SolveTarget.parse(" P(300.0) > 0.5 ", metrics).metric().id());
        assertEquals(
                "mean_count_300",
                SolveTarget.parse("mean_count_300>=1", metrics).metric().id());
        SolveTarget gdp = SolveTarget.parse("city_gdp<=6000", metrics);
        assertTrue(gdp.reached(5999) && !gdp.reached(6001));
        assertEquals(-1.0, gdp.margin(6001));
        assertThrows(CountySimException.class, () -> SolveTarget.parse("P(all)>=1.5", metrics));
        assertThrows(CountySimException.class, () -> SolveTarget.parse("P(400)>=0.5", metrics));
    }
}
