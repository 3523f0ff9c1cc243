package org.countysim.app.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.countysim.app.EvidenceOutcome;
import org.countysim.model.BandLabels;
import org.countysim.report.BaselineChart;
import org.countysim.result.Conditioning;
import org.countysim.result.Summary;

/**
 * The console lines of a run conditioned on evidence (model.md §11): each observation against the trials and the
 * effective sample size, the headline prior → given the evidence, and what the evidence did to each banded
 * baseline.
 */
final class EvidenceConsole {
    private EvidenceConsole() {}

    static void observations(PrintWriter out, EvidenceOutcome e) {
        Conditioning c = e.conditioning();
        out.println();
        out.println("evidence (model.md §11): each trial weighted by how well it agrees with");
        for (Conditioning.Fit f : c.observations()) {
            out.printf(
                    Locale.ROOT,
                    "  %s %d = %s %s: prior P5–P95 %.0f–%.0f (the value at its %.1fth percentile);"
                            + " given the evidence %.0f–%.0f%n",
                    f.label(),
                    f.year(),
                    BandLabels.yi(f.value()),
                    f.tolerance(),
                    f.prior()[0],
                    f.prior()[6],
                    100 * f.priorBelow(),
                    f.conditioned()[0],
                    f.conditioned()[6]);
        }
        out.printf(
                Locale.ROOT,
                "effective sample size %.0f of %d trials (%.1f%%)%n",
                c.ess(),
                c.trials(),
                100 * c.essShare());
        if (!e.reading().isEmpty()) {
            out.println(e.reading());
        }
    }

    /** "P(all targets met):  prior 4.2% ±0.1  →  given the evidence 0.30% ±0.05  (…)". */
    static void headline(
            PrintWriter out,
            String what,
            Summary.Estimate prior,
            Summary.Estimate given,
            long priorTrials,
            long effective,
            String note) {
        out.println(ConsoleText.pad(what, 28) + "prior "
                + ConsoleText.pad(ConsoleText.percent(prior, priorTrials), 13) + "→  given the evidence "
                + ConsoleText.pad(ConsoleText.percent(given, effective), 14) + note);
    }

    static void baselines(PrintWriter out, EvidenceOutcome e) {
        if (e.baselines().isEmpty()) {
            return;
        }
        out.println();
        out.println("what the evidence did to the banded baselines (baselines.png):");
        for (String s : BaselineChart.sentences(e.baselines(), e.given())) {
            out.println("  " + s);
        }
    }
}
