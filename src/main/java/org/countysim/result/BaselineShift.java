package org.countysim.result;

/**
 * A banded unit's base-year GDP before and after conditioning on evidence (model.md §11): the band the scenario
 * assumes, and the P5, P50 and P95 of the drawn values unweighted (the prior) and weighted by the evidence.
 *
 * @param low   the band's lower end (for a host with folded zones, the sum of its members' lower ends)
 * @param prior P5, P50, P95 over all trials
 */
public record BaselineShift(
        int unit,
        String name,
        String latinName,
        int year,
        double low,
        double high,
        double[] prior,
        double[] conditioned) {
    /** Indices of P5, P50 and P95 in {@link Summary#LEVELS}. */
    public static final int[] LEVELS = {0, Summary.MEDIAN, 6};
}
