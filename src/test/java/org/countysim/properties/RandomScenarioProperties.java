package org.countysim.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import org.countysim.model.Counting;
import org.countysim.result.Summary;
import org.countysim.testing.Fixtures;

/**
 * Random valid scenarios (units, bands, trend, shocks, every intervention kind): the run never fails, every
 * output is finite, quantiles are ordered, probabilities lie in [0, 1], and exclusive counts add up.
 */
class RandomScenarioProperties {
    private final List<Path> dirs = new ArrayList<>();

    @AfterTry
    void cleanUp() throws Exception {
        for (Path d : dirs) {
            try (var files = Files.walk(d)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        dirs.clear();
    }

    record Spec(
            List<double[]> units,
            List<Double> thresholds,
            List<Integer> targets,
            double growth,
            double growthSd,
            double commonSd,
            double unitSd,
            double rho,
            int horizon,
            List<String> interventions,
            long seed) {}

    @Provide
    Arbitrary<Spec> specs() {
        Arbitrary<double[]> unit = Combinators.combine(
                        Arbitraries.doubles().between(1, 5000),
                        Arbitraries.doubles().between(0, 2))
                .as((low, width) -> new double[] {low, low * (1 + width)});
        Arbitrary<List<double[]>> units = unit.list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<Double>> thresholds = Arbitraries.doubles()
                .between(10, 8000)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .uniqueElements(d -> Math.round(d));
        Arbitrary<List<Integer>> targets =
                Arbitraries.integers().between(0, 8).list().ofSize(4);
        Arbitrary<String> intervention = Arbitraries.oneOf(
                Arbitraries.doubles()
                        .between(0, 200)
                        .map(o -> String.format(
                                Locale.ROOT,
                                "{kind: project, counties: all, count: {dist: discrete, values: [0, 1, 2]}, output: {dist: pert,"
                                        + " min: 0, mode: %.3f, max: %.3f}, va_ratio: {dist: uniform, min: 0.2, max: 0.3},"
                                        + " success: 0.6, start: {dist: discrete, values: [2020, 2022, 2024]}, capex: %.3f,"
                                        + " demand_multiplier: 0.3}",
                                o / 2,
                                o,
                                o)),
                Arbitraries.doubles()
                        .between(0, 5000)
                        .map(q -> String.format(
                                Locale.ROOT,
                                "{kind: program, quantity: %.1f, allocation: by_sector:secondary, unit_cost: {dist: lognormal,"
                                        + " median: 0.1, sigma: 0.5}, demand_multiplier: 0.2, return: 0.1, unit_output: 0.001,"
                                        + " sector: tertiary}",
                                q)),
                Arbitraries.doubles()
                        .between(-0.05, 0.05)
                        .map(d -> String.format(
                                Locale.ROOT,
                                "{kind: growth, delta: {dist: normal, mean: %.4f, sd: 0.01, scope: county-year},"
                                        + " sectors: [primary, tertiary]}",
                                d)));
        return Combinators.combine(
                        units,
                        thresholds,
                        targets,
                        Arbitraries.doubles().between(-0.1, 0.2),
                        Arbitraries.doubles().between(0, 0.05),
                        Arbitraries.doubles().between(0, 0.08),
                        Arbitraries.doubles().between(0, 0.1),
                        Arbitraries.doubles().between(-0.9, 0.9))
                .flatAs((u, th, ta, g, gs, cs, us, r) -> Combinators.combine(
                                Arbitraries.integers().between(2022, 2030),
                                intervention.list().ofMaxSize(3),
                                Arbitraries.longs())
                        .as((h, iv, seed) -> new Spec(u, th, ta, g, gs, cs, us, r, h, iv, seed)));
    }

    private Summary run(Spec spec) throws Exception {
        Path dir = Files.createTempDirectory("countysim-prop");
        dirs.add(dir);
        String[] rows = new String[spec.units().size()];
        for (int i = 0; i < rows.length; i++) {
            double[] u = spec.units().get(i);
            rows[i] = Fixtures.banded("u" + i, Math.round(u[0] * 100) / 100.0, Math.round(u[1] * 100) / 100.0 + 0.01);
        }
        // half the scenarios state their targets cumulatively: the running sums over the thresholds from the top
        boolean cumulative = (spec.seed() & 1) == 0;
        StringBuilder bands = new StringBuilder(
                "tiers:\n  counting: both\n  targets: " + (cumulative ? "cumulative" : "bands") + "\n  bands:\n");
        List<Double> descending = spec.thresholds().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        int running = 0;
        for (int k = 0; k < descending.size(); k++) {
            running += spec.targets().get(k);
            bands.append(String.format(
                    Locale.ROOT,
                    "    - {threshold: %d, target: %d}%n",
                    Math.round(descending.get(k)),
                    cumulative ? running : spec.targets().get(k)));
        }
        StringBuilder list = new StringBuilder("interventions:\n");
        for (int i = 0; i < spec.interventions().size(); i++) {
            list.append("  - ")
                    .append(spec.interventions().get(i).replace("{kind", "{id: i" + i + ", kind"))
                    .append('\n');
        }
        if (spec.interventions().isEmpty()) {
            list.append("  []\n");
        }
        return new Fixtures(dir)
                .baseline(rows)
                .with("horizon", "horizon: " + spec.horizon())
                .with("tiers", bands.toString())
                .with(
                        "trend",
                        String.format(
                                Locale.ROOT,
                                "trend:\n  real_growth: {dist: normal, mean: %.4f, sd: %.4f}",
                                spec.growth(),
                                spec.growthSd()))
                .with(
                        "shocks",
                        String.format(
                                Locale.ROOT,
                                "shocks: {common_sd: %.4f, unit_sd: %.4f, rho: %.3f}",
                                spec.commonSd(),
                                spec.unitSd(),
                                spec.rho()))
                .with("deflator", "deflator: {dist: normal, mean: 0.01, sd: 0.02, scope: year}")
                .with("interventions", list.toString())
                .summary(300, spec.seed());
    }

    @Property
    void outputsAreFiniteOrderedAndConsistent(@ForAll("specs") Spec spec) throws Exception {
        Summary s = run(spec);
        int units = spec.units().size();
        Summary.Tiers t = s.tiers();
        assertProbability(t.allMet().value());
        assertProbability(t.exactAll().value());
        for (Summary.Band b : t.bands()) {
            assertProbability(b.met().value());
            assertProbability(b.exact().value());
            for (Counting counting : Counting.values()) {
                Summary.CountDistribution d = b.count(counting);
                assertTrue(Double.isFinite(d.mean().value()) && d.mean().value() <= units);
                assertTrue(d.p5() <= d.p50() && d.p50() <= d.p95());
                double total = 0;
                for (double p : d.p()) {
                    assertProbability(p);
                    total += p;
                }
                assertEquals(1, total, 1e-9);
            }
        }
        // all met needs each target met, and the exact structure needs each band exact
        double leastMet =
                t.bands().stream().mapToDouble(b -> b.met().value()).min().orElse(1);
        double leastExact =
                t.bands().stream().mapToDouble(b -> b.exact().value()).min().orElse(1);
        assertTrue(t.allMet().value() <= leastMet + 1e-12, "P(all met) ≤ every P(met)");
        assertTrue(t.exactAll().value() <= leastExact + 1e-12, "P(exact structure) ≤ every P(exact)");
        double exclusiveTotal =
                t.bands().stream().mapToDouble(b -> b.inBand().mean().value()).sum();
        Summary.Band lowest = t.bands().get(t.bands().size() - 1);
        assertEquals(
                lowest.reaching().mean().value(),
                exclusiveTotal,
                1e-9 * Math.max(1, exclusiveTotal),
                "the units in the bands are the units at or above the lowest threshold");
        double reachLowest = 0;
        for (Summary.UnitYear u : s.unitYears()) {
            assertTrue(Double.isFinite(u.mean().value())
                    && Double.isFinite(u.mean().se()));
            for (int q = 1; q < u.quantiles().length; q++) {
                assertTrue(u.quantiles()[q - 1] <= u.quantiles()[q], "quantiles ordered");
            }
            double bandTotal = 0;
            for (double p : u.pBand()) {
                assertProbability(p);
                bandTotal += p;
            }
            assertEquals(1, bandTotal, 1e-9, "each unit is in exactly one exclusive band");
            for (int k = 1; k < u.pReach().length; k++) {
                assertTrue(
                        u.pReach()[k - 1].value() <= u.pReach()[k].value(), "lower thresholds are reached more often");
            }
            if (u.year() == spec.horizon()) {
                reachLowest += u.pReach()[u.pReach().length - 1].value();
            }
        }
        assertEquals(
                reachLowest, exclusiveTotal, 1e-9, "exclusive counts add up to the units above the lowest threshold");
        assertTrue(exclusiveTotal <= units + 1e-9);
        for (Summary.CityYear c : s.city()) {
            assertTrue(Double.isFinite(c.mean().value()));
        }
    }

    private static void assertProbability(double p) {
        assertTrue(p >= 0 && p <= 1, "probability " + p);
    }
}
