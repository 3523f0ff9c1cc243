package org.countysim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.countysim.model.Measure;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.result.SobolResult;
import org.countysim.result.TornadoResult;
import org.countysim.result.ValueOfInformation;

/**
 * report.html of {@code countysim sensitivity}: "what decides the answer" in words (the factors with the largest
 * total indices, the official figures worth obtaining first, the conditions under which the targets are met), then
 * the tornado, the Sobol indices and the PRIM trajectory with their charts. Text from inputs is HTML-escaped.
 */
public final class SensitivityPage {
    /** Everything the page shows; parts not run are null (or empty). */
    public record Context(
            String title,
            String scenarioName,
            long seed,
            List<Factor> factors,
            TornadoResult tornado,
            SobolResult sobol,
            ConditionedIndices conditioned,
            boolean evidence,
            ValueOfInformation voi,
            PrimResult prim,
            String exportFile,
            long exportTrials,
            List<String> warnings,
            boolean charts,
            List<String> files,
            String rankedNote,
            int ranked) {}

    private final StringBuilder html = new StringBuilder();

    private SensitivityPage() {}

    public static void write(Path file, Context c) throws IOException {
        Files.writeString(file, new SensitivityPage().page(c), StandardCharsets.UTF_8);
    }

    private static String e(String s) {
        return HtmlReport.escape(s);
    }

    private void line(String s) {
        html.append(s).append('\n');
    }

