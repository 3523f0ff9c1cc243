package org.countysim.app.console;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.countysim.app.SensitivityOutcome;
import org.countysim.model.Measure;
import org.countysim.report.SensitivityText;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.result.SobolResult;
import org.countysim.result.TornadoResult;
import org.countysim.result.ValueOfInformation;
import org.countysim.scenario.Scenario;

/** What a sensitivity run prints: the factors that decide the answer, the tornado, the value of information, PRIM. */
public final class SensitivityConsole {
    private static final int NAME = 40;
    private static final int TOP = 10;

    private SensitivityConsole() {}

    public static void factors(PrintWriter out, List<Factor> factors) {
        out.println(ConsoleText.pad("id", 44) + ConsoleText.pad("kind", 11) + ConsoleText.pad("label", NAME + 6)
                + "distribution");
        for (Factor f : factors) {
            out.println(ConsoleText.pad(f.id(), 44)
                    + ConsoleText.pad(f.kind().key(), 11)
                    + ConsoleText.pad(f.labelZh(), NAME + 6)
                    + f.distribution());
        }
        out.println();
        out.println(factors.size() + " factors; a factor of several values (one per unit or expanded project) is one"
                + " factor, and " + shocksText(factors));
        out.flush();
    }

    /** How the shocks are counted: one group, or split (--split-shocks). */
    public static String shocksText(List<Factor> factors) {
        return factors.stream().anyMatch(f -> f.id().equals("shocks"))
                ? "the shocks are one group (--split-shocks: three)"
                : "the shocks are split (--split-shocks): common, unit, and the deflator of the years without a factor"
                        + " of their own";
    }

    /** "30 factors", or "2 of 30 factors ranked" under --factors. */
    public static String factorCount(SensitivityOutcome o) {
        return o.ranked() == o.factors().size()
                ? o.factors().size() + " factors"
                : o.ranked() + " of " + o.factors().size() + " factors ranked (--factors; the others pooled)";
    }

    public static void print(PrintWriter out, SensitivityOutcome o) {
        Scenario sc = o.compiled().scenario();
        out.printf(
                Locale.ROOT,
                "countysim sensitivity %s — %s: seed %d, %s%n%n",
                sc.name(),
                sc.title(),
                sc.seed(),
                factorCount(o));
        if (o.hasEvidence()) {
            out.println("given the evidence (model.md §11): the tornado, the first-order indices, the value of"
                    + " information and PRIM weigh each trial by its likelihood; the Saltelli design's Sobol indices"
                    + " are the prior's (before the evidence)");
            out.println();
        }
        if (o.rankedNote() != null) {
            out.println("what is ranked: " + o.rankedNote());
            out.println();
        }
        if (o.mainSobol() != null) {
            if (o.hasEvidence()) {
                conditioned(out, o);
            }
            sobol(out, o.mainSobol(), o.hasEvidence());
        }
        if (o.tornado() != null) {
            tornado(out, o.tornado());
        }
        if (o.voi() != null) {
            voi(out, o.voi());
        }
        if (o.prim() != null) {
            PrimResult p = o.prim();
            out.printf(
                    Locale.ROOT,
                    "scenario discovery (PRIM on %d trials%s, peel 5%%, densest box with coverage ≥ %.0f%%):%n"
                            + "  %s%n%n",
                    p.trials(),
                    p.given() == null
                            ? ""
                            : ", weighted by the evidence: " + p.given().describe(),
                    100 * p.minCoverage(),
                    SensitivityText.rule(p, true));
        }
        if (o.exportFile() != null) {
            out.printf(
                    Locale.ROOT,
                    "per-trial export: %s (%d trials)%n",
                    o.outDir().resolve(o.exportFile()),
                    o.exportTrials());
        }
        o.warnings().stream()
                .filter(w -> !w.equals(o.rankedNote())) // printed at the top
                .forEach(w -> out.println("warning: " + w));
        out.println("results: " + o.outDir() + " (open report.html)");
        out.flush();
    }

