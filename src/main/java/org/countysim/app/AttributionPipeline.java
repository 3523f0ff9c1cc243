package org.countysim.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.countysim.engine.BlockRunner;
import org.countysim.engine.EngineResult;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.CompiledModel;
import org.countysim.model.MetricSet;
import org.countysim.result.Attribution;
import org.countysim.result.Contrasts;
import org.countysim.result.PairedTally;
import org.countysim.result.Summary;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.ScenarioCompiler;

/**
 * Leave-one-out deltas and exact Shapley values of the enabled interventions (model.md §7): every subset of
 * interventions is a variant run side by side under common random numbers, and each attribution is a
 * per-trial linear combination of the variants, so its standard error is a paired one. Shapley weights:
 * φ_i = Σ_{S ⊆ N∖{i}} |S|!(k−|S|−1)!/k! · (v(S ∪ {i}) − v(S)) (Shapley 1953); they sum to v(N) − v(∅).
 */
public final class AttributionPipeline {
    private AttributionPipeline() {}

    public static Attribution attribute(CompiledScenario compiled, long trials, long seed, BlockRunner runner) {
        Scenario sc = compiled.scenario();
        List<Scenario.Intervention> enabled = sc.enabledInterventions();
        int k = enabled.size();
        boolean exact = k <= Attribution.MAX_EXACT_SHAPLEY;
        List<Integer> masks = new ArrayList<>();
        int full = (1 << k) - 1;
        if (exact) {
            for (int m = 0; m <= full; m++) {
                masks.add(m);
            }
        } else {
            masks.add(full);
            masks.add(0);
            for (int i = 0; i < k; i++) {
                masks.add(full & ~(1 << i));
            }
        }
        List<CompiledModel> variants = new ArrayList<>();
        for (int mask : masks) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < k; i++) {
                if ((mask & (1 << i)) != 0) {
                    ids.add(enabled.get(i).id());
                }
            }
            variants.add(ScenarioCompiler.compile(sc.withOnly(ids), compiled.baseline())
                    .model());
        }
        int rows = 3 + k + (exact ? k : 0);
        double[][] coefficients = new double[rows][masks.size()];
        List<String> names = new ArrayList<>();
        coefficients[0][masks.indexOf(full)] = 1;
        coefficients[1][masks.indexOf(0)] = 1;
        coefficients[2][masks.indexOf(full)] = 1;
        coefficients[2][masks.indexOf(0)] -= 1;
        names.addAll(List.of("all", "none", "all-none"));
        for (int i = 0; i < k; i++) {
            coefficients[3 + i][masks.indexOf(full)] += 1;
            coefficients[3 + i][masks.indexOf(full & ~(1 << i))] -= 1;
            names.add("loo:" + enabled.get(i).id());
        }
        if (exact) {
            for (int i = 0; i < k; i++) {
                double[] row = coefficients[3 + k + i];
                for (int s = 0; s <= full; s++) {
                    if ((s & (1 << i)) != 0) {
                        continue;
                    }
                    double w = weight(Integer.bitCount(s), k);
                    row[masks.indexOf(s | (1 << i))] += w;
                    row[masks.indexOf(s)] -= w;
                }
                names.add("shapley:" + enabled.get(i).id());
            }
        }
        SimulationEngine engine =
                new SimulationEngine(variants, new boolean[variants.size()], new Contrasts(names, coefficients));
        EngineResult result = engine.runAll(trials, seed, runner);
        for (int v = 0; v < variants.size(); v++) {
            if (!result.paired().possible(v)) {
                throw new org.countysim.CountySimException("attribution: with " + subset(masks.get(v), enabled)
                        + " the evidence is impossible (no trial of the first " + trials + " comes near it);"
                        + " run with --attribution-trials 0, or check the evidence");
            }
        }
        double ess = result.paired().weighted() == null
                ? Double.NaN
                : result.paired().ess(masks.indexOf(full));
        return collect(result.paired(), enabled, MetricSet.of(compiled.model()), exact, trials, ess);
    }

    /**
     * With evidence: the attribution's effective sample size (all interventions in) when it runs fewer trials than
     * the run, and whether the subsets were each conditioned by their own likelihood (the evidence concerns a year
     * the interventions change).
     */
    static List<String> evidenceWarnings(Attribution a, boolean fewerTrials) {
        List<String> warnings = new ArrayList<>();
        if (Double.isNaN(a.ess())) {
            return warnings;
        }
        if (fewerTrials) {
            // on the run's own trials the run's warning says it already
            warnings.addAll(EvidenceOutcome.essWarnings(a.ess(), a.trials(), "contributions: "));
        }
        if (a.weightsDiffer()) {
            warnings.add("contributions: the evidence concerns a year the interventions change, so each subset of"
                    + " interventions is conditioned by its own likelihood (its GDP in the observed year); the"
                    + " contributions compare conditioned results");
        }
        return warnings;
    }

    /** |S|!(k−|S|−1)!/k!. */
    static double weight(int size, int k) {
        double w = 1.0 / k;
        for (int j = 1; j <= size; j++) {
            w *= (double) j / (k - j);
        }
        return w;
    }

    /** "no intervention", "only sanbai, tech-upgrade". */
    private static String subset(int mask, List<Scenario.Intervention> enabled) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < enabled.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                ids.add(enabled.get(i).id());
            }
        }
        return ids.isEmpty() ? "no intervention" : "only " + String.join(", ", ids);
    }

    private static Attribution collect(
            PairedTally p,
            List<Scenario.Intervention> enabled,
            MetricSet metrics,
            boolean exact,
            long trials,
            double ess) {
        int k = enabled.size();
        int count = p.metrics();
        Summary.Estimate[] all = row(p, 0, count);
        Summary.Estimate[] none = row(p, 1, count);
        Summary.Estimate[] total = row(p, 2, count);
        Summary.Estimate[][] loo = new Summary.Estimate[k][];
        Summary.Estimate[][] shapley = exact ? new Summary.Estimate[k][] : null;
        for (int i = 0; i < k; i++) {
            loo[i] = row(p, 3 + i, count);
            if (exact) {
                shapley[i] = row(p, 3 + k + i, count);
            }
        }
        return new Attribution(
                enabled.stream().map(Scenario.Intervention::id).toList(),
                enabled.stream().map(Scenario.Intervention::label).toList(),
                metrics,
                all,
                none,
                total,
                loo,
                shapley,
                trials,
                ess,
                p.weightsDiffer());
    }

    private static Summary.Estimate[] row(PairedTally p, int contrast, int metrics) {
        Summary.Estimate[] out = new Summary.Estimate[metrics];
        for (int j = 0; j < metrics; j++) {
            out[j] = p.estimate(contrast, j);
        }
        return out;
    }
}
