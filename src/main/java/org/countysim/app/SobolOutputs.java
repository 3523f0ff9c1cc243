package org.countysim.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.CompiledModel;
import org.countysim.result.Factor;
import org.countysim.result.SobolResult;
import org.countysim.result.ValueOfInformation;
import org.countysim.sensitivity.SobolAnalyzer;
import org.countysim.sensitivity.TrialOutputs;

/**
 * The outputs a Saltelli design keeps (the chosen one, those of the value of information: all targets met and each
 * target, and PRIM's condition) and their Sobol indices.
 */
final class SobolOutputs {
    static final double CONFIDENCE = 0.95;

    private SobolOutputs() {
    }

    static List<TrialOutputs.Output> of(CompiledModel model, TrialOutputs.Output chosen, TrialOutputs.Output condition) {
        List<TrialOutputs.Output> out = new ArrayList<>();
        out.add(chosen);
        for (TrialOutputs.Output o : voiOutputs(model)) {
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        if (!out.contains(condition)) {
            out.add(condition);
        }
        return out;
    }

    /** all_met, then met_k of every band. */
    static List<TrialOutputs.Output> voiOutputs(CompiledModel model) {
        return TrialOutputs.all(model).stream().filter(o -> o.id().equals("all_met") || o.id().startsWith("met_"))
                .toList();
    }

    /** The chosen output's indices, then those of the value-of-information outputs that vary. */
    static List<SobolResult> analyze(TrialCollector data, List<TrialOutputs.Output> outputs, TrialOutputs.Output chosen,
                                     List<Factor> design, SensitivityRequest q, List<String> skipped,
                                     long seed) {
        List<SobolResult> out = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            TrialOutputs.Output output = outputs.get(o);
            boolean main = output.equals(chosen);
            if (!main && !(output.id().equals("all_met") || output.id().startsWith("met_"))) {
                continue;
            }
            SobolAnalyzer.Indices s;
            try {
                s = SobolAnalyzer.analyze(data.y[o], data.trials, design.size(), q.resamples(), CONFIDENCE, seed);
            } catch (IllegalArgumentException e) {
                String value = TrialExport.number(data.y[o][0]);
                if (main) {
                    throw new CountySimException("--output " + output.id() + " is " + value + " in every trial of the"
                            + " design: no variance for Sobol indices to apportion; choose another --output");
                }
                skipped.add(output.id() + " (" + output.label() + ") is " + value + " in every trial");
                continue;
            }
            out.add(result(output, s, design, data.trials, q.resamples()));
        }
        return out;
    }

    private static SobolResult result(TrialOutputs.Output output, SobolAnalyzer.Indices s, List<Factor> design,
                                      int samples, int resamples) {
        List<SobolResult.Index> indices = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            SobolAnalyzer.Estimate f = s.first()[i];
            SobolAnalyzer.Estimate t = s.total()[i];
            indices.add(new SobolResult.Index(design.get(i), f.value(), f.se(), f.lo(), f.hi(), t.value(), t.se(),
                    t.lo(), t.hi()));
        }
        return new SobolResult(output.id(), output.label(), output.labelZh(), samples, resamples, CONFIDENCE, s.mean(), s.variance(),
                indices);
    }

    /** The banded baselines by first-order index, for all targets met and for each target. */
    static ValueOfInformation voi(List<SobolResult> results, List<String> skipped) {
        List<ValueOfInformation.Ranking> rankings = new ArrayList<>();
        for (SobolResult r : results) {
            if (!(r.output().equals("all_met") || r.output().startsWith("met_"))) {
                continue;
            }
            List<SobolResult.Index> baselines = r.indices().stream()
                    .filter(i -> i.factor().kind() == Factor.Kind.BASELINE)
                    .sorted(Comparator.comparingDouble((SobolResult.Index i) -> -i.s1())).toList();
            SobolResult.Index together = r.indices().stream().filter(i -> i.factor().kind() == Factor.Kind.COMBINED)
                    .findFirst().orElse(null);
            rankings.add(new ValueOfInformation.Ranking(r.output(), r.outputLabel(), r.mean(), baselines, together));
        }
        rankings.sort(Comparator.comparing((ValueOfInformation.Ranking x) -> !x.output().equals("all_met")));
        return new ValueOfInformation(rankings, skipped);
    }
}
