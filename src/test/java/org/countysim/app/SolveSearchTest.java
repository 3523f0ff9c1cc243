package org.countysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.countysim.model.MetricSet;
import org.countysim.model.TargetForm;
import org.countysim.model.Targets;
import org.countysim.result.Summary;
import org.junit.jupiter.api.Test;

/** solve's search on exact functions (no Monte Carlo): grid, brackets, bisection, every crossing, the best point. */
class SolveSearchTest {
    private static final MetricSet METRICS =
            new MetricSet(new double[] {300}, Targets.of(TargetForm.BANDS, new int[] {2}), 2025);

    /** Counts the calls: the grid must be evaluated in one pass (side by side), bisection steps one by one. */
    private static final class Exact implements SolveSearch.Evaluator {
        final DoubleUnaryOperator f;
        final List<Integer> calls = new ArrayList<>();

        Exact(DoubleUnaryOperator f) {
            this.f = f;
        }

        @Override
        public List<Summary.Estimate> at(List<Double> xs) {
            calls.add(xs.size());
            return xs.stream()
                    .map(x -> new Summary.Estimate(f.applyAsDouble(x), 0.001))
                    .toList();
        }
    }

    private static SolveSearch.Result solve(
            DoubleUnaryOperator f, String target, double lo, double hi, boolean integer, double tolerance) {
        return new SolveSearch(new Exact(f), SolveTarget.parse(target, METRICS), integer).run(lo, hi, 11, tolerance);
    }

    @Test
    void aMonotoneMetricIsBisectedToTheTolerance() {
        Exact f = new Exact(x -> x / 20);
        SolveSearch.Result r =
                new SolveSearch(f, SolveTarget.parse("P(all)>=0.33", METRICS), false).run(0, 20, 11, 20.0 / 512);
        assertEquals(6.6, r.solution().x(), 20.0 / 512);
        assertTrue(r.solution().x() >= 6.6, "the value returned meets the target");
        assertEquals(1, r.crossings().size());
        assertEquals(11, f.calls.get(0), "the grid in one pass");
        assertTrue(f.calls.subList(1, f.calls.size()).stream().allMatch(n -> n == 1));
    }

    @Test
    void aWholeNumberParameterGetsAWholeNumberAnswer() {
        SolveSearch.Result r = solve(x -> x / 20, "P(all)>=0.33", 0, 20, true, 1);
        assertEquals(7.0, r.solution().x());
        assertEquals(6.0, r.crossings().get(0).from().x(), "the bracket narrows to neighbouring whole numbers");
        assertTrue(r.evaluations().stream().allMatch(e -> e.x() == Math.rint(e.x())));
    }

    @Test
    void aPeakBetweenTheEndsIsFoundWithBothCrossings() {
        // both ends miss the target: bisection from the ends alone would answer "not reachable"
        SolveSearch.Result r = solve(x -> 1 - Math.abs(x - 5) / 5, "p_all_met>=0.5", 0, 10, false, 10.0 / 512);
        assertEquals(2, r.crossings().size());
        assertTrue(r.crossings().get(0).rising());
        assertFalse(r.crossings().get(1).rising());
        assertEquals(2.5, r.solution().x(), 10.0 / 512);
        assertEquals(7.5, r.crossings().get(1).to().x(), 10.0 / 512);
        assertTrue(r.crossings().get(1).to().x() > 7.5, "the first value missed again lies past the crossing");
        // SE 0.001: the bisection's own last steps are already clear of the target on either side
        SolveSearch.Crossing up = r.crossings().get(0);
        assertTrue(up.clearlyBefore() <= up.from().x() && up.clearlyBefore() > 2.4, "" + up.clearlyBefore());
        // f(2.5) = 0.5 exactly is met but not clearly; the grid value 3 is the next one clearly met
        assertTrue(up.clearlyAfter() >= up.to().x() && up.clearlyAfter() <= 3, "" + up.clearlyAfter());
    }

    @Test
    void metAtTheLowEndIsTheAnswerAndAFallIsStillReported() {
        SolveSearch.Result r = solve(x -> 1 - x / 10, "P(300)>=0.5", 0, 10, false, 0.01);
        assertEquals(0.0, r.solution().x());
        assertEquals(1, r.crossings().size());
        assertFalse(r.crossings().get(0).rising());
    }

    @Test
    void notReachableReportsTheBestPoint() {
        SolveSearch.Result r = solve(x -> 0.3 - Math.abs(x - 6) / 100, "P(all)>=0.5", 0, 10, false, 0.01);
        assertNull(r.solution());
        assertEquals(6.0, r.best().x());
        assertEquals(11, r.evaluations().size(), "no bracket: the grid only");
    }

    @Test
    void atMostTargetsAndOtherMetricsWork() {
        SolveSearch.Result r = solve(x -> 5000 + 100 * x, "city_gdp<=5500", 0, 10, false, 0.01);
        assertEquals(0.0, r.solution().x());
        assertEquals(5.0, r.crossings().get(0).from().x(), 0.01, "missed from just above 5");
    }

    @Test
    void gridsAreCleanAndWholeNumberGridsDeduplicated() {
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), SolveSearch.grid(0, 5, 11, true));
        assertEquals(
                List.of(0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2),
                SolveSearch.grid(0, 0.2, 11, false));
        assertEquals(List.of(1.0, 2.0, 3.0), SolveSearch.grid(0.5, 3.5, 3, true));
    }
}
