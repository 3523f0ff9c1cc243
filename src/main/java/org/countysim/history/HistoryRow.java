package org.countysim.history;

/**
 * One row of a history file: a unit (or the city, unit {@value History#CITY}) in one year.
 *
 * @param gdpYi      nominal GDP in 亿元, or NaN when the row gives none (or only a band)
 * @param gdpLowYi   lower end of a band, equal to {@code gdpYi} for a point, NaN when there is no GDP
 * @param gdpHighYi  upper end of a band, equal to {@code gdpYi} for a point, NaN when there is no GDP
 * @param realGrowth real growth over the previous year as a fraction (0.085 = 8.5%), NaN when not given
 * @param deflator   the GDP deflator's change over the previous year as a fraction, NaN when not given
 * @param sectorsYi  primary/secondary/tertiary value added in 亿元, or null
 * @param basis      the statistical basis of the levels (e.g. {@code revised-census-2018}); "" when not given
 * @param segment    0 for the unit's first row, +1 at every series break (a change of basis or a
 *                   {@code series_break} marker): levels are comparable only within a segment
 * @param line       the row's line in its file, for messages
 */
public record HistoryRow(
        String unit,
        String nameZh,
        String nameEn,
        int year,
        double gdpYi,
        double gdpLowYi,
        double gdpHighYi,
        double realGrowth,
        double deflator,
        double[] sectorsYi,
        String basis,
        int segment,
        int line) {

    public boolean hasGdp() {
        return !Double.isNaN(gdpLowYi);
    }

    /** A point figure: low and high agree. */
    public boolean hasPointGdp() {
        return hasGdp() && gdpLowYi == gdpHighYi;
    }

    public boolean isBand() {
        return hasGdp() && gdpHighYi > gdpLowYi;
    }

    /** Chinese name when present, else English, else the unit code. */
    public String displayName() {
        if (!nameZh.isEmpty()) {
            return nameZh;
        }
        return nameEn.isEmpty() ? unit : nameEn;
    }
}
