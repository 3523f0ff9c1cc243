package org.countysim.app.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.countysim.app.RunOutcome;
import org.countysim.model.BandLabels;
import org.countysim.model.Counting;
import org.countysim.result.Summary;
import org.countysim.scenario.Scenario;

/**
 * The compact stdout report of a run: for each counting shown, the bands with their target of that kind, the
 * expected count and the probability of success (met: at least; exact: exactly); then P(all targets met), the
 * headline, and P(exact structure), the secondary reading; data quality and warnings.
 */
public final class RunConsole {
    private RunConsole() {}

    public static void print(PrintWriter out, RunOutcome o) {
        Scenario sc = o.compiled().scenario();
        Summary.Tiers tiers = o.summary().tiers();
        long n = o.summary().effectiveTrials();
        Summary prior = o.conditioned() ? o.evidence().prior() : null;
        out.printf(
                Locale.ROOT,
                "countysim %s — %s: %d trials, seed %d, %d→%d%n",
                sc.name(),
                sc.title(),
                o.trials(),
                o.seed(),
                sc.baseYear(),
                sc.horizon());
        if (!o.overrides().isEmpty()) {
            out.println("what-if (--set), not the scenario itself: " + String.join("; ", o.overrides()));
        }
        if (o.conditioned()) {
            EvidenceConsole.observations(out, o.evidence());
        }
        for (Counting counting : sc.tiers().counting().shown()) {
            out.println();
            boolean met = counting == Counting.CUMULATIVE;
            String p = prior == null ? "" : ConsoleText.pad(met ? "P(met) prior" : "P(exactly) prior", 15);
            if (met) {
                out.printf(
                        Locale.ROOT,
                        "targets at %d, met = at least T units at or above the threshold%s%n",
                        sc.horizon(),
                        prior == null ? "" : "; given the evidence");
                out.println(ConsoleText.pad("threshold", 12)
                        + ConsoleText.pad("in band", 9)
                        + ConsoleText.pad("at least", 10)
                        + ConsoleText.pad("units ≥ (expected)", 20)
                        + p
                        + (prior == null ? "P(met)" : "P(met | evidence)"));
            } else {
                out.printf(
                        Locale.ROOT,
                        "exact structure at %d (secondary): exactly the target in the band%s%n",
                        sc.horizon(),
                        prior == null ? "" : "; given the evidence");
                out.println(ConsoleText.pad("band", 12)
                        + ConsoleText.pad("target", 8)
                        + ConsoleText.pad("in band (expected)", 20)
                        + p
                        + (prior == null ? "P(exactly)" : "P(exactly | evidence)"));
            }
            for (int k = 0; k < tiers.bands().size(); k++) {
                Summary.Band b = tiers.bands().get(k);
                Summary.CountDistribution count = b.count(counting);
                out.println(ConsoleText.pad(b.label(counting), 12)
                        + ConsoleText.pad(String.valueOf(b.target()), met ? 9 : 8)
                        + (met ? ConsoleText.pad(String.valueOf(b.cumulativeTarget()), 10) : "")
                        + ConsoleText.pad(
                                String.format(
                                        Locale.ROOT,
                                        "%.2f ±%.3f",
                                        count.mean().value(),
                                        count.mean().se()),
                                20)
                        + (prior == null
                                ? ""
                                : ConsoleText.pad(
                                        ConsoleText.percent(
                                                prior.tiers().bands().get(k).probability(counting), prior.trials()),
                                        15))
                        + ConsoleText.percent(b.probability(counting), n));
            }
        }
        out.println();
        String sorted = "("
                + BandLabels.sortedReading(
                        o.compiled().model().targets().cumulative(),
                        o.compiled().model().thresholds())
                + ")";
        String structure = "P(exact structure " + o.compiled().model().targets().structure() + "):";
        if (prior == null) {
            out.println(ConsoleText.pad("P(all targets met):", 28)
                    + ConsoleText.pad(ConsoleText.percent(tiers.allMet(), n), 14)
                    + sorted);
            out.println(ConsoleText.pad(structure, 28) + ConsoleText.pad(ConsoleText.percent(tiers.exactAll(), n), 14)
                    + "(secondary: exactly the target in every band)");
        } else {
            EvidenceConsole.headline(
                    out, "P(all targets met):", prior.tiers().allMet(), tiers.allMet(), prior.trials(), n, sorted);
            EvidenceConsole.headline(
                    out, structure, prior.tiers().exactAll(), tiers.exactAll(), prior.trials(), n, "(secondary)");
            EvidenceConsole.baselines(out, o.evidence());
        }
        out.println();
        out.println(o.compiled().quality().line());
        for (String w : o.warnings()) {
            out.println("warning: " + w);
        }
        out.println("results: " + o.outDir() + " (open report.html)");
        out.flush();
    }
}
