package org.countysim.util;

import java.util.Locale;
import java.util.Optional;

/**
 * Limits on text that inputs carry into every output (unit names, codes, labels, titles): a bounded length,
 * so that a runaway cell cannot stall chart layout or bloat counties.csv, and no control characters, which
 * would corrupt CSV rows, terminals and reports or (bidirectional overrides) show a name other than it is.
 */
public final class InputText {
    /** Longest name, code or label: the longest official unit names are a few dozen characters. */
    public static final int MAX_NAME_CHARS = 200;
    /** Longest free note (a baseline row's source): room for a citation with its address. */
    public static final int MAX_NOTE_CHARS = 1000;
    /** How much of a rejected value a message quotes. */
    private static final int EXCERPT_CHARS = 40;

    private InputText() {}

    /** Why the text cannot be used ("is 5000000 characters long; at most 200"), or empty when it can. */
    public static Optional<String> problem(String text, int maxChars) {
        int length = text.codePointCount(0, text.length());
        if (length > maxChars) {
            return Optional.of("is " + length + " characters long; at most " + maxChars + " are allowed");
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isForbidden(cp)) {
                return Optional.of("contains the control character " + String.format(Locale.ROOT, "U+%04X", cp)
                        + " at character " + (text.codePointCount(0, i) + 1) + ": remove it");
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** C0/C1 controls (NUL, tab, line ends...), line/paragraph separators and bidirectional overrides. */
    static boolean isForbidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069;
    }

    /** The text for a message: cut to a few dozen characters, controls shown as '?'. */
    public static String excerpt(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(EXCERPT_CHARS).forEach(cp -> out.appendCodePoint(isForbidden(cp) ? '?' : cp));
        return text.codePointCount(0, text.length()) > EXCERPT_CHARS ? out + "…" : out.toString();
    }
}
