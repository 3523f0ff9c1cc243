package org.countysim.app;

import java.util.ArrayList;
import java.util.List;
import org.countysim.model.TrialOutput;
import org.countysim.result.Conditioned;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.SobolResult;
import org.countysim.result.ValueOfInformation;
import org.countysim.sensitivity.GivenDataIndex;
import org.countysim.sensitivity.ReadGroupIndex;
import org.countysim.sensitivity.Weighted;

/**
 * First-order indices and the value of information given the evidence (model.md §8, §11): from the design's base
 * trials (the run's), weighted by their likelihood, by the given-data estimator ({@link GivenDataIndex}) for each
 * factor of one value a trial. The Saltelli design's indices stay the prior's: its estimators need independent
 * inputs, and the evidence makes the inputs it reads dependent.
 */
final class ConditionedOutputs {
    /**
     * Below this effective sample size no first-order index (nor value of information) is given: the delta-method
     * intervals are calibrated at ESS about 2,000 (GivenDataIndexTest), and at ESS 121 the plan's intervals excluded
     * the values a 32-times-larger design gives (S1 0.15 [0.03, 0.26] against under 0.05).
     */
    static final double MIN_ESS = 1000;

    private ConditionedOutputs() {}

    /**
     * The chosen output's conditioned indices, then those of the value-of-information outputs; an output that does
     * not vary given the evidence, or a yes/no output with fewer than {@link SobolOutputs#MIN_EVENTS} effective trials
     * on its rarer side (the Kish size of that side's weights), is not ranked and says why.
     *
     * @param factors the factors whose values the collector kept, in the order of its columns
     */
    static List<ConditionedIndices> analyze(
            TrialCollector data,
            List<TrialOutput> outputs,
            TrialOutput chosen,
            List<Factor> factors,
            Group group,
            List<String> skipped) {
        double ess = Weighted.ess(data.w);
        if (ess < MIN_ESS) {
            skipped.add(String.format(
                    java.util.Locale.ROOT,
                    "every output: the evidence leaves an effective sample size of %.0f of the design's %d base"
                            + " trials, too few for first-order indices given the evidence: their intervals would not"
                            + " hold (at least %,.0f; raise --samples)",
                    ess,
                    data.trials,
                    MIN_ESS));
            return List.of();
        }
        int bins = GivenDataIndex.bins(ess);
        List<Integer> scalar = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            if (factors.get(f).elements() == 1) {
                scalar.add(f);
            }
        }
        double[][] x = new double[scalar.size()][];
        int[][] order = new int[scalar.size()][];
        for (int k = 0; k < scalar.size(); k++) {
            x[k] = data.factor(scalar.get(k));
            order[k] = Weighted.ascending(x[k]);
        }
        List<ConditionedIndices> out = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            TrialOutput output = outputs.get(o);
            boolean yesNo = SobolOutputs.yesNo(output);
            if (!output.equals(chosen) && !yesNo) {
                continue;
            }
            double[] y = data.base(o);
            if (yesNo) {
                double events = Weighted.rarerSide(y, data.w);
                if (events < SobolOutputs.MIN_EVENTS) {
                    skipped.add(String.format(
                            java.util.Locale.ROOT,
                            "%s (%s) holds, given the evidence, in %s on its rarer side: too few for first-order"
                                    + " indices (at least %d)",
                            output.id(),
                            output.label(),
                            events < 1
                                    ? "less than one effective trial"
                                    : String.format(java.util.Locale.ROOT, "only %.0f effective trials", events),
                            SobolOutputs.MIN_EVENTS));
                    continue;
                }
            }
            double[] moments = moments(y, data.w);
            double mean = moments[0];
            double variance = moments[1];
            if (!(variance > 0)) {
                skipped.add(output.id() + " (" + output.label() + ") is " + TrialExport.number(mean)
                        + " in every trial that the evidence leaves weight on");
                continue;
            }
            List<SobolResult.Index> indices = new ArrayList<>();
            for (int k = 0; k < scalar.size(); k++) {
                GivenDataIndex.Estimate e = GivenDataIndex.firstOrder(x[k], order[k], y, data.w, bins);
                indices.add(new SobolResult.Index(
                        factors.get(scalar.get(k)),
                        e.value(),
                        e.se(),
                        e.value() - Z95 * e.se(),
                        e.value() + Z95 * e.se(),
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN));
            }
            if (group != null) {
                indices.add(group.index(data, o));
            }
            out.add(new ConditionedIndices(output, data.trials, ess, bins, mean, variance, indices));
        }
        return out;
    }

    /**
     * All the banded baselines together (the design's combined factor, variant {@code 2 + position}) when they hold
     * every draw the evidence reads: their first-order index given the evidence from the design ({@link
     * ReadGroupIndex}).
     */
    record Group(Factor factor, int position) {
        SobolResult.Index index(TrialCollector data, int output) {
            int n = data.trials;
            double[] a = new double[n];
            double[] b = new double[n];
            double[] ab = new double[n];
            for (int j = 0; j < n; j++) {
                a[j] = data.y[output][j * data.width];
                b[j] = data.y[output][j * data.width + 1];
                ab[j] = data.y[output][j * data.width + 2 + position];
            }
            GivenDataIndex.Estimate e = ReadGroupIndex.firstOrder(a, b, ab, data.w, data.wB);
            return new SobolResult.Index(
                    factor,
                    e.value(),
                    e.se(),
                    e.value() - Z95 * e.se(),
                    e.value() + Z95 * e.se(),
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN);
        }
    }

    /** The normal 97.5% point: the intervals ({@link ConditionedIndices#CONFIDENCE}) are estimate ± 1.96 SE. */
    static final double Z95 = 1.959963984540054;

    /** The weighted mean and variance (1/Σw) of y. */
    private static double[] moments(double[] y, double[] w) {
        double s = 0;
        double sy = 0;
        for (int i = 0; i < y.length; i++) {
            s += w[i];
            sy += w[i] * y[i];
        }
        double mean = sy / s;
        double v = 0;
        for (int i = 0; i < y.length; i++) {
            v += w[i] * (y[i] - mean) * (y[i] - mean);
        }
        return new double[] {mean, v / s};
    }

    /** The banded baselines by first-order index given the evidence, for all targets met and for each target. */
    static ValueOfInformation voi(List<ConditionedIndices> results, List<String> skipped, Conditioned given) {
        return new ValueOfInformation(
                SobolOutputs.rankings(results.stream()
                        .map(r -> new SobolOutputs.Ranked(r.output(), r.mean(), r.indices()))
                        .toList()),
                skipped,
                given);
    }
}
