package org.countysim.app;

import org.countysim.result.MetricIds;
import org.countysim.result.VariantResult;

import java.util.ArrayList;
import java.util.List;
import org.countysim.engine.EngineResult;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.CompiledModel;
import org.countysim.result.Contrasts;
import org.countysim.result.PairedTally;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.scenario.CompiledScenario;

/** Runs variants side by side (common random numbers) and reports each one's metrics and its difference from the first. */
public final class VariantRunner {
    private VariantRunner() {
    }

    /** The result and, where asked, each variant's full tally (null otherwise). */
    public record Run(VariantResult result, Tally[] tallies) {
    }

    public static Run run(List<CompiledScenario> scenarios, List<String> names, boolean tally, long trials, long seed,
                          int threads) {
        Comparability.check(scenarios, names);
        int v = scenarios.size();
        List<CompiledModel> models = scenarios.stream().map(CompiledScenario::model).toList();
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
        EngineResult r = new SimulationEngine(models, tallied, new Contrasts(rows, coefficients))
                .runAll(trials, seed, threads);
        PairedTally p = r.paired();
        Summary.Estimate[][] values = new Summary.Estimate[v][p.metrics()];
        Summary.Estimate[][] diffs = new Summary.Estimate[v][p.metrics()];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < p.metrics(); j++) {
                values[i][j] = p.estimate(i, j);
                diffs[i][j] = p.estimate(v + i, j);
            }
        }
        List<String> metrics = MetricIds.ids(models.get(0).thresholds());
        return new Run(new VariantResult(names, metrics, values, diffs, trials), r.tallies());
    }
}
