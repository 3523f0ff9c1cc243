package org.countysim.app.console;

import org.countysim.format.Percent;
import org.countysim.result.Summary;

/** Console columns: padding by display width, and probabilities with their percent signs aligned. */
final class ConsoleText {
    private ConsoleText() {}

    /** A probability, its percent sign aligned in a column. */
    static String percent(Summary.Estimate e, long trials) {
        String text = Percent.probability(e.value(), e.se(), trials);
        return " ".repeat(Math.max(0, 5 - text.indexOf('%'))) + text;
    }

    /** Pads to a display width, counting CJK and full-width characters as two columns. */
    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - width(s)));
    }

    /** The display width: CJK and full-width characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x1100
                            && (ch <= 0x115F
                                    || ch >= 0x2E80 && ch <= 0xA4CF
                                    || ch >= 0xAC00 && ch <= 0xD7A3
                                    || ch >= 0xF900 && ch <= 0xFAFF
                                    || ch >= 0xFF00 && ch <= 0xFF60)
                    ? 2
                    : 1;
        }
        return w;
    }
}
