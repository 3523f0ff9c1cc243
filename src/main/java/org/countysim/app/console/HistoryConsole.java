package org.countysim.app.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.countysim.app.BacktestPipeline;
import org.countysim.app.CalibratePipeline;
import org.countysim.history.Actual;
import org.countysim.history.Backtest;
import org.countysim.history.Calibration;
import org.countysim.history.Estimate;
import org.countysim.history.GrowthObservation;
import org.countysim.history.Score;
import org.countysim.report.CalibrationFragment;

/** Console output of calibrate and backtest. */
public final class HistoryConsole {
    private HistoryConsole() {}

    public static void calibration(PrintWriter out, CalibratePipeline.Outcome o) {
        Calibration c = o.calibration();
        out.println("countysim calibrate " + c.file() + ": "
                + (c.panel()
                        ? "panel of units " + c.series() + " (one-factor decomposition)"
                        : "one series, unit " + c.series()));
        StringBuilder used = new StringBuilder();
        for (GrowthObservation g : c.used()) {
            used.append(used.length() == 0 ? "" : ", ")
                    .append(c.panel() ? g.unit() + " " : "")
                    .append(String.format(
                            Locale.ROOT, "%d %.2f%%%s", g.year(), 100 * g.realGrowth(), g.derived() ? "*" : ""));
        }
        out.println("real growth used: " + used
                + (c.used().stream().anyMatch(GrowthObservation::derived)
                        ? "  (* from nominal GDP and the deflator)"
                        : ""));
        CalibrationFragment.skipped(c.skipped()).forEach(s -> out.println("no growth rate: " + s));
        out.println();
        out.println(ConsoleText.pad("estimate", 22) + ConsoleText.pad("value", 10) + ConsoleText.pad("SE", 10)
                + ConsoleText.pad("n", 5) + "years");
        row(out, c.trend(), true);
        row(out, c.commonSd(), true);
        row(out, c.unitSd(), true);
        row(out, c.rho(), false);
        out.println();
        c.notes().forEach(n -> out.println("note: " + n));
        o.warnings().forEach(w -> out.println("warning: " + w));
        out.println("fragment: " + o.fragment());
        out.flush();
    }

    private static void row(PrintWriter out, Estimate e, boolean percent) {
        if (e == null) {
            return;
        }
        String value = percent
                ? String.format(Locale.ROOT, "%.2f%%", 100 * e.value())
                : String.format(Locale.ROOT, "%.3f", e.value());
        String se = percent
                ? String.format(Locale.ROOT, "±%.2f", 100 * e.se())
                : String.format(Locale.ROOT, "±%.3f", e.se());
        out.println(ConsoleText.pad(e.name(), 22)
                + ConsoleText.pad(value, 10)
                + ConsoleText.pad(se, 10)
                + ConsoleText.pad(String.valueOf(e.n()), 5)
                + CalibrationFragment.years(e.years()));
    }

    public static void backtest(PrintWriter out, BacktestPipeline.Outcome o) {
        Backtest b = o.backtest();
        out.printf(
                Locale.ROOT,
                "countysim backtest %s without interventions from %d: %d trials, seed %d%n%n",
                o.scenarioName(),
                b.baseYear(),
                b.trials(),
                b.seed());
        out.println(ConsoleText.pad("unit", 12) + ConsoleText.pad("year", 6) + ConsoleText.pad("actual", 16)
                + ConsoleText.pad("P5", 9) + ConsoleText.pad("P50", 9) + ConsoleText.pad("P95", 9)
                + ConsoleText.pad("PIT", 14) + ConsoleText.pad("in 90%", 8) + ConsoleText.pad("in 50%", 8) + "CRPS");
        for (Score s : b.scores()) {
            Actual a = s.actual();
            String actual = a.isBand()
                    ? String.format(Locale.ROOT, "[%.0f, %.0f]", a.low(), a.high())
                    : String.format(Locale.ROOT, "%.1f", a.low());
            String pit = a.isBand()
                    ? String.format(Locale.ROOT, "P(band) %.2f", s.pBand())
                    : String.format(Locale.ROOT, "%.3f", s.pit());
            out.println(ConsoleText.pad(a.name(), 12)
                    + ConsoleText.pad(String.valueOf(a.year()), 6)
                    + ConsoleText.pad(actual, 16)
                    + ConsoleText.pad(num(s.quantiles()[0]), 9)
                    + ConsoleText.pad(num(s.quantiles()[3]), 9)
                    + ConsoleText.pad(num(s.quantiles()[6]), 9)
                    + ConsoleText.pad(pit, 14)
                    + ConsoleText.pad(share(s.inside90()), 8)
                    + ConsoleText.pad(share(s.inside50()), 8)
                    + num(s.crps()));
        }
        Backtest.Totals t = b.totals();
        out.println();
        out.printf(
                Locale.ROOT,
                "%d actual%s: mean PIT %s; inside P5–P95 %.0f%% (nominal 90%%), inside P25–P75 %.0f%%"
                        + " (nominal 50%%); mean CRPS %.1f亿 (%.1f%% of the actual)%n",
                t.actuals(),
                t.actuals() == 1 ? "" : "s",
                t.points() == 0 ? "— (bands only)" : String.format(Locale.ROOT, "%.3f", t.meanPit()),
                100 * t.inside90(),
                100 * t.inside50(),
                t.meanCrps(),
                100 * t.meanRelativeCrps());
        b.notes().forEach(n -> out.println("note: " + n));
        o.warnings().forEach(w -> out.println("warning: " + w));
        out.println("results: " + o.outDir());
        out.flush();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String share(double v) {
        return v == 0 || v == 1 ? (v == 1 ? "yes" : "no") : String.format(Locale.ROOT, "%.2f", v);
    }
}
