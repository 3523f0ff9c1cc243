package org.countysim.model;

/**
 * A recurring programme (model.md §3.2).
 *
 * @param activeYear      per projected year: does the programme spend that year
 * @param explicitShares  per unit, or null for shares of base-year values
 * @param shareSector     with explicitShares null: -1 for shares of GDP, else the sector whose value is used
 * @param universeShare   fraction of the quantity that lands in the projected units (for computed shares)
 */
public record CompiledProgram(int sector, ParamRef quantity, boolean[] activeYear, double[] explicitShares,
                              int shareSector, double universeShare, ParamRef unitCost,
                              ParamRef demandMultiplier, ParamRef returnRate, int lag, ParamRef unitOutput) {
}