    private String page(Context c) {
        line("<!DOCTYPE html>");
        line("<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + e(c.title()) + " — sensitivity</title>");
        line("<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
                + "text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
                + "img{max-width:100%;border:1px solid #eee;margin:0.5em 0}.warn{color:#b71c1c}"
                + "li{margin:0.3em 0}</style></head><body>");
        line("<h1>" + e(c.title()) + ": what decides the answer</h1>");
        boolean grouped = c.factors().stream().anyMatch(f -> f.id().equals("shocks"));
        line("<p>Scenario <code>" + e(c.scenarioName()) + "</code>, seed " + c.seed() + ", "
                + (c.ranked() == c.factors().size()
                        ? c.factors().size() + " factors"
                        : c.ranked() + " of " + c.factors().size() + " factors ranked (--factors; the others pooled)")
                + " (model.md §8): every trial-level uncertain parameter, each banded baseline, and the year and unit"
                + " shocks " + (grouped ? "as one group" : "split into common, unit and the remaining deflator")
                + ".</p>");
        if (c.evidence()) {
            line("<p><b>Given the evidence</b> (model.md §11): the tornado, the first-order indices, the value of"
                    + " information and PRIM weigh each trial by its likelihood, so they describe the uncertainty that"
                    + " is left once the known figures are taken into account. The Sobol indices of the Saltelli"
                    + " design are the prior's, before the evidence: the design's estimators need independent inputs,"
                    + " and the evidence makes the inputs it reads dependent.</p>");
        }
        decides(c);
        if (c.tornado() != null) {
            tornado(c.tornado(), c.charts());
        }
        if (c.conditioned() != null) {
            conditioned(c.conditioned());
        }
        if (c.sobol() != null) {
            sobol(c.sobol(), c.charts(), c.evidence());
        }
        if (c.prim() != null) {
            prim(c.prim(), c.charts());
        }
        for (String w : c.warnings()) {
            if (w.equals(c.rankedNote())) {
                continue; // stated under "What decides the answer"
            }
            line("<p class=\"warn\">" + e(w) + "</p>");
        }
        line("<p>Files: " + e(String.join(", ", c.files()))
                + ". Methods and formulas: docs/methodology.md, “Sensitivity”.</p>");
        line("</body></html>");
        return html.toString();
    }

    /** The findings in words. */
    private void decides(Context c) {
        if (c.tornado() == null && c.sobol() == null && c.conditioned() == null && c.prim() == null) {
            return; // an export-only run: nothing was ranked, so no heading without findings
        }
        line("<h2>What decides the answer" + (c.evidence() ? " given the evidence" : "") + "</h2><ul>");
        if (c.rankedNote() != null) {
            line("<li><b>What is ranked:</b> " + e(c.rankedNote()) + ".</li>");
        }
        if (c.conditioned() != null) {
            ConditionedIndices k = c.conditioned();
            StringBuilder top = new StringBuilder();
            for (SobolResult.Index i : SensitivityText.topFirstOrder(k, 3)) {
                top.append(top.length() == 0 ? "" : "; ")
                        .append(e(i.factor().labelZh()))
                        .append(" (first-order index ")
                        .append(SensitivityText.index(i.s1(), i.s1Lo(), i.s1Hi()))
                        .append(")");
            }
            line("<li>Given the evidence, the inputs that matter most for <b>"
                    + e(k.output().label()) + "</b> (mean "
                    + fmt(k.mean()) + ", " + e(k.given().describe()) + "): " + top + ". A first-order index is the"
                    + " share of the output's variance that knowing the factor alone would remove.</li>");
            String outside = SensitivityText.outsideRanking(k, c.sobol());
            if (outside != null) {
                line("<li>" + e(outside) + ".</li>");
            }
        }
        if (c.sobol() != null) {
            SobolResult s = c.sobol();
            StringBuilder top = new StringBuilder();
            for (SobolResult.Index i : SensitivityText.top(s, 3)) {
                top.append(top.length() == 0 ? "" : "; ")
                        .append(e(i.factor().labelZh()))
                        .append(" (total index ")
                        .append(SensitivityText.index(i.st(), i.stLo(), i.stHi()))
                        .append(")");
            }
            line("<li>" + (c.evidence() ? "Before the evidence (prior), the" : "The")
                    + " inputs that matter most for <b>"
                    + e(s.output().label()) + "</b> (mean " + fmt(s.mean())
                    + "): " + top + ". A total index is the share of the output's variance the factor takes part in,"
                    + " alone or with others.</li>");
        }
        if (c.voi() != null) {
            for (ValueOfInformation.Ranking r : c.voi().rankings()) {
                int shown = r.output().is(Measure.ALL_MET) ? 3 : 1;
                for (SobolResult.Index i :
                        r.baselines().subList(0, Math.min(shown, r.baselines().size()))) {
                    line("<li>" + e(SensitivityText.voi(r, i, c.voi().given() != null)) + ".</li>");
                }
                if (r.output().is(Measure.ALL_MET) && r.together() != null) {
                    line("<li>" + e(SensitivityText.together(r, c.voi().given() != null)) + ".</li>");
                }
            }
            c.voi().skipped().forEach(s -> line("<li>Not ranked: " + e(s) + ".</li>"));
        }
        if (c.prim() != null) {
            line("<li>" + e(SensitivityText.rule(c.prim(), true)) + ".</li>");
        }
        if (c.tornado() != null && !c.tornado().bars().isEmpty()) {
            TornadoResult.Bar b = c.tornado().bars().get(0);
            line("<li>One at a time, the largest swing in "
                    + e(c.tornado().metric().label())
                    + (c.tornado().given() != null ? " given the evidence" : "") + " comes from "
                    + e(b.factor().labelZh()) + ": "
                    + e(SensitivityText.metric(c.tornado().metric(), b.low().value(), false)) + " at its P10, "
                    + e(SensitivityText.metric(c.tornado().metric(), b.high().value(), false))
                    + " at its P90 (base "
                    + e(SensitivityText.metric(
                            c.tornado().metric(), c.tornado().base().value(), false)) + ").</li>");
        }
        line("</ul>");
    }

    private void tornado(TornadoResult t, boolean charts) {
        line("<h2>Tornado: " + e(t.metric().label()) + (t.given() != null ? " given the evidence" : "") + "</h2>");
        line("<p>Each factor fixed at its P10 and at its P90 (every draw of a group at its own quantile), the others"
                + " random, " + t.trials() + " trials an arm under common random numbers: the swing is computed trial"
                + " by trial and its ± is the paired standard error.</p>");
        if (t.given() != null) {
            line("<p>Given the evidence: a factor the evidence reads is fixed at its quantiles given the evidence"
                    + " (weighted P10 and P90), the others at their own; every arm is weighted by its own likelihood,"
                    + " so an arm estimates the metric given the evidence and the factor's value; the ± is the"
                    + " weighted paired (delta-method) standard error. Base arm: "
                    + e(t.given().describe())
                    + ".</p>");
        }
        if (charts) {
            line("<p><img src=\"tornado.png\" alt=\"tornado.png\"></p>");
        }
        line(
                "<table><tr><th>factor</th><th>P10 / P90</th><th>at P10</th><th>at P90</th><th>swing ± paired SE</th></tr>");
        for (TornadoResult.Bar b : t.bars().subList(0, Math.min(12, t.bars().size()))) {
            Factor f = b.factor();
            String values = f.isGroup() || Double.isNaN(b.lowValue())
                    ? "each draw"
                    : f.scale().format(b.lowValue()) + " / " + f.scale().format(b.highValue());
            line("<tr><td>" + e(f.labelZh()) + "</td><td>" + e(values) + "</td><td>"
                    + e(SensitivityText.arm(t, b.low(), b.lowEss())) + "</td><td>"
                    + e(SensitivityText.arm(t, b.high(), b.highEss())) + "</td><td>"
                    + e(SensitivityText.swing(t, b)) + "</td></tr>");
        }
        line("</table>");
    }

    private void conditioned(ConditionedIndices k) {
        line("<h2>First-order indices given the evidence: " + e(k.output().label()) + "</h2>");
        line("<p>From the design's " + k.trials() + " base trials (the run's), weighted by their likelihood ("
                + e(k.given().describe()) + "): the trials in order of each factor cut into " + k.bins() + " bins of"
                + " equal weight, a weighted least-squares line in each; the variance of the fitted conditional mean,"
                + " less its noise, over the output's conditioned variance (the given-data estimator,"
                + " docs/methodology.md); 95% normal intervals from the delta method. Factors of one value a trial"
                + " only.</p>");
        line("<table><tr><th>factor</th><th>S1 given the evidence [95%]</th></tr>");
        for (SobolResult.Index i : SensitivityText.topFirstOrder(k, k.indices().size())) {
            line("<tr><td>" + e(i.factor().labelZh()) + "</td><td>" + SensitivityText.index(i.s1(), i.s1Lo(), i.s1Hi())
                    + "</td></tr>");
        }
        line("</table>");
    }

    private void sobol(SobolResult s, boolean charts, boolean prior) {
        line("<h2>Sobol indices" + (prior ? " (prior, before the evidence)" : "") + ": "
                + e(s.output().label()) + "</h2>");
        line("<p>Saltelli design with N = " + s.baseSamples() + " base samples ("
                + (long) s.baseSamples() * (s.indices().size() + 2)
                + " model runs); first-order S1 (Saltelli 2010) and total ST (Jansen 1999);"
                + " 95% bootstrap percentile intervals from " + s.resamples() + " resamples (widest ±"
                + String.format(Locale.ROOT, "%.3f", s.widestHalfWidth()) + ").</p>");
        if (charts) {
            line("<p><img src=\"sobol.png\" alt=\"sobol.png\"></p>");
        }
        line("<table><tr><th>factor</th><th>S1 [95%]</th><th>ST [95%]</th></tr>");
        for (SobolResult.Index i : SensitivityText.top(s, s.indices().size())) {
            line("<tr><td>" + e(i.factor().labelZh()) + "</td><td>" + SensitivityText.index(i.s1(), i.s1Lo(), i.s1Hi())
                    + "</td><td>" + SensitivityText.index(i.st(), i.stLo(), i.stHi()) + "</td></tr>");
        }
        line("</table>");
    }

    private void prim(PrimResult p, boolean charts) {
        line("<h2>Scenario discovery (PRIM): " + e(p.conditionLabel()) + "</h2>");
        line("<p>On " + p.trials() + " trials (" + p.hits() + " meet the condition): peeling 5% at a time, the densest"
                + " box holding at least " + Math.round(100 * p.minCoverage()) + "% of them, pasted, then stripped of"
                + " limits that change its density by less than a point.</p>");
        if (charts) {
            line("<p><img src=\"prim.png\" alt=\"prim.png\"></p>");
        }
        line("<p><b>" + e(SensitivityText.rule(p, true)) + ".</b></p>");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
