package org.countysim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.countysim.CountySimException;
import org.countysim.model.BandLabels;
import org.countysim.report.Cells;
import org.countysim.report.Percent;
import org.countysim.report.StagedDirectory;
import org.countysim.report.VariantCsv;
import org.countysim.result.SolveEvaluation;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Overrides;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.ScenarioReader;
import org.countysim.scenario.YNode;

/**
 * {@code countysim solve}: the smallest value of one parameter at which a probability reaches its target, by
 * bisection on [lo, hi] with the same seed at every step (common random numbers make the estimated
 * probability a smooth function of the parameter). Assumes the probability rises with the parameter.
 */
public final class SolvePipeline {
    private static final Pattern TARGET = Pattern.compile("\\s*P\\(\\s*(all|[0-9]+(?:\\.[0-9]+)?)\\s*\\)\\s*(>=|>)\\s*"
            + "([0-9]*\\.?[0-9]+)\\s*");
    static final int MAX_EVALUATIONS = 40;

    private SolvePipeline() {
    }

    /**
     * @param solution     the smallest value found, or NaN when the target is not reachable in [lo, hi]
     * @param clearlyBelow the largest evaluated value whose probability is more than 2 SE under the target
     * @param clearlyAbove the smallest evaluated value whose probability is more than 2 SE over it
     * @param warnings     where the evaluations contradict the assumption that the probability rises
     */
    public record Outcome(String path, String target, String metric, double level, double lo, double hi,
                          double solution, Summary.Estimate atSolution, Double clearlyBelow, Double clearlyAbove,
                          List<SolveEvaluation> evaluations, Path outDir, List<String> warnings, long trials) {
        public boolean reachable() {
            return !Double.isNaN(solution);
        }
    }

    public static Outcome run(Path file, String path, String target, Double lo, Double hi, Double tolerance, Options o) {
        Matcher m = TARGET.matcher(target);
        if (!m.matches()) {
            throw new CountySimException("--target '" + target + "': write P(all)>=0.8, or P(300)>=0.5 for the band"
                    + " whose threshold is 300");
        }
        String metric = m.group(1).equals("all") ? "p_all_met" : "p_met_" + BandLabels.yi(Double.parseDouble(m.group(1)));
        double level = Double.parseDouble(m.group(3));
        if (level <= 0 || level > 1) {
            throw new CountySimException("--target '" + target + "': the probability must lie in (0, 1]");
        }
        ParamGrid.checkSweepable(path);
        YNode node = Overrides.existing(ScenarioReader.document(file, o.overrides()), path);
        double low = lo != null ? lo : 0;
        double high = hi != null ? hi : defaultHigh(node, path);
        if (!(high > low)) {
            throw new CountySimException("solve: empty range [" + low + ", " + high + "]; give --lo below --hi");
        }
        double tol = tolerance != null ? tolerance : (high - low) / 512;
        Evaluator f = new Evaluator(file, path, metric, o);
        Outcome outcome = bisect(f, path, target, metric, level, low, high, tol, o);
        write(outcome, o);
        return outcome;
    }

