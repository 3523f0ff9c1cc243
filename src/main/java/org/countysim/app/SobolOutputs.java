package org.countysim.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.CompiledModel;
import org.countysim.model.Measure;
import org.countysim.model.TrialOutput;
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

    private SobolOutputs() {}

    static List<TrialOutput> of(CompiledModel model, TrialOutput chosen, TrialOutput condition) {
        List<TrialOutput> out = new ArrayList<>();
        out.add(chosen);
        for (TrialOutput o : voiOutputs(model)) {
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
    static List<TrialOutput> voiOutputs(CompiledModel model) {
        return TrialOutputs.all(model).stream().filter(TrialOutput::isTarget).toList();
    }

    /** Whether an output is one of the value of information's: all targets met, or a target met. */
    static boolean yesNo(TrialOutput output) {
        return output.isTarget();
    }

    /** Fewer trials than this on the rarer side of a yes/no output make its Sobol indices noise. */
    static final int MIN_EVENTS = 30;

    /**
     * The chosen output's indices, then those of the value-of-information outputs that vary. An output that never
     * varies, or a yes/no output too rare (or too common) in the design, is not ranked and says why; only when no
     * output can be ranked is the study refused. An output the user named ({@code --output}) is never replaced by
     * another: when it cannot be ranked the study is refused, naming the option (a script sweeping runs gets exit 2,
     * not another output's indices under the same file names).
     */
    static List<SobolResult> analyze(
            TrialCollector data,
            List<TrialOutput> outputs,
            TrialOutput chosen,
            List<Factor> design,
            SensitivityRequest q,
            List<String> skipped,
            long seed) {
        boolean asked = q.output() != null; // --output given: ranked as asked or refused
        List<SobolResult> out = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            TrialOutput output = outputs.get(o);
            boolean main = output.equals(chosen);
            boolean yesNo = yesNo(output);
            if (!main && !yesNo) {
                continue;
            }
            long events = yesNo ? events(data.y[o], data.trials) : Long.MAX_VALUE;
            if (main && asked && events < MIN_EVENTS) {
                throw tooRare(output, holding(data.y[o], data.trials), data.trials);
            }
            if (yesNo && events > 0 && events < MIN_EVENTS) {
                skipped.add(output.id() + " (" + output.label() + ") holds in only " + events + " of the design's"
                        + " trials on its rarer side: too few for Sobol indices (at least " + MIN_EVENTS + ")");
                continue;
            }
            SobolAnalyzer.Indices s;
            try {
                s = SobolAnalyzer.analyze(data.y[o], data.trials, design.size(), q.resamples(), CONFIDENCE, seed);
            } catch (IllegalArgumentException e) {
                if (main && asked) {
                    throw new CountySimException("--output " + output.id() + " (" + output.label() + ") is "
                            + TrialExport.number(data.y[o][0]) + " in every trial of the design: no variance for"
                            + " Sobol indices to apportion; name another --output, or leave it out to rank all"
                            + " targets met (or the target most in doubt)");
                }
                skipped.add(output.id() + " (" + output.label() + ") is " + TrialExport.number(data.y[o][0])
                        + " in every trial");
                continue;
            }
            out.add(result(output, s, design, data.trials, q.resamples()));
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).output().equals(chosen)) {
                out.add(0, out.remove(i)); // the chosen output's indices first: they are the ones ranked
                break;
            }
        }
        if (out.isEmpty()) {
            throw new CountySimException("--output " + chosen.id() + ": no variance for Sobol indices to apportion in"
                    + " any output (" + String.join("; ", skipped) + "); choose another --output");
        }
        return out;
    }

    /** Base samples (matrix A, the first of each row's variants) on the rarer side of a 0/1 output. */
    private static long events(double[] y, int samples) {
        long ones = holding(y, samples);
        return Math.min(ones, samples - ones);
    }

    /** Base samples (matrix A, the first of each row's variants) in which a 0/1 output holds. */
    private static long holding(double[] y, int samples) {
        int width = y.length / samples;
        long ones = 0;
        for (int row = 0; row < samples; row++) {
            if (y[row * width] != 0) {
                ones++;
            }
        }
        return ones;
    }

    /**
     * The refusal of a yes/no {@code --output} with fewer than {@link #MIN_EVENTS} base samples on its rarer side:
     * "--output all_met (all targets met) holds in only 12 of the design's 1024 base samples: …".
     */
    private static CountySimException tooRare(TrialOutput output, long holding, int samples) {
        boolean rareHolding = holding <= samples - holding;
        long events = Math.min(holding, samples - holding);
        String side = events == 0
                ? (rareHolding ? "holds in none" : "fails in none")
                : (rareHolding ? "holds in only " : "fails in only ") + events;
        // at the observed rate, the samples that expect twice the minimum, in whole 1024s
        String more = events == 0
                ? ""
                : "raise --samples (at this rate about "
                        + -Math.floorDiv(-2L * MIN_EVENTS * samples, events * 1024) * 1024
                        + "), ";
        return new CountySimException("--output " + output.id() + " (" + output.label() + ") " + side + " of the"
                + " design's " + samples + " base samples: too " + (rareHolding ? "rare" : "common")
                + " to rank, Sobol indices need at least " + MIN_EVENTS
                + " on each side (holding and failing); " + more + "name another --output, or leave it out to rank"
                + " the target most in doubt");
    }

    private static SobolResult result(
            TrialOutput output, SobolAnalyzer.Indices s, List<Factor> design, int samples, int resamples) {
        List<SobolResult.Index> indices = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            SobolAnalyzer.Estimate f = s.first()[i];
            SobolAnalyzer.Estimate t = s.total()[i];
            indices.add(new SobolResult.Index(
                    design.get(i), f.value(), f.se(), f.lo(), f.hi(), t.value(), t.se(), t.lo(), t.hi()));
        }
        return new SobolResult(output, samples, resamples, CONFIDENCE, s.mean(), s.variance(), indices);
    }

    /** The banded baselines by first-order index, for all targets met and for each target. */
    static ValueOfInformation voi(List<SobolResult> results, List<String> skipped) {
        return new ValueOfInformation(
                rankings(results.stream()
                        .map(r -> new Ranked(r.output(), r.mean(), r.indices()))
                        .toList()),
                skipped);
    }

    /** One output's first-order indices, as value of information ranks them. */
    record Ranked(TrialOutput output, double mean, List<SobolResult.Index> indices) {}

    /**
     * Per target output, the banded baselines by first-order index and the index of all of them together; all
     * targets met first. Shared by the prior (Saltelli) and the conditioned (given-data) estimators.
     */
    static List<ValueOfInformation.Ranking> rankings(List<Ranked> results) {
        List<ValueOfInformation.Ranking> rankings = new ArrayList<>();
        for (Ranked r : results) {
            if (!r.output().isTarget()) {
                continue;
            }
            List<SobolResult.Index> baselines = r.indices().stream()
                    .filter(i -> i.factor().kind() == Factor.Kind.BASELINE)
                    .sorted(Comparator.comparingDouble((SobolResult.Index i) -> -i.s1()))
                    .toList();
            SobolResult.Index together = r.indices().stream()
                    .filter(i -> i.factor().kind() == Factor.Kind.COMBINED)
                    .findFirst()
                    .orElse(null);
            rankings.add(new ValueOfInformation.Ranking(r.output(), r.mean(), baselines, together));
        }
        rankings.sort(Comparator.comparing(
                (ValueOfInformation.Ranking x) -> !x.output().is(Measure.ALL_MET)));
        return rankings;
    }
}
