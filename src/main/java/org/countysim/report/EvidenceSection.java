package org.countysim.report;

import java.util.List;
import java.util.Locale;
import org.countysim.format.Percent;
import org.countysim.model.BandLabels;
import org.countysim.model.Targets;
import org.countysim.result.BaselineShift;
import org.countysim.result.Conditioning;
import org.countysim.result.Summary;

/**
 * report.html's section for a run conditioned on evidence (model.md §11): the observations against the trials,
 * the effective sample size, the reading of the units the scenario takes, each target prior and given the
 * evidence, and what the evidence did to each banded baseline. Every input text is HTML-escaped.
 *
 * @param prior   the same trials unweighted
 * @param given   the observations in words ("the city total 2021 = 5069.96")
 * @param reading how the scenario reads the rows it does not project (functional zones), in words
 */
public record EvidenceSection(
        Summary prior, Conditioning conditioning, List<BaselineShift> baselines, String given, String reading) {

    String html(Summary conditioned, double[] thresholds, Targets targets, boolean charts) {
        StringBuilder h = new StringBuilder();
        Conditioning c = conditioning;
        h.append("<h2>Evidence: the trials conditioned on what is known</h2>\n");
        h.append(
                "<p>Each trial is weighted by the likelihood of the observations below (model.md §11); every number"
                        + " of this report is the weighted one unless it says <i>prior</i> (the same trials unweighted).</p>\n");
        h.append("<table><tr><th>observation</th><th>year</th><th>observed</th><th>tolerance</th>"
                + "<th>prior P5–P50–P95 of the sum</th><th>observed at prior percentile</th>"
                + "<th>given the evidence P5–P50–P95</th></tr>\n");
        for (Conditioning.Fit f : c.observations()) {
            h.append("<tr><td>")
                    .append(HtmlReport.escape(f.label()))
                    .append(" <small>")
                    .append(HtmlReport.escape(f.path()))
                    .append("</small></td><td>")
                    .append(f.year())
                    .append("</td><td>")
                    .append(BandLabels.yi(f.value()))
                    .append("</td><td>")
                    .append(HtmlReport.escape(f.tolerance()))
                    .append("</td><td>")
                    .append(range(f.prior()))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f%%", 100 * f.priorBelow()))
                    .append("</td><td>")
                    .append(range(f.conditioned()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append(String.format(
                Locale.ROOT,
                "<p>Effective sample size (Σw)²/Σw² = <b>%.0f</b> of %d trials (%.1f%%)."
                        + " Standard errors are the weighted (delta-method) ones.</p>%n",
                c.ess(),
                c.trials(),
                100 * c.essShare()));
        if (!reading.isEmpty()) {
            h.append("<p>").append(HtmlReport.escape(reading)).append("</p>\n");
        }
        h.append("<h3>The targets, prior and given the evidence</h3>\n<table><tr><th>target</th><th>prior</th>"
                + "<th>given the evidence</th></tr>\n");
        long n = conditioned.effectiveTrials();
        for (int k = 0; k < thresholds.length; k++) {
            Summary.Band b = conditioned.tiers().bands().get(k);
            Summary.Band p = prior.tiers().bands().get(k);
            row(h, "P(" + BandLabels.atLeast(b.cumulativeTarget(), thresholds, k) + ")", p.met(), b.met(), n);
        }
        row(h, "P(all targets met)", prior.tiers().allMet(), conditioned.tiers().allMet(), n);
        row(
                h,
                "P(exact structure " + targets.structure() + ", secondary)",
                prior.tiers().exactAll(),
                conditioned.tiers().exactAll(),
                n);
        h.append("</table>\n");
        if (!baselines.isEmpty()) {
            h.append("<h3>What the evidence did to the banded baselines</h3>\n<ul>\n");
            for (String s : BaselineChart.sentences(baselines, given)) {
                h.append("<li>").append(HtmlReport.escape(s)).append("</li>\n");
            }
            h.append("</ul>\n");
            if (charts) {
                h.append("<p><img src=\"baselines.png\" alt=\"baselines.png\"></p>\n");
            }
        }
        return h.toString();
    }

    private void row(StringBuilder h, String what, Summary.Estimate prior, Summary.Estimate given, long n) {
        h.append("<tr><td>")
                .append(HtmlReport.escape(what))
                .append("</td><td>")
                .append(HtmlReport.escape(Percent.probability(prior.value(), prior.se(), this.prior.trials())))
                .append("</td><td><b>")
                .append(HtmlReport.escape(Percent.probability(given.value(), given.se(), n)))
                .append("</b></td></tr>\n");
    }

    private static String range(double[] q) {
        return String.format(Locale.ROOT, "%.0f – %.0f – %.0f", q[0], q[Summary.MEDIAN], q[6]);
    }
}
