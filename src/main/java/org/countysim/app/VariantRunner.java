package org.countysim.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.countysim.CountySimException;
import org.countysim.engine.BlockRunner;
import org.countysim.engine.EngineResult;
import org.countysim.engine.SimulationEngine;
import org.countysim.format.Cells;
import org.countysim.model.CompiledModel;
import org.countysim.model.MetricSet;
import org.countysim.result.Contrasts;
import org.countysim.result.PairedTally;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.result.VariantResult;
import org.countysim.scenario.CompiledScenario;

/** Runs variants side by side (common random numbers) and reports each one's metrics and its difference from the first. */
public final class VariantRunner {
    private VariantRunner() {}

    /** The result, where asked each variant's full tally (null otherwise), and whether --precision was reached. */
    public record Run(VariantResult result, Tally[] tallies, PrecisionRule.Result precision) {}

    /** The metrics the variants of this scenario report. */
    public static MetricSet metrics(CompiledScenario scenario) {
        return MetricSet.of(scenario.model());
    }

    public static Run run(
            List<CompiledScenario> scenarios,
            List<String> names,
            boolean tally,
            long trials,
            long seed,
            BlockRunner runner) {
        return run(scenarios, names, tally, trials, seed, runner, Sampling.FIXED, r -> 0);
    }

    /**
     * @param largestSe under --precision, the standard error that must come down to it, read from the result so
     *                  far (each command says which of its numbers count)
     */
    public static Run run(
            List<CompiledScenario> scenarios,
            List<String> names,
            boolean tally,
            long trials,
            long seed,
            BlockRunner runner,
            Sampling sampling,
            ToDoubleFunction<VariantResult> largestSe) {
        Comparability.check(scenarios, names);
        int v = scenarios.size();
        List<CompiledModel> models =
                scenarios.stream().map(CompiledScenario::model).toList();
        double[][] coefficients = new double[2 * v][v];
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            coefficients[i][i] = 1;
            rows.add(names.get(i));
        }
        for (int i = 0; i < v; i++) {
            coefficients[v + i][i] += 1;
            coefficients[v + i][0] -= 1;
            rows.add(names.get(i) + "-" + names.get(0));
        }
        boolean[] tallied = new boolean[v];
        java.util.Arrays.fill(tallied, tally);
        MetricSet metrics = metrics(scenarios.get(0));
        SimulationEngine.Session session =
                new SimulationEngine(models, tallied, new Contrasts(rows, coefficients)).start(seed, runner);
        PrecisionRule.Result precision = new PrecisionRule(sampling.precision(), sampling.maxTrials())
                .runUntil(
                        session, trials, sampling.progress(), r -> largestSe.applyAsDouble(result(r, names, metrics)));
        EngineResult r = session.result();
        for (int i = 0; i < names.size(); i++) {
            if (!r.paired().possible(i)) {
                throw new CountySimException(names.get(i) + ": the evidence is impossible under this scenario: no trial"
                        + " of " + r.paired().trials() + " comes near it (countysim run on it alone names each"
                        + " observation and the range of the trials' sums)");
            }
        }
        return new Run(result(r, names, metrics), r.tallies(), precision);
    }

    private static VariantResult result(EngineResult r, List<String> names, MetricSet metrics) {
        int v = names.size();
        PairedTally p = r.paired();
        if (p.weighted() != null && !possible(p, v)) {
            // an impossible variant has no estimates: --precision stops at once, and run() says why
            return new VariantResult(
                    names, metrics, nans(v, p.metrics()), nans(v, p.metrics()), p.trials(), new double[v], false);
        }
        Summary.Estimate[][] values = new Summary.Estimate[v][p.metrics()];
        Summary.Estimate[][] diffs = new Summary.Estimate[v][p.metrics()];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < p.metrics(); j++) {
                values[i][j] = p.estimate(i, j);
                diffs[i][j] = p.estimate(v + i, j);
            }
        }
        if (p.weighted() == null) {
            return new VariantResult(names, metrics, values, diffs, p.trials());
        }
        double[] ess = new double[v];
        for (int i = 0; i < v; i++) {
            ess[i] = p.ess(i);
        }
        return new VariantResult(names, metrics, values, diffs, p.trials(), ess, p.weightsDiffer());
    }

    /**
     * One warning for the variants whose effective sample size is low, naming the lowest (a sweep or solve of many
     * points would otherwise repeat it point by point).
     */
    static List<String> essWarnings(VariantResult r) {
        int lowest = 0;
        int low = 0;
        for (int v = 0; v < r.variants().size(); v++) {
            if (!EvidenceOutcome.essWarnings(r.ess()[v], r.trials(), "").isEmpty()) {
                low++;
            }
            lowest = r.ess()[v] < r.ess()[lowest] ? v : lowest;
        }
        if (low == 0) {
            return List.of();
        }
        String which = r.variants().size() == 1
                ? ""
                : low == 1
                        ? r.variants().get(lowest) + ": "
                        : low + " of " + r.variants().size() + " variants, the lowest "
                                + r.variants().get(lowest) + ": ";
        return EvidenceOutcome.essWarnings(r.ess()[lowest], r.trials(), which);
    }

    private static boolean possible(PairedTally p, int variants) {
        for (int i = 0; i < variants; i++) {
            if (!p.possible(i)) {
                return false;
            }
        }
        return true;
    }

    private static Summary.Estimate[][] nans(int variants, int metrics) {
        Summary.Estimate[][] out = new Summary.Estimate[variants][metrics];
        for (Summary.Estimate[] row : out) {
            java.util.Arrays.fill(row, new Summary.Estimate(Double.NaN, 0));
        }
        return out;
    }

    /**
     * The largest standard error of any probability a comparison or sweep reports: every variant's level and
     * its difference from the first.
     */
    public static double largestProbabilitySe(VariantResult r) {
        double worst = 0;
        for (int j = 0; j < r.metrics().size(); j++) {
            if (r.metrics().get(j).isProbability()) {
                for (int v = 0; v < r.variants().size(); v++) {
                    worst = Math.max(worst, Math.max(r.values()[v][j].se(), r.differences()[v][j].se()));
                }
            }
        }
        return worst;
    }

    /**
     * The warnings of a compare, sweep or solve pass: too few trials, --precision asked for and not reached; with
     * evidence (model.md §11), a variant with a low effective sample size, and variants conditioned each by its
     * own likelihood.
     */
    public static List<String> warnings(Run run, Sampling sampling) {
        List<String> warnings = new ArrayList<>();
        VariantResult r = run.result();
        TrialCountWarning.of(r.trials()).ifPresent(warnings::add);
        if (run.precision().asked() && !run.precision().reached()) {
            warnings.add("the precision " + Cells.num(sampling.precision()) + " was not reached within " + r.trials()
                    + " trials (largest probability SE "
                    + Cells.twoDigits(run.precision().largestSe()) + ");"
                    + " raise --max-trials");
        }
        if (r.weighted()) {
            warnings.addAll(essWarnings(r));
            if (r.weightsDiffer()) {
                warnings.add("the variants' likelihood weights differ (different evidence, or evidence on a year the"
                        + " variants change): each is conditioned on its own, and a difference compares conditioned"
                        + " results (its paired SE accounts for both weightings)");
            }
        }
        return warnings;
    }
}
