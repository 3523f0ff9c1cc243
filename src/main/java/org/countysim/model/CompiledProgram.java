package org.countysim.model;

/**
 * A recurring programme (model.md §3.2).
 *
 * @param trendQuantity   the part of the quantity the trend already contains: only the rest is credited
 * @param activeYear      per projected year: does the programme spend that year
 * @param explicitShares  per unit, or null for shares of base-year values
 * @param shareSector     with explicitShares null: -1 for shares of GDP, else the sector whose value is used
 * @param universeShare   fraction of the quantity that lands in the projected units (for computed shares), or
 *                        NaN: the units' share of their base-year total plus {@code outsideBaseYi}
 * @param outsideBaseYi   base-year value (GDP, or the sector's value) of the baseline rows outside the universe
 */
public record CompiledProgram(
        int sector,
        ParamRef quantity,
        ParamRef trendQuantity,
        boolean[] activeYear,
        double[] explicitShares,
        int shareSector,
        double universeShare,
        double outsideBaseYi,
        ParamRef unitCost,
        ParamRef demandMultiplier,
        ParamRef returnRate,
        int lag,
        ParamRef unitOutput)
        implements java.io.Serializable {}
