package org.countysim.model;

import java.util.List;

/**
 * The expanded projects as parallel arrays of draw-buffer positions (model.md §3.1, §9a), added to a
 * chunk of trials without branches: whether a project exists in a trial (its count and success draws)
 * and in which years it runs (its start draw) are random, so branches on them would be mispredicted half
 * of the time. A project that does not exist adds a masked zero; its years are read from a ramp table
 * padded with zeros, indexed by year minus start.
 */
final class ProjectTable {
    private static final int S = 3;

    private final int size;
    private final int years;
    private final int baseYear;
    private final int[] success;
    private final int[] count;
    private final double[] rank;
    private final int[] output;
    private final int[] vaRatio;
    private final int[] additionality;
    private final int[] start;
    /** −1 when the project states no capital expenditure. */
    private final int[] capex;
    private final int[] demandMultiplier;
    private final int[] buildYears;
    /** (unit × 3 + sector) × years: where the project's sector-years start in the level arrays. */
    private final int[] row;
    /** ramp(i) − ramp(i−1) at index years + i, zeros around it: the value added in operating year i. */
    private final double[][] steps;
    /** 1 at index years + b for build years b = 1..B before the start, zeros elsewhere. */
    private final double[][] builds;
    /** Per lane: the project's value (masked to 0 when it does not exist) and its first projected-year index. */
    private final double[] value;
    private final int[] offset;
    /** Per lane: capex per build year (masked) and the first-year index kept where the build table reaches. */
    private final double[] spend;
    private final int[] buildOffset;

    ProjectTable(List<CompiledProject> projects, int years, int baseYear, int lanes) {
        this.size = projects.size();
        this.years = years;
        this.baseYear = baseYear;
        success = new int[size];
        count = new int[size];
        rank = new double[size];
        output = new int[size];
        vaRatio = new int[size];
        additionality = new int[size];
        start = new int[size];
        capex = new int[size];
        demandMultiplier = new int[size];
        buildYears = new int[size];
        row = new int[size];
        steps = new double[size][];
        builds = new double[size][];
        for (int j = 0; j < size; j++) {
            CompiledProject p = projects.get(j);
            int e = p.element();
            success[j] = p.success().base()[e];
            count[j] = p.countRef().base()[p.unit()];
            rank[j] = p.rank();
            output[j] = p.output().base()[e];
            vaRatio[j] = p.vaRatio().base()[e];
            additionality[j] = p.additionality().base()[e];
            start[j] = p.start().base()[e];
            capex[j] = p.capex() == null ? -1 : p.capex().base()[e];
            demandMultiplier[j] = p.demandMultiplier().base()[e];
            buildYears[j] = p.buildYears();
            row[j] = (p.unit() * S + p.sector()) * years;
            double[] ramp = p.ramp();
            steps[j] = new double[years + ramp.length + years];
            for (int i = 0; i < ramp.length; i++) {
                steps[j][years + i] = ramp[i] - (i == 0 ? 0 : ramp[i - 1]);
            }
            builds[j] = new double[years + buildYears[j] + years + 1];
            for (int b = 1; b <= buildYears[j]; b++) {
                builds[j][years + b] = 1;
            }
        }
        value = new double[lanes];
        offset = new int[lanes];
        spend = new double[lanes];
        buildOffset = new int[lanes];
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * N += success·output·va·additionality·Δramp in operating year i (calendar year start + i); capex spread
     * over the build years before the start, as transient demand D.
     */
    void addTo(double[][] cols, int rows, double[][] permanent, double[][] transientDemand) {
        for (int j = 0; j < size; j++) {
            double[] ok = cols[success[j]];
            double[] n = cols[count[j]];
            double[] out = cols[output[j]];
            double[] va = cols[vaRatio[j]];
            double[] add = cols[additionality[j]];
            double[] st = cols[start[j]];
            int operating = steps[j].length - 2 * years;
            boolean spends = capex[j] >= 0;
            double[] cap = spends ? cols[capex[j]] : null;
            double[] dm = cols[demandMultiplier[j]];
            double perBuildYear = buildYears[j];
            // x / B, as a multiplication when B is a power of two (then exactly the same value, several times faster)
            double reciprocal = Integer.bitCount(buildYears[j]) == 1 ? 1.0 / perBuildYear : Double.NaN;
            int lastBuild = years + buildYears[j];
            for (int r = 0; r < rows; r++) {
                boolean exists = ok[r] != 0 & rank[j] < n[r];
                value[r] = masked(out[r] * va[r] * add[r], exists);
                // the projected-year index of operating year 0, kept where the padded tables reach
                int first = (int) Math.round(st[r]) - baseYear - 1;
                offset[r] = Math.max(-operating, Math.min(years, first));
                if (spends) {
                    double perYear = reciprocal == reciprocal ? cap[r] * reciprocal : cap[r] / perBuildYear;
                    spend[r] = masked(perYear * dm[r], exists);
                    buildOffset[r] = Math.max(0, Math.min(lastBuild, first));
                }
            }
            double[] step = steps[j];
            double[] build = builds[j];
            for (int t = 0; t < years; t++) {
                double[] cell = permanent[row[j] + t];
                for (int r = 0; r < rows; r++) {
                    cell[r] += value[r] * step[years + t - offset[r]];
                }
                if (spends) {
                    // build year b = first − t
                    double[] demand = transientDemand[row[j] + t];
                    for (int r = 0; r < rows; r++) {
                        demand[r] += spend[r] * build[years + buildOffset[r] - t];
                    }
                }
            }
        }
    }

    /** x when kept, else +0, by masking its bits (no branch). */
    private static double masked(double x, boolean keep) {
        long mask = -(long) (keep ? 1 : 0);
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & mask);
    }
}
