package org.countysim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.countysim.model.CompiledModel;
import org.countysim.model.Measure;
import org.countysim.model.MetricSet;
import org.countysim.result.Contrasts;
import org.countysim.result.Summarizer;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.result.WeightedSummarizer;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weighted results (model.md §11) are a function of the seed alone: the same bytes for any thread count and chunk
 * size, a run of N trials the prefix of a run of 2N; evidence every trial satisfies changes no estimate; and a
 * paired (compare, sweep) estimate equals the run's.
 */
class EvidenceWeightsTest {
    @TempDir
    Path dir;

    /** Two banded units with shocks and a project; evidence on the base year and on a projected year. */
    private CompiledModel model(String evidence) throws Exception {
        return new Fixtures(dir)
                .baseline(
                        Fixtures.banded("u1", 80, 120),
                        Fixtures.banded("u2", 100, 140),
                        "z1,,z1,zone,2021,,10,30,band,test")
                .with("name", "name: t\nuniverse: {kinds: [county]}")
                .with("horizon", "horizon: 2024")
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.05, sd: 0.01}")
                .with("shocks", "shocks: {common_sd: 0.02, unit_sd: 0.03, rho: 0.4}")
                .with("interventions", """
                        interventions:
                          - {id: p, kind: project, counties: all, count: {dist: discrete, values: [0, 1, 2]},
                             output: {dist: pert, min: 5, mode: 10, max: 30}, va_ratio: 0.3, success: 0.6,
                             start: {dist: discrete, values: [2022, 2023]}}
                        """)
                .with("evidence", evidence)
                .compile()
                .model();
    }

    private static final String EVIDENCE = """
            evidence:
              - {units: all, year: 2021, value: 245, sd: 6}
              - {units: [u1], year: 2023, value: 118, within: 8}
            """;

    private static String text(Summary s) {
        StringBuilder b = new StringBuilder();
        b.append(s.ess())
                .append(s.tiers().allMet())
                .append(s.tiers().exactAll())
                .append('\n');
        for (Summary.UnitYear u : s.unitYears()) {
            b.append(u.mean())
                    .append(java.util.Arrays.toString(u.quantiles()))
                    .append(java.util.Arrays.toString(u.pBand()))
                    .append(java.util.Arrays.toString(u.pBandSe()))
                    .append(java.util.Arrays.toString(u.pReach()));
        }
        for (Summary.CityYear c : s.city()) {
            b.append(c.mean()).append(java.util.Arrays.toString(c.quantiles()));
        }
        for (Summary.Band band : s.tiers().bands()) {
            b.append(java.util.Arrays.toString(band.inBand().p()))
                    .append(java.util.Arrays.toString(band.inBand().pSe()))
                    .append(band.inBand().p5())
                    .append(band.reaching().p95())
                    .append(band.met())
                    .append(band.exact())
                    .append(band.reaching().mean());
        }
        return b.toString();
    }

    private static String conditioned(CompiledModel m, Tally t) {
        StringBuilder b = new StringBuilder(
                text(WeightedSummarizer.summarize(t, m.evidence(), m.thresholds(), m.targets(), 2021, List.of())));
        for (var f : WeightedSummarizer.conditioning(t, m.evidence()).observations()) {
            b.append(java.util.Arrays.toString(f.prior()))
                    .append(java.util.Arrays.toString(f.conditioned()))
                    .append(f.priorBelow())
                    .append(f.lowest())
                    .append(f.highest());
        }
        return b.toString();
    }

    @Test
    void threadsAndChunksChangeNoWeightedResult() throws Exception {
        CompiledModel m = model(EVIDENCE);
        long n = 10_000;
        String one = conditioned(m, new SimulationEngine(m).run(n, 5, 1));
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(one, conditioned(m, new SimulationEngine(m).run(n, 5, threads)), threads + " threads");
        }
        boolean[] tallied = {true};
        for (int chunk : new int[] {1, 7, 128}) {
            Tally t = new SimulationEngine(List.of(m), tallied, Contrasts.NONE, chunk).run(n, 5, 3);
            assertEquals(one, conditioned(m, t), "chunks of " + chunk);
        }
    }

    @Test
    void aWeightedRunOfNIsAPrefixOfARunOf2N() throws Exception {
        CompiledModel m = model(EVIDENCE);
        long n = 4 * SimulationEngine.BLOCK_SIZE;
        SimulationEngine engine = new SimulationEngine(m);
        SimulationEngine.Session session = engine.start(77, 2);
        session.advanceTo(n, done -> {});
        assertEquals(
                conditioned(m, engine.run(n, 77, 1)),
                conditioned(m, session.result().tallies()[0]));
        session.advanceTo(2 * n, done -> {});
        assertEquals(
                conditioned(m, engine.run(2 * n, 77, 3)),
                conditioned(m, session.result().tallies()[0]));
    }

    /**
     * Evidence that every trial satisfies gives every trial the weight 1: the conditioned probabilities, means and
     * quantiles equal the prior's (the SEs differ: the delta method's n in place of n − 1 for means).
     */
    @Test
    void evidenceEveryTrialSatisfiesChangesNoEstimate() throws Exception {
        CompiledModel m = model("evidence:\n  - {units: all, year: 2021, value: 250, within: 1000}\n");
        Tally t = new SimulationEngine(m).run(5000, 9, 2);
        Summary prior = Summarizer.summarize(t, m.thresholds(), m.targets(), 2021, List.of());
        Summary given = WeightedSummarizer.summarize(t, m.evidence(), m.thresholds(), m.targets(), 2021, List.of());
        assertEquals(5000, given.ess(), 1e-9, "ESS of equal weights is the number of trials");
        assertEquals(prior.tiers().allMet().value(), given.tiers().allMet().value(), 0);
        assertEquals(prior.tiers().allMet().se(), given.tiers().allMet().se(), 1e-12, "sqrt(p(1−p)/N) both ways");
        for (int i = 0; i < prior.unitYears().size(); i++) {
            Summary.UnitYear a = prior.unitYears().get(i);
            Summary.UnitYear b = given.unitYears().get(i);
            if (a.year() == 2021) {
                assertArrayEquals(a.quantiles(), b.quantiles(), 0, "the weighted sketch with weights 1 is the sketch");
            } else {
                assertTrue(
                        Double.isNaN(a.quantiles()[0]),
                        "a conditioned run keeps the prior's sketches for the base" + " year only");
            }
            assertArrayEquals(a.pBand(), b.pBand(), 0);
            assertEquals(
                    a.mean().value(), b.mean().value(), 1e-9 * Math.abs(a.mean().value()));
            assertEquals(
                    a.mean().se() * Math.sqrt(4999.0 / 5000),
                    b.mean().se(),
                    1e-9 * a.mean().se());
        }
    }

    /** A variant run side by side (compare, sweep, solve) estimates what the run does, with the same weights. */
    @Test
    void pairedEstimatesEqualTheRunsOwn() throws Exception {
        CompiledModel m = model(EVIDENCE);
        long n = 6000;
        Tally t = new SimulationEngine(m).run(n, 3, 2);
        Summary given = WeightedSummarizer.summarize(t, m.evidence(), m.thresholds(), m.targets(), 2021, List.of());
        var paired = new SimulationEngine(List.of(m), new boolean[] {false}, Contrasts.identity(List.of("a")))
                .runAll(n, 3, 3)
                .paired();
        int all = MetricSet.of(m).of(Measure.ALL_MET).position();
        int city = MetricSet.of(m).of(Measure.CITY_GDP).position();
        assertEquals(given.tiers().allMet().value(), paired.estimate(0, all).value(), 0, "the same weighted sum");
        assertEquals(given.tiers().allMet().se(), paired.estimate(0, all).se(), 1e-12);
        Summary.CityYear horizon = given.city().get(given.city().size() - 1);
        assertEquals(
                horizon.mean().value(),
                paired.estimate(0, city).value(),
                1e-9 * horizon.mean().value());
        assertEquals(
                horizon.mean().se(),
                paired.estimate(0, city).se(),
                1e-6 * horizon.mean().se());
        assertEquals(given.ess(), paired.ess(0), 1e-9 * given.ess());
        assertTrue(given.ess() < n / 2.0, "the evidence weighs: ESS " + given.ess() + " of " + n);
    }
}
