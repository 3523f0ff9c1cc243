package org.countysim.history;

/**
 * A unit's simulated distribution from the base year on, for the backtest chart.
 *
 * @param quantiles per year, the values at {@link Score#LEVELS}
 */
public record Fan(String unit, String name, int[] years, double[][] quantiles) {}
