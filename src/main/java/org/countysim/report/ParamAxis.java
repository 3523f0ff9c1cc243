package org.countysim.report;

/**
 * A swept parameter as charts name it: its scenario path (CSV headers and JSON keep the path, which scripts
 * match on) and readable names in Chinese and in Latin letters (for charts drawn without a CJK font).
 */
public record ParamAxis(String path, String zh, String en) {
    /** The name in the style's language. */
    String name(ChartStyle style) {
        return style.chinese ? zh : en;
    }
}
