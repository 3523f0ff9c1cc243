package org.countysim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.countysim.format.Percent;
import org.countysim.model.BandLabels;
import org.countysim.model.Counting;
import org.countysim.model.Measure;
import org.countysim.model.Targets;
import org.countysim.model.UnitInfo;
import org.countysim.result.Attribution;
import org.countysim.result.Summary;

/**
 * report.html: one self-contained page for reviewers — the answer (probabilities of the targets), the
 * charts, each unit at the horizon, the contributions, the data quality and the warnings. Every text that
 * comes from input files or scenarios is HTML-escaped.
 */
public final class HtmlReport {
    /** What the page shows besides the summary. */
    /** @param shown the counts to show beside the targets (--counting), the headline first */
    /** @param evidence what a run conditioned on evidence shows beside its answer (model.md §11); null without */
    public record Context(
            String title,
            String scenarioName,
            int baseYear,
            int horizon,
            long trials,
            long seed,
            List<UnitInfo> units,
            double[] thresholds,
            Targets targets,
            List<Counting> shown,
            Attribution attribution,
            String dataQuality,
            List<String> warnings,
            List<String> interventions,
            boolean charts,
            EvidenceSection evidence,
            List<String> overrides,
            List<String> assumptions) {}

    private final StringBuilder html = new StringBuilder();
    /** Trials behind the probabilities on the page (the attribution's, in its section). */
    private long trials;

    private HtmlReport() {}

