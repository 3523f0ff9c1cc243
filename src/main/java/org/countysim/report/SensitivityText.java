package org.countysim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.countysim.format.Percent;
import org.countysim.model.Metric;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.result.SobolResult;
import org.countysim.result.Summary;
import org.countysim.result.TornadoResult;
import org.countysim.result.ValueOfInformation;

/** Sensitivity findings in words, for the console and report.html alike. */
public final class SensitivityText {
    private SensitivityText() {}

    /** A factor's name without its unit (the value written beside it carries one): "任城区 2021年GDP". */
    public static String plainName(Factor f, boolean zh) {
        String s = zh ? f.labelZh() : f.labelEn();
        s = s.replaceAll("（[0-9]+个值）$", "").replaceAll(" \\([0-9]+ values\\)$", "");
        return s.replace("（亿元）", "").replace(" (100M yuan)", "");
    }

    /** The name of a factor's value in a trial: the mean of its values when it has several ("平均…"). */
    public static String name(Factor f, boolean zh) {
        String s = plainName(f, zh);
        return f.elements() > 1 && !f.isGroup() ? (zh ? "平均" + s : "mean " + s) : s;
    }

    /** "任城区 2021年GDP ≥ 870亿", "≤", or "a ≤ name ≤ b". */
    public static String limit(Factor f, double lo, double hi, boolean zh) {
        String name = name(f, zh);
        Factor.Scale s = f.scale();
        if (Double.isInfinite(hi)) {
            return name + " ≥ " + s.format(lo);
        }
        if (Double.isInfinite(lo)) {
            return name + " ≤ " + s.format(hi);
        }
        return s.format(lo) + " ≤ " + name + " ≤ " + s.format(hi);
    }

    /**
     * "all targets met in 62% of the trials where 任城区 2021年GDP ≥ 870亿 and 趋势实际增速 ≥ 5.6% (4.2% of all
     * trials); the box holds 5.0% of the trials and 58% of those where it holds".
     */
    public static String rule(PrimResult r, boolean zh) {
        PrimResult.Box b = r.chosen();
        List<String> limits = new ArrayList<>();
        for (int j = 0; j < r.factors().size(); j++) {
            if (b.restricts(j)) {
                limits.add(limit(r.factors().get(j), b.lower()[j], b.upper()[j], zh));
            }
        }
        String given = r.given() == null ? "" : "given the evidence, ";
        double ess = r.given() == null ? 0 : r.given().ess();
        if (limits.isEmpty() && ess > 0 && Math.min(r.baseRate(), 1 - r.baseRate()) * ess < 1) {
            return given + r.conditionLabel() + (r.baseRate() < 0.5 ? " in" : " in all but")
                    + " less than one effective trial (" + r.hits() + " of " + r.trials() + " trials, "
                    + String.format(Locale.ROOT, "%.2g", r.baseRate()) + " of the weight; ESS "
                    + Math.round(ess) + "): the evidence rules it "
                    + (r.baseRate() < 0.5 ? "out" : "in") + ", and no box can be stated";
        }
        if (r.hits() == 0 || r.hits() == r.trials()) {
            return given + r.conditionLabel() + " in " + (r.hits() == 0 ? "none" : "every one") + " of the "
                    + r.trials() + " trials: no box can be stated";
        }
        if (limits.isEmpty()) {
            return given + r.conditionLabel() + " in " + pct(r.baseRate()) + " of the trials: no box concentrates it";
        }
        return given
                + String.format(
                        Locale.ROOT,
                        "%s in %s of the trials where %s (against %s overall); the box holds %s of"
                                + " all trials and %s of those with %s",
                        r.conditionLabel(),
                        pct(b.density()),
                        String.join(" and ", limits),
                        pct(r.baseRate()),
                        pct(b.mass()),
                        pct(b.coverage()),
                        r.conditionLabel());
    }

    /** "the official 2021 GDP of 任城区 would settle 23% (95%: 19–27%) of the uncertainty in P(all targets met)". */
    public static String voi(ValueOfInformation.Ranking r, SobolResult.Index i) {
        return voi(r, i, false);
    }

    /** Given the evidence: "… would settle 12% (95% interval 8–16%) of the uncertainty left in P(…) given the evidence". */
    public static String voi(ValueOfInformation.Ranking r, SobolResult.Index i, boolean given) {
        return "the official " + baselineYear(i.factor()) + " GDP of " + baselineUnit(i.factor()) + " would settle "
                + share(i.s1()) + " (95% interval " + interval(i.s1Lo(), i.s1Hi()) + ") of the uncertainty "
                + (given ? "left " : "") + "in P(" + r.output().label() + ")" + (given ? " given the evidence" : "");
    }

    /** "all the banded figures together would settle 41% (95% interval 38–44%) of the uncertainty in P(…)". */
    public static String together(ValueOfInformation.Ranking r) {
        return together(r, false);
    }

    public static String together(ValueOfInformation.Ranking r, boolean given) {
        SobolResult.Index t = r.together();
        return "all " + t.factor().elements() + " banded figures together would settle " + share(t.s1())
                + " (95% interval " + interval(t.s1Lo(), t.s1Hi()) + ") of the uncertainty " + (given ? "left " : "")
                + "in P(" + r.output().label() + ")" + (given ? " given the evidence" : "");
    }

