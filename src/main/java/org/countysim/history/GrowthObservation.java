package org.countysim.history;

/**
 * A real growth rate of one unit in one year, as used by the estimators.
 *
 * @param realGrowth fraction (0.085 = 8.5%)
 * @param derived    true when computed from the nominal GDP of this year and the year before, deflated by the
 *                   row's deflator; false when the row gives it
 */
public record GrowthObservation(String unit, int year, double realGrowth, boolean derived, int line) {}
