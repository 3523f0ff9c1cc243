package org.countysim.app;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.countysim.format.Percent;
import org.countysim.model.Measure;
import org.countysim.model.TrialOutput;
import org.countysim.result.TornadoResult;
import org.countysim.sensitivity.Weighted;

/**
 * The one question every method of a sensitivity run answers by default (the tornado's metric, the Sobol and
 * first-order output, PRIM's condition): all targets met, unless that is too rare to rank; then the target most in
 * doubt, the one whose probability is closest to 50% (given the evidence, when the scenario has some). "Too rare" is
 * the rule the indices already use: fewer than {@link SobolOutputs#MIN_EVENTS} effective trials on the rarer side.
 *
 * @param target the yes/no output ranked
 * @param note   why the target is not all targets met (for the console, report, manifest and JSON), or null
 */
record RankedTarget(TrialOutput target, String note) {
    /** One target's chance: its probability and the effective trials on its rarer side. */
    record Chance(TrialOutput target, double p, double events) {}

    /**
     * @param chances all targets met first, then each target
     * @param ess     the effective sample size the chances rest on (the trials without evidence)
     * @param given   whether the trials are weighted by evidence
     */
    static RankedTarget choose(List<Chance> chances, double ess, boolean given) {
        Chance all = chances.stream()
                .filter(c -> c.target().is(Measure.ALL_MET))
                .findFirst()
                .orElseThrow();
        if (all.events() >= SobolOutputs.MIN_EVENTS) {
            return new RankedTarget(all.target(), null);
        }
        Chance doubt = null;
        Chance binding = null;
        for (Chance c : chances) {
            if (c == all) {
                continue;
            }
            if (c.events() >= SobolOutputs.MIN_EVENTS
                    && (doubt == null || Math.abs(c.p() - 0.5) < Math.abs(doubt.p() - 0.5))) {
                doubt = c;
            }
            if (binding == null || c.p() < binding.p()) {
                binding = c;
            }
        }
        if (doubt == null) {
            return new RankedTarget(all.target(), null); // nothing else can be ranked either: each method says why
        }
        long n = Math.max(1, Math.round(ess));
        String bound = new BigDecimal(100.0 * SobolOutputs.MIN_EVENTS / ess)
                .round(new MathContext(2))
                .stripTrailingZeros()
                .toPlainString();
        String note = String.format(
                Locale.ROOT,
                "P(all targets met) is < %s%% %s(fewer than %d effective trials of %,d): no trial-level ranking"
                        + " possible; ranking the target most in doubt, %s (%s); the binding target is %s (%s)",
                bound,
                given ? "given the evidence " : "",
                SobolOutputs.MIN_EVENTS,
                n,
                doubt.target().label(),
                chance(doubt.p(), n),
                binding.target().label(),
                chance(binding.p(), n));
        return new RankedTarget(doubt.target(), note);
    }

    /** A probability in words: whole percent, a small one to two digits, or the bound n trials support. */
    private static String chance(double p, long n) {
        if (p >= 0.005 || p <= 0 || p < 0.5 / n) {
            return p > 0 && p < 0.5 / n ? Percent.probability(0, 0, n) : Percent.rounded(p, n);
        }
        return new BigDecimal(100 * p).round(new MathContext(2)).toPlainString() + "%";
    }

    /** The tornado metric of the target: p_all_met, p_met_300. */
    String metricId() {
        return "p_" + target.id();
    }

    /** From a design's base trials: every target's (weighted) share and effective trials on its rarer side. */
    static RankedTarget fromTrials(TrialCollector data, List<TrialOutput> outputs) {
        List<Chance> chances = new java.util.ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            if (!outputs.get(o).isTarget()) {
                continue;
            }
            double[] y = data.base(o);
            double[] w = data.w;
            double hit = 0;
            double total = 0;
            for (int j = 0; j < y.length; j++) {
                double wj = w == null ? 1 : w[j];
                hit += y[j] != 0 ? wj : 0;
                total += wj;
            }
            double p = hit / total;
            double events = w == null ? Math.min(hit, total - hit) : Weighted.rarerSide(y, w);
            chances.add(new Chance(outputs.get(o), p, events));
        }
        chances.sort(java.util.Comparator.comparing((Chance c) -> !c.target().is(Measure.ALL_MET)));
        return choose(chances, data.w == null ? data.trials : Weighted.ess(data.w), data.w != null);
    }

    /** From a tornado's base arm (when no design ran): each target's probability and its share of the ESS. */
    static RankedTarget fromTornado(List<TrialOutput> targets, List<TornadoResult> tornado) {
        List<Chance> chances = new java.util.ArrayList<>();
        double ess = tornado.get(0).effectiveTrials();
        for (TrialOutput t : targets) {
            for (TornadoResult r : tornado) {
                if (r.metric().id().equals("p_" + t.id())) {
                    double p = r.base().value();
                    chances.add(new Chance(t, p, Math.min(p, 1 - p) * ess));
                }
            }
        }
        return choose(chances, ess, tornado.get(0).given() != null);
    }
}
