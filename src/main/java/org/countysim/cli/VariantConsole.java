package org.countysim.cli;

import org.countysim.report.Percent;
import org.countysim.report.Cells;
import org.countysim.result.MetricIds;
import java.io.PrintWriter;
import java.util.Locale;
import org.countysim.app.ComparePipeline;
import org.countysim.app.SolvePipeline;
import org.countysim.app.SweepPipeline;
import org.countysim.result.VariantResult;
import org.countysim.result.Summary;

/** Console tables for compare, sweep and solve. */
final class VariantConsole {
    private VariantConsole() {
    }

    static String fmt(String metric, Summary.Estimate e, boolean signed, long trials) {
        if (metric.startsWith("p_")) {
            return signed ? Percent.difference(e.value(), e.se(), trials) : Percent.probability(e.value(), e.se(), trials);
        }
        return String.format(Locale.ROOT, signed ? "%+.3f ±%.3f" : "%.3f ±%.3f", e.value(), e.se());
    }

    public static void compare(PrintWriter out, ComparePipeline.Outcome o) {
        VariantResult r = o.result();
        double[] thresholds = o.scenarios().get(0).model().thresholds();
        org.countysim.model.Targets targets = o.scenarios().get(0).model().targets();
        out.printf(Locale.ROOT, "compare: %d trials, seed %d, common random numbers; Δ = scenario − %s%n%n",
                r.trials(), o.seed(), r.variants().get(0));
        StringBuilder header = new StringBuilder(ConsoleTable.pad("metric", 36));
        for (int v = 0; v < r.variants().size(); v++) {
            header.append(ConsoleTable.pad(v == 0 ? r.variants().get(v) : "Δ " + r.variants().get(v), 22));
        }
        out.println(header.toString().stripTrailing());
        for (int j = 0; j < r.metrics().size(); j++) {
            String id = r.metrics().get(j);
            StringBuilder row = new StringBuilder(ConsoleTable.pad(MetricIds.label(id, thresholds, targets), 36));
            for (int v = 0; v < r.variants().size(); v++) {
                row.append(ConsoleTable.pad(v == 0 ? fmt(id, r.values()[0][j], false, r.trials())
                        : fmt(id, r.differences()[v][j], true, r.trials()), 22));
            }
            out.println(row.toString().stripTrailing());
        }
        out.println("results: " + o.outDir());
        out.flush();
    }

    public static void sweep(PrintWriter out, SweepPipeline.Outcome o) {
        VariantResult r = o.result();
        int m = r.metric(o.metric());
        out.printf(Locale.ROOT, "sweep: %d points × %d trials, common random numbers; metric %s%n%n", o.points().size(),
                r.trials(), o.metric());
        for (int v = 0; v < o.points().size(); v++) {
            out.println(ConsoleTable.pad(r.variants().get(v), 48) + fmt(o.metric(), r.values()[v][m], false, r.trials()));
        }
        out.println("results: " + o.outDir());
        out.flush();
    }

    public static void solve(PrintWriter out, SolvePipeline.Outcome o) {
        if (o.reachable()) {
            out.printf(Locale.ROOT, "smallest %s with %s: %s (%s = %s)%n", o.path(), o.target(),
                    Cells.num(o.solution()), o.metric(),
                    Percent.probability(o.atSolution().value(), o.atSolution().se(), o.trials()));
            out.printf(Locale.ROOT, "uncertainty: below %s the target is missed by more than 2 SE; from %s it is met"
                    + " by more than 2 SE%n", o.clearlyBelow() == null ? "(no evaluated value)" : Cells.num(o.clearlyBelow()),
                    o.clearlyAbove() == null ? "(no evaluated value)" : Cells.num(o.clearlyAbove()));
        } else {
            out.printf(Locale.ROOT, "not reachable within [%s, %s]: %s at %s is %s, below %s%n",
                    Cells.num(o.lo()), Cells.num(o.hi()), o.metric(), Cells.num(o.hi()),
                    Percent.probability(o.atSolution().value(), o.atSolution().se(), o.trials()), o.target());
        }
        for (String w : o.warnings()) {
            out.println("warning: " + w);
        }
        out.println("results: " + o.outDir());
        out.flush();
    }
}
