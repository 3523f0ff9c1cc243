package org.countysim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.countysim.report.Percent;
import org.countysim.app.RunOutcome;
import org.countysim.result.Summary;
import org.countysim.scenario.Scenario;

/** The compact stdout report of a run: bands with target, expected count and P(met); P(all met); data quality. */
final class ConsoleTable {
    private ConsoleTable() {
    }

    public static void print(PrintWriter out, RunOutcome o) {
        Scenario sc = o.compiled().scenario();
        out.printf(Locale.ROOT, "countysim %s — %s: %d trials, seed %d, %d→%d%n", sc.name(), sc.title(), o.trials(),
                o.seed(), sc.baseYear(), sc.horizon());
        for (Summary.Tiers tiers : o.summary().tiers()) {
            out.printf(Locale.ROOT, "%n%s counting at %d%n", tiers.counting(), sc.horizon());
            out.println(pad("band", 14) + pad("target", 8) + pad("expected", 16) + "P(target met)");
            for (Summary.Band b : tiers.bands()) {
                out.println(pad(b.label(), 14) + pad(String.valueOf(b.target()), 8)
                        + pad(String.format(Locale.ROOT, "%.2f ±%.3f", b.meanCount().value(), b.meanCount().se()), 16)
                        + percent(b.met()));
            }
            out.println("P(all targets met): " + percent(tiers.allMet()));
        }
        out.println();
        out.println(o.compiled().quality().line());
        for (String w : o.warnings()) {
            out.println("warning: " + w);
        }
        out.println("results: " + o.outDir() + " (open report.html)");
        out.flush();
    }

    static String percent(Summary.Estimate e) {
        String text = Percent.withSe(e.value(), e.se(), false);
        return " ".repeat(Math.max(0, 5 - text.indexOf('%'))) + text;
    }

    /** Pads to a display width, counting CJK and full-width characters as two columns. */
    static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x1100 && (ch <= 0x115F || ch >= 0x2E80 && ch <= 0xA4CF || ch >= 0xAC00 && ch <= 0xD7A3
                    || ch >= 0xF900 && ch <= 0xFAFF || ch >= 0xFF00 && ch <= 0xFF60) ? 2 : 1;
        }
        return s + " ".repeat(Math.max(1, width - w));
    }
}
