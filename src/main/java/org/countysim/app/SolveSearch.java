package org.countysim.app;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.countysim.CountySimException;
import org.countysim.result.SolveEvaluation;
import org.countysim.result.Summary;

/**
 * The search behind {@code solve}. Bisection alone assumes the metric is monotone in the parameter and, when it
 * is not, can miss every value that reaches the target (both ends below it, a peak between). So the range is
 * first scanned on a coarse grid; every pair of neighbouring grid points on different sides of the target is a
 * bracket, and each bracket is bisected to the tolerance. All evaluations use the same seed and trials (common
 * random numbers), so the estimates along the parameter are smooth and a crossing is not an artefact of noise
 * between independent runs.
 */
public final class SolveSearch {
    /** Bisection steps per bracket at most: (hi − lo)/(grid − 1) halved 40 times is below any useful tolerance. */
    static final int MAX_STEPS = 40;

    /** Evaluates the metric at several values (side by side: one pass for the whole grid). */
    interface Evaluator {
        List<Summary.Estimate> at(List<Double> xs);
    }

    /**
     * Where the metric crosses the target: {@code from} is the last evaluated value on the old side, {@code to}
     * the first on the new side ({@code to − from} ≤ the tolerance).
     *
     * @param rising        true where the target becomes met, false where it is missed again
     * @param clearlyBefore the nearest evaluated value before the crossing that is on the old side by more than
     *                      2 SE (null: none), and {@code clearlyAfter} the same after it on the new side; between
     *                      them the crossing cannot be told from Monte Carlo noise
     */
    public record Crossing(
            boolean rising, SolveEvaluation from, SolveEvaluation to, Double clearlyBefore, Double clearlyAfter) {}

    /**
     * @param solution    the smallest value that meets the target (lo itself, or the first rising crossing), or
     *                    null when no evaluated value meets it
     * @param best        the evaluation nearest to meeting the target (the largest margin)
     * @param evaluations every evaluation, by parameter value
     */
    public record Result(
            List<Double> grid,
            List<SolveEvaluation> evaluations,
            List<Crossing> crossings,
            SolveEvaluation solution,
            SolveEvaluation best) {}

    private final Evaluator f;
    private final SolveTarget target;
    private final boolean integer;
    private final TreeMap<Double, Summary.Estimate> seen = new TreeMap<>();

    SolveSearch(Evaluator f, SolveTarget target, boolean integer) {
        this.f = f;
        this.target = target;
        this.integer = integer;
    }

    /** The grid: {@code points} values evenly from lo to hi, rounded to whole numbers (and deduplicated) for a count. */
    static List<Double> grid(double lo, double hi, int points, boolean integer) {
        double a = integer ? Math.ceil(lo) : lo;
        double b = integer ? Math.floor(hi) : hi;
        if (!(b > a)) {
            throw new CountySimException("solve: the range [" + lo + ", " + hi + "] holds no "
                    + (integer ? "two whole numbers" : "values") + "; give --lo below --hi");
        }
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double x = i == points - 1 ? b : a + (b - a) * i / (points - 1);
            x = integer ? Math.rint(x) : ParamGrid.clean(x);
            if (xs.isEmpty() || x > xs.get(xs.size() - 1)) {
                xs.add(x);
            }
        }
        return xs;
    }

    Result run(double lo, double hi, int points, double tolerance) {
        List<Double> xs = grid(lo, hi, points, integer);
        List<Summary.Estimate> at = f.at(xs);
        for (int i = 0; i < xs.size(); i++) {
            seen.put(xs.get(i), at.get(i));
        }
        double step = integer ? Math.max(1, Math.ceil(tolerance)) : tolerance;
        List<SolveEvaluation[]> brackets = new ArrayList<>();
        for (int i = 0; i + 1 < xs.size(); i++) {
            if (met(xs.get(i)) != met(xs.get(i + 1))) {
                brackets.add(bisect(xs.get(i), xs.get(i + 1), step));
            }
        }
        List<SolveEvaluation> evaluations = new ArrayList<>();
        seen.forEach((x, e) -> evaluations.add(new SolveEvaluation(x, e)));
        List<Crossing> crossings = new ArrayList<>();
        for (int i = 0; i < brackets.size(); i++) {
            double left = i == 0 ? Double.NEGATIVE_INFINITY : brackets.get(i - 1)[1].x();
            double right = i + 1 == brackets.size() ? Double.POSITIVE_INFINITY : brackets.get(i + 1)[0].x();
            crossings.add(crossing(brackets.get(i), left, right, evaluations));
        }
        SolveEvaluation first = evaluations.get(0);
        SolveEvaluation solution = met(first.x())
                ? first
                : crossings.stream()
                        .filter(Crossing::rising)
                        .map(Crossing::to)
                        .findFirst()
                        .orElse(null);
        SolveEvaluation best = first;
        for (SolveEvaluation e : evaluations) {
            if (target.margin(e.p().value()) > target.margin(best.p().value())) {
                best = e;
            }
        }
        return new Result(xs, evaluations, crossings, solution, best);
    }

    private boolean met(double x) {
        return target.reached(seen.get(x).value());
    }

    private Summary.Estimate single(double x) {
        return seen.computeIfAbsent(x, v -> f.at(List.of(v)).get(0));
    }

    /** Narrows [a, b], whose ends lie on different sides of the target, to at most {@code step}. */
    private SolveEvaluation[] bisect(double a, double b, double step) {
        boolean startMet = met(a);
        for (int i = 0; i < MAX_STEPS && b - a > step; i++) {
            double mid = integer ? Math.floor((a + b) / 2) : (a + b) / 2;
            if (mid <= a || mid >= b) {
                break;
            }
            if (target.reached(single(mid).value()) == startMet) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return new SolveEvaluation[] {new SolveEvaluation(a, seen.get(a)), new SolveEvaluation(b, seen.get(b))};
    }

    /** The crossing of a narrowed bracket, with the nearest clear evaluations on each side up to its neighbours. */
    private Crossing crossing(SolveEvaluation[] bracket, double left, double right, List<SolveEvaluation> all) {
        boolean rising = !met(bracket[0].x());
        Double before = null;
        Double after = null;
        for (SolveEvaluation e : all) {
            double v = e.p().value();
            double se = e.p().se();
            boolean oldSide = rising ? target.clearlyMissed(v, se) : target.clearlyReached(v, se);
            boolean newSide = rising ? target.clearlyReached(v, se) : target.clearlyMissed(v, se);
            if (e.x() >= left && e.x() <= bracket[0].x() && oldSide) {
                before = e.x();
            }
            if (after == null && e.x() >= bracket[1].x() && e.x() <= right && newSide) {
                after = e.x();
            }
        }
        return new Crossing(rising, bracket[0], bracket[1], before, after);
    }
}
