package org.countysim.model;

import java.util.List;

/**
 * A scenario compiled against its baseline into flat arrays: everything one trial needs, with every
 * uncertain quantity an index into the per-trial draw buffer. Immutable and shared by all threads; serialisable, so
 * that a work plan (engine) carries it to wherever its blocks of trials run.
 *
 * @param template        the draw buffer with every fixed value filled in; random slots overwrite theirs
 * @param baseParts       per unit, the buffer positions whose sum is its base-year GDP (own value plus
 *                        folded zones)
 * @param sectorShares    per unit, the base-year sector shares (sum 1)
 * @param thresholds      band thresholds in 亿元, descending
 * @param targets         the tier targets, band and cumulative (one per threshold)
 * @param commonShock     Y standard normals for η_t
 * @param unitShock       C × (Y+1) standard normals for ε: column 0 is the stationary start ε_{c,t0}
 * @param evidence        the observations each trial is weighted by (model.md §11); {@link Evidence#NONE} for none
 */
public record CompiledModel(
        List<UnitInfo> units,
        int baseYear,
        int horizon,
        double[] template,
        List<DrawSlot> slots,
        ParamRef[] baseParts,
        double[][] sectorShares,
        ParamRef realGrowth,
        ParamRef[] sectorOffset,
        ParamRef commonSd,
        ParamRef unitSd,
        ParamRef rho,
        double[] loadings,
        ParamRef[] deflator,
        int commonShock,
        int unitShock,
        List<CompiledProject> projects,
        List<CompiledProgram> programs,
        List<CompiledGrowth> growths,
        double[] thresholds,
        Targets targets,
        Evidence evidence)
        implements java.io.Serializable {

    public int unitCount() {
        return units.size();
    }

    /** Projected years t0+1 .. T. */
    public int years() {
        return horizon - baseYear;
    }

    public int bandCount() {
        return thresholds.length;
    }

    /** Whether trials are weighted by evidence. */
    public boolean weighted() {
        return !evidence.isEmpty();
    }

    /**
     * The same model with other draws: a template and slots laid out as this model's (same offsets and counts), e.g.
     * a factor fixed at a quantile or drawn from other streams (sensitivity designs, model.md §8).
     */
    public CompiledModel withDraws(double[] template, List<DrawSlot> slots) {
        return new CompiledModel(
                units,
                baseYear,
                horizon,
                template,
                slots,
                baseParts,
                sectorShares,
                realGrowth,
                sectorOffset,
                commonSd,
                unitSd,
                rho,
                loadings,
                deflator,
                commonShock,
                unitShock,
                projects,
                programs,
                growths,
                thresholds,
                targets,
                evidence);
    }
}
