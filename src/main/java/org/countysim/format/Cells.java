package org.countysim.format;

import java.math.BigDecimal;
import java.math.MathContext;

/** How values become CSV cells: numbers in Locale.ROOT plain notation, text safe to open in a spreadsheet. */
public final class Cells {
    private static final MathContext DIGITS = new MathContext(8);

    private Cells() {}

    /** Up to 8 significant digits, no exponent, empty for NaN. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** For people: two significant digits, no exponent ("0.16" for a standard error of 0.15811388…). */
    public static String twoDigits(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return num(v);
        }
        return new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /**
     * Text from input files, neutralised against spreadsheet formula injection (OWASP "CSV Injection"):
     * a cell starting with =, +, -, @, tab or CR gets a leading apostrophe, which Excel and LibreOffice
     * show as text and pandas/R read unchanged apart from that character.
     */
    public static String text(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