    public static void write(Path file, Summary summary, Context c) throws IOException {
        Files.writeString(file, new HtmlReport().page(summary, c), StandardCharsets.UTF_8);
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** A probability for the page: its bounds ("< 0.005%") escaped like any text. */
    private String pct(Summary.Estimate e) {
        return escape(Percent.probability(e.value(), e.se(), trials));
    }

    private String delta(Summary.Estimate e) {
        return escape(Percent.difference(e.value(), e.se(), trials));
    }

    private void line(String s) {
        html.append(s).append('\n');
    }

    private String page(Summary s, Context c) {
        line("<!DOCTYPE html>");
        line("<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + escape(c.title()) + "</title>");
        line("<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
                + "text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
                + "img{max-width:100%;border:1px solid #eee;margin:0.5em 0}.big{font-size:1.4em}"
                + ".warn{color:#b71c1c}</style></head><body>");
        line("<h1>" + escape(c.title()) + "</h1>");
        line("<p>Scenario <code>" + escape(c.scenarioName()) + "</code>: " + c.baseYear() + " → " + c.horizon()
                + ", " + c.trials() + " Monte Carlo trials, seed " + c.seed() + ". Money in 亿元 (100 million yuan),"
                + " nominal. ± is one Monte Carlo standard error.</p>");
        line("<p>Interventions: "
                + (c.interventions().isEmpty() ? "none" : escape(String.join(" · ", c.interventions()))) + "</p>");
        if (!c.overrides().isEmpty()) {
            line("<p class=\"warn\"><b>What-if run</b>: the scenario file with these changes (--set), not the scenario"
                    + " itself:</p><ul>");
            c.overrides().forEach(o -> line("<li><code>" + escape(o) + "</code></li>"));
            line("</ul>");
        }
        if (!c.assumptions().isEmpty()) {
            line("<h2>Assumptions that decide the answer</h2><ul>");
            c.assumptions().forEach(a -> line("<li>" + escape(a) + "</li>"));
            line("</ul>");
        }
        trials = s.effectiveTrials();
        if (c.evidence() != null) {
            html.append(c.evidence().html(s, c.thresholds(), c.targets(), c.charts()));
        }
        tiers(s.tiers(), c);
        if (c.charts()) {
            line("<h2>Charts</h2>");
            for (String png : List.of(
                    RunOutputs.TIERS_CHART,
                    RunOutputs.COUNTY_TIERS_CHART,
                    RunOutputs.FANS_CHART,
                    RunOutputs.CONTRIBUTIONS_CHART)) {
                if (!png.equals(RunOutputs.CONTRIBUTIONS_CHART) || c.attribution() != null) {
                    line("<p><img src=\"" + png + "\" alt=\"" + png + "\"></p>");
                }
            }
        }
        units(s, c);
        if (c.attribution() != null) {
            contributions(c.attribution());
        }
        line("<h2>Data and warnings</h2><p>" + escape(c.dataQuality()) + "</p>");
        for (String w : c.warnings()) {
            line("<p class=\"warn\">" + escape(w) + "</p>");
        }
        line("<p>Files: summary.csv, tier_distribution.csv, counties.csv, city.csv, contributions.csv,"
                + " manifest.json (hashes of the scenario and data, seed, version)."
                + (c.evidence() == null
                        ? ""
                        : " With evidence every table holds the rows given the evidence and the prior rows, told apart by its"
                                + " first column, conditioning.")
                + "</p>");
        line("</body></html>");
        return html.toString();
    }

    /**
     * The answer: P(all targets met) in words and on the sorted units, P(exact structure) as the secondary
     * reading, then a table per counting shown, each count beside the target of its own kind.
     */
    private void tiers(Summary.Tiers t, Context c) {
        line("<h2>Targets in " + c.horizon() + (c.evidence() == null ? "" : ", given the evidence") + "</h2>");
        line("<p class=\"big\">P(all targets met" + (c.evidence() == null ? "" : " | evidence") + ") = <b>"
                + pct(t.allMet()) + "</b>"
                + (c.evidence() == null
                        ? ""
                        : " <small>(prior "
                                + escape(Percent.probability(
                                        c.evidence().prior().tiers().allMet().value(),
                                        c.evidence().prior().tiers().allMet().se(),
                                        c.evidence().prior().trials()))
                                + ")</small>")
                + "</p>");
        line("<p>A target is met when at least that many units are at or above its threshold; units that do better"
                + " than their band still count. All targets are met when the units, sorted by GDP, reach the"
                + " structure: " + escape(BandLabels.sortedReading(c.targets().cumulative(), c.thresholds()))
                + ".</p>");
        line("<p>Secondary: P(exact structure " + escape(c.targets().structure()) + ", exactly the target in every"
                + " band) = " + pct(t.exactAll()) + ". A unit that grows out of its band breaks it, so it is not a"
                + " measure of success.</p>");
        for (Counting counting : c.shown()) {
            boolean met = counting == Counting.CUMULATIVE;
            line(
                    met
                            ? "<table><tr><th>target</th><th>as listed (band)</th><th>units at or above (expected)</th>"
                                    + "<th>P5–P50–P95</th><th>P(met)</th></tr>"
                            : "<table><tr><th>exact structure</th><th>band target</th><th>units in the band (expected)</th>"
                                    + "<th>P5–P50–P95</th><th>P(exactly)</th></tr>");
            for (int k = 0; k < t.bands().size(); k++) {
                Summary.Band b = t.bands().get(k);
                Summary.CountDistribution d = b.count(counting);
                String what = met
                        ? BandLabels.atLeast(b.cumulativeTarget(), c.thresholds(), k)
                        : BandLabels.exactly(b.target(), c.thresholds(), k);
                line("<tr><td>" + escape(what)
                        + (b.name().equals(BandLabels.exclusive(c.thresholds(), k))
                                ? ""
                                : " <small>" + escape(b.name()) + "</small>")
                        + "</td><td>" + b.target() + "</td><td>"
                        + String.format(
                                Locale.ROOT,
                                "%.2f ± %.3f",
                                d.mean().value(),
                                d.mean().se())
                        + "</td><td>" + d.p5() + " – " + d.p50() + " – " + d.p95() + "</td><td>"
                        + pct(b.probability(counting)) + "</td></tr>");
            }
            line("</table>");
        }
    }

    private void units(Summary s, Context c) {
        line("<h2>Each unit in " + c.horizon() + "</h2><table><tr><th>unit</th><th>median GDP</th><th>P5–P95</th>"
                + "<th>most likely band</th>");
        for (double t : c.thresholds()) {
            line("<th>P(≥" + BandLabels.yi(t) + ")</th>");
        }
        line("</tr>");
        for (Summary.UnitYear u : s.unitYears()) {
            if (u.year() != c.horizon()) {
                continue;
            }
            UnitInfo info = c.units().get(u.unit());
            StringBuilder row = new StringBuilder(
                    "<tr><td>" + escape(info.displayName()) + " <small>" + escape(info.code()) + "</small></td>");
            row.append(String.format(
                    Locale.ROOT,
                    "<td>%.0f</td><td>%.0f – %.0f</td>",
                    u.quantiles()[Summary.MEDIAN],
                    u.quantiles()[0],
                    u.quantiles()[6]));
            row.append("<td>")
                    .append(escape(BandLabels.exclusive(c.thresholds(), u.modalBand())))
                    .append("</td>");
            for (Summary.Estimate e : u.pReach()) {
                row.append("<td>")
                        .append(escape(Percent.rounded(e.value(), s.effectiveTrials())))
                        .append("</td>");
            }
            line(row.append("</tr>").toString());
        }
        line("</table>");
    }

    private static boolean anyNegative(Summary.Estimate[][] values, int metric) {
        for (Summary.Estimate[] row : values) {
            if (row[metric].value() < 0) {
                return true;
            }
        }
        return false;
    }

    private void contributions(Attribution a) {
        int all = a.metrics().of(Measure.ALL_MET).position();
        int city = a.metrics().of(Measure.CITY_GDP).position();
        boolean shapley = a.shapley() != null;
        line("<h2>What each intervention contributes</h2><p>"
                + (shapley
                        ? "Shapley values (the average marginal"
                                + " effect over every order of adding the interventions; they add up to all in − no policy)"
                        : "Leave-one-out deltas")
                + ", under common random numbers, " + a.trials() + " trials"
                + (Double.isNaN(a.ess())
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                ", conditioned on the evidence (effective" + " sample size %.0f)",
                                a.ess()))
                + ".</p>");
        long reportTrials = trials;
        trials = Double.isNaN(a.ess()) ? a.trials() : Math.max(1, (long) Math.floor(a.ess()));
        line("<table><tr><th>intervention</th><th>Δ P(all targets met)</th><th>Δ city GDP (亿元)</th>"
                + "<th>leave-one-out Δ P(all)</th></tr>");
        Summary.Estimate[][] main = shapley ? a.shapley() : a.leaveOneOut();
        for (int i = 0; i < a.interventions().size(); i++) {
            line("<tr><td>" + escape(a.labels().get(i)) + " <small>"
                    + escape(a.interventions().get(i))
                    + "</small></td><td>" + delta(main[i][all]) + "</td><td>"
                    + String.format(Locale.ROOT, "%.1f ± %.1f", main[i][city].value(), main[i][city].se())
                    + "</td><td>" + delta(a.leaveOneOut()[i][all]) + "</td></tr>");
        }
        line("<tr><td><b>all − no policy</b></td><td>" + delta(a.total()[all]) + "</td><td>"
                + String.format(Locale.ROOT, "%.1f ± %.1f", a.total()[city].value(), a.total()[city].se())
                + "</td><td></td></tr></table>");
        if (anyNegative(main, all)) {
            line("<p>A negative value here is within the Monte Carlo noise or comes from a lever that lowers some"
                    + " unit's GDP (a negative growth delta, fewer programme units than the trend quantity): a lever"
                    + " that only adds GDP can never lower P(all targets met), which counts units <i>at least</i> at"
                    + " each threshold. Its effect on the exact structure (contributions.csv, p_exact_*) can be"
                    + " negative: pushing a unit above its band is better, not 'exact'.</p>");
        }
        trials = reportTrials;
    }
}