    /** The factors that decide the chosen output given the evidence: the largest conditioned first-order indices. */
    private static void conditioned(PrintWriter out, SensitivityOutcome o) {
        ConditionedIndices c = o.mainConditioned();
        SobolResult r = o.mainSobol();
        if (c == null) {
            List<String> why = o.voi() == null
                    ? List.of()
                    : o.voi().skipped().stream()
                            .filter(x -> x.startsWith(r.output().id() + " (") || x.startsWith("every output"))
                            .toList();
            out.println("what decides " + what(r) + " given the evidence: not estimated"
                    + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")"));
            out.println();
            return;
        }
        out.printf(
                Locale.ROOT,
                "what decides %s given the evidence (%s; %s): the three largest first-order indices given the"
                        + " evidence%n",
                what(r),
                level(r, c.mean()),
                c.given().describe());
        List<SobolResult.Index> top = SensitivityText.topFirstOrder(c, 3);
        for (int i = 0; i < top.size(); i++) {
            SobolResult.Index x = top.get(i);
            out.printf(
                    Locale.ROOT,
                    "  %d. %s S1 %s%n",
                    i + 1,
                    ConsoleText.pad(x.factor().labelZh(), NAME),
                    SensitivityText.index(x.s1(), x.s1Lo(), x.s1Hi()));
        }
        String outside = SensitivityText.outsideRanking(c, r);
        if (outside != null) {
            out.println("  " + outside);
        }
        out.printf(
                Locale.ROOT,
                "  (S1 given the evidence: share of the conditioned variance the factor alone would settle; the weighted"
                        + " trials binned by the factor, %d bins; [95%% interval]; factors of one value a trial:"
                        + " the shocks and the fields of several projects have prior indices only; all in"
                        + " sobol.csv)%n%n",
                c.bins());
    }

    private static boolean yesNo(SobolResult r) {
        return r.output().binary();
    }

    private static String what(SobolResult r) {
        return yesNo(r) ? "P(" + r.output().label() + ")" : r.output().label();
    }

    private static String level(SobolResult r, double mean) {
        return yesNo(r)
                ? String.format(Locale.ROOT, "%.1f%%", 100 * mean)
                : String.format(Locale.ROOT, "mean %.4g", mean);
    }

    private static void sobol(PrintWriter out, SobolResult r, boolean prior) {
        List<SobolResult.Index> top = SensitivityText.top(r, 3);
        out.printf(
                Locale.ROOT,
                "%s %s (%s over the design's %d base samples): the three largest total Sobol" + " indices%n",
                prior ? "before the evidence (prior, Saltelli design), what decides" : "what decides",
                what(r),
                level(r, r.mean()),
                r.baseSamples());
        for (int i = 0; i < top.size(); i++) {
            SobolResult.Index x = top.get(i);
            out.printf(
                    Locale.ROOT,
                    "  %d. %s ST %s   S1 %s%n",
                    i + 1,
                    ConsoleText.pad(x.factor().labelZh(), NAME),
                    SensitivityText.index(x.st(), x.stLo(), x.stHi()),
                    SensitivityText.index(x.s1(), x.s1Lo(), x.s1Hi()));
        }
        out.printf(
                Locale.ROOT,
                "  (ST: share of the output's variance the factor is involved in; S1: its share alone;"
                        + " [95%% bootstrap interval, widest ±%.3f]; all factors in sobol.csv)%n%n",
                r.widestHalfWidth());
    }

    private static void tornado(PrintWriter out, TornadoResult t) {
        if (t.given() == null) {
            out.printf(
                    Locale.ROOT,
                    "tornado of %s: each factor at its P10 and P90, the others random (%d trials an arm,"
                            + " common random numbers); base %s%n",
                    t.metric().label(),
                    t.trials(),
                    level(t, t.base()));
        } else {
            out.printf(
                    Locale.ROOT,
                    "tornado of %s given the evidence: each factor at its P10 and P90 given the evidence, the others"
                            + " random (%d trials an arm, common random numbers, each arm weighted by its own"
                            + " likelihood; base arm %s); base %s%n",
                    t.metric().label(),
                    t.trials(),
                    t.given().describe(),
                    level(t, t.base()));
        }
        out.println("  " + ConsoleText.pad("factor", NAME) + ConsoleText.pad("P10 → P90", 22)
                + ConsoleText.pad("at P10", 16) + ConsoleText.pad("at P90", 16) + "swing ± paired SE");
        for (TornadoResult.Bar b : t.bars().subList(0, Math.min(TOP, t.bars().size()))) {
            Factor f = b.factor();
            String range = f.isGroup() || Double.isNaN(b.lowValue())
                    ? "each draw"
                    : f.scale().format(b.lowValue()) + " → " + f.scale().format(b.highValue());
            out.println("  " + ConsoleText.pad(f.labelZh(), NAME) + ConsoleText.pad(range, 22)
                    + ConsoleText.pad(SensitivityText.arm(t, b.low(), b.lowEss()), 16)
                    + ConsoleText.pad(SensitivityText.arm(t, b.high(), b.highEss()), 16)
                    + SensitivityText.swing(t, b));
        }
        if (t.bars().size() > TOP) {
            out.println("  … " + (t.bars().size() - TOP) + " more in tornado.csv");
        }
        out.println();
    }

    private static String level(TornadoResult t, org.countysim.result.Summary.Estimate e) {
        return SensitivityText.arm(t, e, Double.NaN);
    }

    private static void voi(PrintWriter out, ValueOfInformation v) {
        if (v.given() == null) {
            out.println("value of information: which official figure to obtain first (first-order index of each banded"
                    + " baseline)");
        } else {
            out.println("value of information given the evidence: which official figure to obtain first (first-order"
                    + " index of each banded baseline given the evidence; "
                    + v.given().describe() + ")");
        }
        for (ValueOfInformation.Ranking r : v.rankings()) {
            int shown = r.output().is(Measure.ALL_MET) ? 3 : 1;
            for (SobolResult.Index i :
                    r.baselines().subList(0, Math.min(shown, r.baselines().size()))) {
                out.println("  " + SensitivityText.voi(r, i, v.given() != null));
            }
            if (r.output().is(Measure.ALL_MET) && r.together() != null) {
                out.println("  " + SensitivityText.together(r, v.given() != null));
            }
        }
        v.skipped().forEach(s -> out.println("  (not ranked: " + s + ")"));
        out.println();
    }
}
