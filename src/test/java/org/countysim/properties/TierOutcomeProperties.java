package org.countysim.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.countysim.model.TargetForm;
import org.countysim.model.Targets;
import org.countysim.model.TierOutcome;

/**
 * The tier-counting function on random trials (model.md §4): raising any unit's GDP never turns a met target,
 * or all met, false; all met is the sorted-GDP reading; the exact structure implies all met. GDPs and thresholds
 * are whole numbers so that ties (a unit exactly at a threshold, which reaches it) come up often.
 */
class TierOutcomeProperties {

    /** A trial: GDPs, thresholds (descending, distinct), targets in either form, and a raise of one unit. */
    record Trial(double[] gdp, double[] thresholds, Targets targets, int unit, double raise) {
        @Override
        public String toString() {
            return "gdp " + Arrays.toString(gdp) + ", thresholds " + Arrays.toString(thresholds) + ", " + targets
                    + ", raise unit " + unit + " by " + raise;
        }
    }

    @Provide
    Arbitrary<Trial> trials() {
        Arbitrary<double[]> thresholds = Arbitraries.integers()
                .between(1, 60)
                .set()
                .ofMinSize(1)
                .ofMaxSize(5)
                .map(set -> set.stream()
                        .sorted((a, b) -> b - a)
                        .mapToDouble(Integer::doubleValue)
                        .toArray());
        Arbitrary<double[]> gdp = Arbitraries.integers()
                .between(0, 70)
                .list()
                .ofMinSize(1)
                .ofMaxSize(15)
                .map(l -> l.stream().mapToDouble(Integer::doubleValue).toArray());
        return Combinators.combine(
                        thresholds,
                        gdp,
                        Arbitraries.integers().between(0, 6).list().ofSize(5),
                        Arbitraries.of(TargetForm.values()),
                        Arbitraries.integers().between(0, 14),
                        Arbitraries.integers().between(0, 40))
                .as((th, y, stated, form, unit, raise) -> {
                    int[] t = stated.subList(0, th.length).stream()
                            .mapToInt(Integer::intValue)
                            .toArray();
                    if (form == TargetForm.CUMULATIVE) {
                        for (int k = 1; k < t.length; k++) {
                            t[k] += t[k - 1];
                        }
                    }
                    return new Trial(y, th, Targets.of(form, t), unit % y.length, raise);
                });
    }

    @Property
    void raisingAUnitNeverUnmeetsATarget(@ForAll("trials") Trial t) {
        TierOutcome before = TierOutcome.of(t.gdp(), t.thresholds(), t.targets());
        double[] raised = t.gdp().clone();
        raised[t.unit()] += t.raise();
        TierOutcome after = TierOutcome.of(raised, t.thresholds(), t.targets());
        for (int k = 0; k < t.thresholds().length; k++) {
            assertTrue(!before.met()[k] || after.met()[k], "met_" + k + " turned false: " + t);
            assertTrue(after.reaching()[k] >= before.reaching()[k], "N_" + k + " fell: " + t);
        }
        assertTrue(!before.allMet() || after.allMet(), "all met turned false: " + t);
    }

    @Property
    void allMetIsTheSortedGdpReading(@ForAll("trials") Trial t) {
        TierOutcome o = TierOutcome.of(t.gdp(), t.thresholds(), t.targets());
        double[] sorted = t.gdp().clone();
        Arrays.sort(sorted);
        boolean reading = true;
        for (int k = 0; k < t.thresholds().length; k++) {
            int need = t.targets().cumulative(k);
            double threshold = t.thresholds()[k];
            // the need-th largest unit is at or above threshold k (no unit is needed for a target of 0)
            reading &= need == 0 || need <= sorted.length && sorted[sorted.length - need] >= t.thresholds()[k];
            long reaching = Arrays.stream(t.gdp()).filter(y -> y >= threshold).count();
            assertEquals(reaching, o.reaching()[k], "N_" + k + ": " + t);
        }
        assertEquals(reading, o.allMet(), t.toString());
        assertTrue(!o.exactAll() || o.allMet(), "the exact structure meets every target: " + t);
    }

    /** The band and cumulative forms of the same targets are one internal form. */
    @Property
    void bothFormsOfTheSameTargetsAgree(@ForAll("trials") Trial t) {
        Targets again = Targets.of(TargetForm.CUMULATIVE, t.targets().cumulative());
        assertEquals(t.targets(), again);
        assertEquals(t.targets(), Targets.of(TargetForm.BANDS, t.targets().band()));
    }
}
