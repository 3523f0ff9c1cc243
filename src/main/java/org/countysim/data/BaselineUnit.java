package org.countysim.data;

import java.util.List;

/**
 * One row of the baseline CSV: a county-level unit (or functional zone) in the base year.
 *
 * @param gdpYi     point GDP in 亿元, or NaN when the source gives only a band
 * @param gdpLowYi  lower end of the band (equal to gdpYi for an exact figure)
 * @param gdpHighYi upper end of the band
 * @param sectorsYi primary/secondary/tertiary value added in 亿元, or null when not given
 * @param line      line of the row in its file, for messages
 */
public record BaselineUnit(
        String code,
        String nameZh,
        String nameEn,
        String kind,
        int year,
        double gdpYi,
        double gdpLowYi,
        double gdpHighYi,
        String status,
        String source,
        double[] sectorsYi,
        int line) {
    /**
     * What a unit is: a county-level city (县级市), a district (市辖区), a county (县, 自治县), a banner (旗) or a
     * functional zone (开发区, 高新区). A closed list, so that a typo cannot silently drop a unit out of a
     * universe chosen by kind. Empty when the baseline has no kind column.
     */
    public static final List<String> KINDS = List.of("city", "district", "county", "banner", "zone");
    /** How a GDP figure is known (model.md §1.1); empty when the baseline has no status column. */
    public static final List<String> STATUSES = List.of("exact", "rounded", "band", "estimate");

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
