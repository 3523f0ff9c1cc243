package org.countysim.model;

/**
 * One expanded project (model.md §3.1): element {@code element} of every per-project slot.
 *
 * @param countRef   the unit's drawn project count; the project exists in a trial if {@code rank < count}
 * @param capex      null when the project states no capital expenditure
 */
public record CompiledProject(
        int unit,
        int sector,
        int element,
        int rank,
        ParamRef countRef,
        ParamRef success,
        ParamRef output,
        ParamRef vaRatio,
        ParamRef additionality,
        ParamRef start,
        double[] ramp,
        ParamRef capex,
        int buildYears,
        ParamRef demandMultiplier)
        implements java.io.Serializable {}