    /** "5–8%", "0–1%": a share's interval in whole percent, negative ends at 0. */
    static String interval(double lo, double hi) {
        return String.format(Locale.ROOT, "%.0f–%.0f%%", Math.max(0, 100 * lo), Math.max(0, 100 * hi));
    }

    /** The unit of a baseline factor: its label is "<unit> <year>年GDP（亿元）". */
    static String baselineUnit(Factor f) {
        String s = f.labelZh();
        int space = s.lastIndexOf(' ');
        return space > 0 ? s.substring(0, space) : f.id();
    }

    static String baselineYear(Factor f) {
        String s = f.labelZh();
        int space = s.lastIndexOf(' ');
        return space > 0 && s.length() >= space + 5 ? s.substring(space + 1, space + 5) : "";
    }

    /** A share of variance in whole percent, or "< 1%". */
    public static String share(double s) {
        if (s < 0.005) {
            return s < 0 ? "0%" : "< 1%";
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * s);
    }

    static String pct(double p) {
        return String.format(Locale.ROOT, p < 0.1 ? "%.1f%%" : "%.0f%%", 100 * p);
    }

    /** "0.31 [0.29, 0.33]"; a value that rounds to zero is "0.00", never "-0.00". */
    public static String index(double v, double lo, double hi) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", hundredths(v), hundredths(lo), hundredths(hi));
    }

    /** Rounded to hundredths, negative zero made positive (Math.round(-0.4) is 0). */
    private static double hundredths(double v) {
        return Math.round(v * 100) / 100.0 + 0.0;
    }

    /**
     * A tornado arm's level, as the console prints it: a probability with its SE, or the bound its (effective) trials
     * support ("< 0.045%"); else the value and its SE.
     *
     * @param ess the arm's effective sample size when it is weighted, else NaN (the base arm's)
     */
    public static String arm(TornadoResult t, Summary.Estimate e, double ess) {
        long n = t.given() == null || Double.isNaN(ess) ? t.effectiveTrials() : Math.max(1, Math.round(ess));
        return t.metric().isProbability()
                ? Percent.probability(e.value(), e.se(), n)
                : String.format(Locale.ROOT, "%.2f ±%.2f", e.value(), e.se());
    }

    /** A bar's swing with its paired SE: "+2.40% ±0.05", "0 (no trial differs)". */
    public static String swing(TornadoResult t, TornadoResult.Bar b) {
        return t.metric().isProbability()
                ? Percent.difference(b.swing().value(), b.swing().se(), t.effectiveTrials())
                : String.format(
                        Locale.ROOT, "%+.2f ±%.2f", b.swing().value(), b.swing().se());
    }

    /** How a metric's level or difference reads: percent for probabilities, else a number. */
    public static String metric(Metric m, double v, boolean signed) {
        if (m.isProbability()) {
            return String.format(Locale.ROOT, signed ? "%+.1f%%" : "%.1f%%", 100 * v);
        }
        return String.format(Locale.ROOT, signed ? "%+.2f" : "%.2f", v);
    }

    /** The factors whose first-order index given the evidence is largest, for "what decides the answer". */
    public static List<SobolResult.Index> topFirstOrder(org.countysim.result.ConditionedIndices r, int n) {
        return r.indices().stream()
                .filter(i -> i.factor().kind() != Factor.Kind.COMBINED)
                .sorted((a, b) -> Double.compare(b.s1(), a.s1()))
                .limit(n)
                .toList();
    }

    /**
     * What the conditioned ranking leaves out, said next to it: the factors of several values a trial (the shocks, the
     * fields of several projects) have prior indices only. "not in this ranking: 年度与单位冲击… (prior total index ST
     * 0.71 [0.70, 0.72], the largest before the evidence)"; null when the prior gives them no weight worth naming.
     */
    public static String outsideRanking(org.countysim.result.ConditionedIndices c, SobolResult prior) {
        if (c == null || prior == null) {
            return null;
        }
        java.util.Set<Factor> ranked = new java.util.HashSet<>();
        c.indices().forEach(i -> ranked.add(i.factor()));
        List<SobolResult.Index> top = top(prior, prior.indices().size());
        List<String> left = new ArrayList<>();
        for (int k = 0; k < top.size(); k++) {
            SobolResult.Index i = top.get(k);
            if (!ranked.contains(i.factor()) && i.st() >= 0.05 && left.size() < 3) {
                left.add(i.factor().labelZh() + " (prior total index ST " + index(i.st(), i.stLo(), i.stHi())
                        + (k == 0 ? ", the largest before the evidence" : "") + ")");
            }
        }
        return left.isEmpty()
                ? null
                : "not in this ranking (several values a trial: prior indices only): " + String.join("; ", left);
    }

    /** The factors whose total index is largest, for "what decides the answer". */
    public static List<SobolResult.Index> top(SobolResult r, int n) {
        return r.indices().stream()
                .filter(i -> i.factor().kind() != Factor.Kind.COMBINED)
                .sorted((a, b) -> Double.compare(b.st(), a.st()))
                .limit(n)
                .toList();
    }
}
