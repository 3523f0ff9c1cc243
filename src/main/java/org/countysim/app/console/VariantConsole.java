package org.countysim.app.console;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.countysim.app.ComparePipeline;
import org.countysim.app.SweepPipeline;
import org.countysim.format.Cells;
import org.countysim.format.Percent;
import org.countysim.model.Metric;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;

/** Console tables for compare and sweep: levels, and differences from the first variant with paired SEs. */
public final class VariantConsole {
    private static final int COLUMN = 22;

    private VariantConsole() {}

    static String fmt(Metric metric, Summary.Estimate e, boolean signed, long trials) {
        if (metric.isProbability()) {
            return signed
                    ? Percent.difference(e.value(), e.se(), trials)
                    : Percent.probability(e.value(), e.se(), trials);
        }
        return String.format(Locale.ROOT, signed ? "%+.3f ±%.3f" : "%.3f ±%.3f", e.value(), e.se());
    }

    /** Each scenario's level; after every scenario but the first, its difference from the first (paired SE). */
    public static void compare(PrintWriter out, ComparePipeline.Outcome o) {
        VariantResult r = o.result();
        out.printf(
                Locale.ROOT,
                "compare: %d trials, seed %d, common random numbers; Δ = scenario − %s, ± its paired" + " SE%n",
                r.trials(),
                o.seed(),
                r.variants().get(0));
        whatIf(out, o.overrides());
        // a Δ column follows its scenario's; it names what it subtracts, and no header runs into the next
        String delta = "Δ vs " + r.variants().get(0);
        int width = COLUMN;
        for (String name : r.variants()) {
            width = Math.max(width, ConsoleText.width(name) + 2);
        }
        width = Math.max(width, ConsoleText.width(delta) + 2);
        StringBuilder header = new StringBuilder(ConsoleText.pad("metric", 36));
        for (int v = 0; v < r.variants().size(); v++) {
            header.append(ConsoleText.pad(r.variants().get(v), width));
            if (v > 0) {
                header.append(ConsoleText.pad(delta, width));
            }
        }
        out.println(header.toString().stripTrailing());
        for (Metric id : r.metrics()) {
            int j = id.position();
            StringBuilder row = new StringBuilder(ConsoleText.pad(id.label(), 36));
            for (int v = 0; v < r.variants().size(); v++) {
                row.append(ConsoleText.pad(fmt(id, r.values()[v][j], false, r.resolution(v)), width));
                if (v > 0) {
                    row.append(ConsoleText.pad(fmt(id, r.differences()[v][j], true, r.differenceResolution(v)), width));
                }
            }
            out.println(row.toString().stripTrailing());
        }
        ess(out, r);
        footer(out, o.warnings(), o.outDir().toString());
    }

    /** With evidence (model.md §11): each variant's effective sample size, as the estimates are weighted. */
    static void ess(PrintWriter out, VariantResult r) {
        if (!r.weighted()) {
            return;
        }
        StringBuilder line = new StringBuilder("\nconditioned on evidence (model.md §11); effective sample size:");
        for (int v = 0; v < r.variants().size(); v++) {
            line.append(String.format(
                    Locale.ROOT, "%s %s %.0f", v == 0 ? "" : ",", r.variants().get(v), r.ess()[v]));
        }
        out.println(line.append(" of ").append(r.trials()).append(" trials"));
    }

    /** One row per point: the parameter values, the metric, and its difference from the first point. */
    public static void sweep(PrintWriter out, SweepPipeline.Outcome o) {
        VariantResult r = o.result();
        int m = o.metric().position();
        out.printf(
                Locale.ROOT,
                "sweep: %d points × %d trials, seed %d, common random numbers; Δ = point − first"
                        + " point, ± its paired SE%n",
                o.points().size(),
                r.trials(),
                o.seed());
        whatIf(out, o.overrides());
        StringBuilder header = new StringBuilder();
        for (String path : o.paths()) {
            header.append(ConsoleText.pad(path, Math.max(14, path.length() + 2)));
        }
        header.append(ConsoleText.pad(o.metric().id(), COLUMN))
                .append("Δ ")
                .append(o.metric().id());
        out.println(header);
        for (int v = 0; v < o.points().size(); v++) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < o.paths().size(); i++) {
                String path = o.paths().get(i);
                row.append(ConsoleText.pad(Cells.num(o.points().get(v)[i]), Math.max(14, path.length() + 2)));
            }
            row.append(ConsoleText.pad(fmt(o.metric(), r.values()[v][m], false, r.resolution(v)), COLUMN));
            row.append(v == 0 ? "" : fmt(o.metric(), r.differences()[v][m], true, r.differenceResolution(v)));
            out.println(row.toString().stripTrailing());
        }
        ess(out, r);
        footer(out, o.warnings(), o.outDir().toString());
    }

    /** A what-if says so under its header, so that its numbers are never read as the scenarios' own. */
    static void whatIf(PrintWriter out, List<String> overrides) {
        if (!overrides.isEmpty()) {
            out.println("what-if (--set), not the scenario files as written: " + String.join("; ", overrides));
        }
        out.println();
    }

    static void footer(PrintWriter out, List<String> warnings, String outDir) {
        for (String w : warnings) {
            out.println("warning: " + w);
        }
        out.println("results: " + outDir);
        out.flush();
    }
}
