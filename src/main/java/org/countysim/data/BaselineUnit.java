package org.countysim.data;

/**
 * One row of the baseline CSV: a county-level unit (or functional zone) in the base year.
 *
 * @param gdpYi     point GDP in 亿元, or NaN when the source gives only a band
 * @param gdpLowYi  lower end of the band (equal to gdpYi for an exact figure)
 * @param gdpHighYi upper end of the band
 * @param sectorsYi primary/secondary/tertiary value added in 亿元, or null when not given
 * @param line      line of the row in its file, for messages
 */
public record BaselineUnit(String code, String nameZh, String nameEn, String kind, int year,
                           double gdpYi, double gdpLowYi, double gdpHighYi, String status,
                           String source, double[] sectorsYi, int line) {

    public boolean isBanded() {
        return gdpHighYi > gdpLowYi;
    }

    public boolean hasSectors() {
        return sectorsYi != null;
    }

    /** Chinese name when present, else English, else the code. */
    public String displayName() {
        if (!nameZh.isEmpty()) {
            return nameZh;
        }
        return nameEn.isEmpty() ? code : nameEn;
    }

    /** English name when present, else the code (for charts without a CJK font). */
    public String latinName() {
        return nameEn.isEmpty() ? code : nameEn;
    }
}