    private static double defaultHigh(YNode node, String path) {
        if (node instanceof YNode.YScalar s) {
            try {
                double v = Double.parseDouble(s.value());
                return v > 0 ? 4 * v : 1;
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new CountySimException(path + " is not a plain number in the scenario: give --hi (and --lo)");
    }

    private static Outcome bisect(Evaluator f, String path, String target, String metric, double level, double lo,
                                  double hi, double tol, Options o) {
        Summary.Estimate atLo = f.at(lo);
        if (atLo.value() >= level) {
            return outcome(f, path, target, metric, level, lo, hi, lo, atLo, o);
        }
        Summary.Estimate atHi = f.at(hi);
        if (atHi.value() < level) {
            return outcome(f, path, target, metric, level, lo, hi, Double.NaN, atHi, o);
        }
        double a = lo;
        double b = hi;
        Summary.Estimate pb = atHi;
        while (b - a > tol && f.count() < MAX_EVALUATIONS) {
            double mid = (a + b) / 2;
            Summary.Estimate pm = f.at(mid);
            if (pm.value() >= level) {
                b = mid;
                pb = pm;
            } else {
                a = mid;
            }
        }
        return outcome(f, path, target, metric, level, lo, hi, b, pb, o);
    }

    private static Outcome outcome(Evaluator f, String path, String target, String metric, double level, double lo,
                                   double hi, double solution, Summary.Estimate at, Options o) {
        List<SolveEvaluation> points = f.points();
        Double below = null;
        Double above = null;
        for (SolveEvaluation p : points) {
            if (p.p().value() + 2 * p.p().se() < level) {
                below = below == null ? p.x() : Math.max(below, p.x());
            }
            if (p.p().value() - 2 * p.p().se() >= level) {
                above = above == null ? p.x() : Math.min(above, p.x());
            }
        }
        Path out = o.outDir() != null ? o.outDir() : Path.of("out", f.name() + "-solve");
        return new Outcome(path, target, metric, level, lo, hi, solution, at, below, above, points,
                out.toAbsolutePath().normalize(), notRising(points, path, f.trials()), f.trials());
    }

    /**
     * Bisection assumes the probability rises with the parameter. When a higher value gave a probability
     * lower by more than 2 SE of the difference (taken as independent: conservative, as common random numbers
     * make the true error smaller), the largest such fall is reported: the value found may then not be the
     * smallest that reaches the target.
     */
    static List<String> notRising(List<SolveEvaluation> points, String path, long trials) {
        SolveEvaluation from = null;
        SolveEvaluation to = null;
        double largest = 0;
        for (SolveEvaluation a : points) {
            for (SolveEvaluation b : points) {
                double fall = a.p().value() - b.p().value();
                double se = Math.hypot(a.p().se(), b.p().se());
                if (b.x() > a.x() && fall > 2 * se && fall > largest) {
                    largest = fall;
                    from = a;
                    to = b;
                }
            }
        }
        if (from == null) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "the probability falls from %s at %s to %s at %s: it does"
                + " not rise with %s everywhere, so the value found may not be the smallest that reaches the target",
                Percent.probability(from.p().value(), from.p().se(), trials), Cells.num(from.x()),
                Percent.probability(to.p().value(), to.p().se(), trials), Cells.num(to.x()), path));
    }

    private static void write(Outcome outcome, Options o) {
        StagedDirectory.write(outcome.outDir(),
                folder -> VariantCsv.writeSolve(folder.resolve("solve.csv"), outcome.path(), outcome.metric(),
                        outcome.evaluations(), o.excelBom()));
    }

    /** Runs the scenario with the parameter set to x; remembers every evaluation. */
    private static final class Evaluator {
        private final Path file;
        private final String path;
        private final String metric;
        private final Options o;
        private final TreeMap<Double, Summary.Estimate> seen = new TreeMap<>();
        private String name = "scenario";
        private long trials;

        Evaluator(Path file, String path, String metric, Options o) {
            this.file = file;
            this.path = path;
            this.metric = metric;
            this.o = o;
        }

        Summary.Estimate at(double x) {
            return seen.computeIfAbsent(x, this::evaluate);
        }

        private Summary.Estimate evaluate(double x) {
            List<String> overrides = new ArrayList<>(o.overrides());
            overrides.add(ParamGrid.assignment(path, x));
            CompiledScenario c = Inputs.load(file, overrides, o.trials(), o.seed(), o.counting());
            Scenario sc = c.scenario();
            name = sc.name();
            trials = sc.trials();
            VariantResult r = VariantRunner.run(List.of(c), List.of(name), false, sc.trials(), sc.seed(),
                    o.threads()).result();
            int j = r.metric(metric);
            if (j < 0) {
                throw new CountySimException("--target: the scenario has no band for " + metric.replace("p_met_", "")
                        + "; its metrics: " + String.join(", ", r.metrics()));
            }
            return r.values()[0][j];
        }

        int count() {
            return seen.size();
        }

        String name() {
            return name;
        }

        long trials() {
            return trials;
        }

        List<SolveEvaluation> points() {
            List<SolveEvaluation> out = new ArrayList<>();
            seen.forEach((x, p) -> out.add(new SolveEvaluation(x, p)));
            out.sort(Comparator.comparingDouble(SolveEvaluation::x));
            return out;
        }
    }
}
