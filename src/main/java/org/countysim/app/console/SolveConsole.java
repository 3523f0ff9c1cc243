package org.countysim.app.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.countysim.app.SolvePipeline;
import org.countysim.app.SolveSearch;
import org.countysim.format.Cells;
import org.countysim.result.SolveEvaluation;

/** The console answer of solve: the value, the uncertainty around it, and every crossing of the target. */
public final class SolveConsole {
    private SolveConsole() {}

    public static void print(PrintWriter out, SolvePipeline.Outcome o) {
        SolveSearch.Result s = o.search();
        if (!o.overrides().isEmpty()) {
            out.println("what-if (--set), not the scenario file as written: " + String.join("; ", o.overrides()));
        }
        if (o.reachable()) {
            out.printf(
                    Locale.ROOT,
                    "smallest %s with %s: %s (%s)%n",
                    o.path(),
                    o.target().text(),
                    x(o, s.solution().x()),
                    at(o, s.solution()));
            if (s.crossings().size() == 1 && s.crossings().get(0).rising()) {
                out.println("uncertainty: " + uncertainty(o, s.crossings().get(0)));
            }
        } else {
            out.printf(
                    Locale.ROOT,
                    "not reachable within [%s, %s]: no evaluated value meets %s; the best is %s (%s)%n",
                    x(o, o.lo()),
                    x(o, o.hi()),
                    o.target().text(),
                    x(o, s.best().x()),
                    at(o, s.best()));
        }
        if (s.crossings().size() > 1
                || s.crossings().size() == 1 && !s.crossings().get(0).rising()) {
            out.println("the metric crosses the target " + s.crossings().size() + " time"
                    + (s.crossings().size() == 1 ? "" : "s") + ":");
            for (SolveSearch.Crossing c : s.crossings()) {
                out.printf(
                        Locale.ROOT,
                        "  %s %s (%s; %s at %s); %s%n",
                        c.rising() ? "met from" : "missed again from",
                        x(o, c.to().x()),
                        at(o, c.to()),
                        VariantConsole.fmt(
                                o.target().metric(),
                                c.from().p(),
                                false,
                                o.resolution(c.from().x())),
                        x(o, c.from().x()),
                        uncertainty(o, c));
            }
        }
        out.printf(
                Locale.ROOT,
                "search: grid of %d points on [%s, %s], then bisection to %s; %d evaluations of %d"
                        + " trials, seed %d, common random numbers%n",
                s.grid().size(),
                x(o, o.lo()),
                x(o, o.hi()),
                o.integer() && o.tolerance() <= 1 ? "whole numbers" : Cells.num(o.tolerance()),
                s.evaluations().size(),
                o.trials(),
                o.seed());
        VariantConsole.footer(out, o.warnings(), o.outDir().toString());
    }

    /** Where the crossing stands out of the Monte Carlo noise (2 SE) on each side. */
    private static String uncertainty(SolvePipeline.Outcome o, SolveSearch.Crossing c) {
        String old = c.rising() ? "missed" : "met";
        String now = c.rising() ? "met" : "missed";
        return (c.clearlyBefore() == null
                        ? "no evaluated value before it is clearly " + old
                        : "at " + x(o, c.clearlyBefore()) + " the target is " + old + " by more than 2 SE")
                + (c.clearlyAfter() == null
                        ? ", and none after it is clearly " + now
                        : ", from " + x(o, c.clearlyAfter()) + " " + now + " by more than 2 SE");
    }

    private static String at(SolvePipeline.Outcome o, SolveEvaluation e) {
        return o.target().metric().id() + " = "
                + VariantConsole.fmt(o.target().metric(), e.p(), false, o.resolution(e.x()));
    }

    /** A whole-number parameter prints without decimals. */
    static String x(SolvePipeline.Outcome o, double x) {
        return o.integer() ? String.valueOf(Math.round(x)) : Cells.num(x);
    }
}
