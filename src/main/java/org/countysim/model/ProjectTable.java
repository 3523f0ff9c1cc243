package org.countysim.model;

import java.util.Arrays;
import java.util.List;

/**
 * The expanded projects as parallel arrays of draw-buffer positions (model.md §3.1, §9a), added to a
 * chunk of trials without branches: whether a project exists in a trial (its count and success draws)
 * and in which years it runs (its start draw) are random, so branches on them would be mispredicted half
 * of the time. A project that does not exist adds a masked zero. Each lane adds its ramp steps and build
 * years to the cells of its own years through row tables padded on both sides with a shared "sink" row:
 * a year before the base year or after the horizon lands in the sink, which nothing reads.
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
    /** ramp(i) − ramp(i−1) for operating years i = 0, 1, ... */
    private final double[][] steps;
    /** Per unit, its projects in order: a unit's workspace is filled on its own (ChunkModel). */
    private final int[][] byUnit;
    /** Where the project's sector starts in its unit's padded tables: its projected year t is at row + t. */
    private final int[] permanentRow;

    private final int[] demandRow;
    /** Padding on each side of a unit-sector's years: the longest ramp, the most build years. */
    private final int rampPad;

    private final int buildPad;

    ProjectTable(List<CompiledProject> projects, int years, int baseYear, int units) {
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
        steps = new double[size][];
        permanentRow = new int[size];
        demandRow = new int[size];
        rampPad = projects.stream().mapToInt(p -> p.ramp().length).max().orElse(0);
        buildPad = projects.stream().mapToInt(CompiledProject::buildYears).max().orElse(0);
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
            double[] ramp = p.ramp();
            steps[j] = new double[ramp.length];
            for (int i = 0; i < ramp.length; i++) {
                steps[j][i] = ramp[i] - (i == 0 ? 0 : ramp[i - 1]);
            }
            permanentRow[j] = p.sector() * (years + 2 * rampPad) + rampPad;
            demandRow[j] = p.sector() * (years + 2 * buildPad) + buildPad;
        }
        int[] perUnit = new int[units];
        projects.forEach(p -> perUnit[p.unit()]++);
        byUnit = new int[units][];
        for (int c = 0; c < units; c++) {
            byUnit[c] = new int[perUnit[c]];
            perUnit[c] = 0;
        }
        for (int j = 0; j < size; j++) {
            int c = projects.get(j).unit();
            byUnit[c][perUnit[c]++] = j;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** One unit's level rows (sector × years + t) padded for permanent value: see {@link #addTo}. */
    double[][] padPermanent(double[][] rows, double[] sink) {
        return padded(rows, rampPad, sink);
    }

    /** The level rows padded for transient demand (capex). */
    double[][] padDemand(double[][] rows, double[] sink) {
        return padded(rows, buildPad, sink);
    }

    private double[][] padded(double[][] rows, int pad, double[] sink) {
        int sectors = rows.length / years;
        double[][] table = new double[sectors * (years + 2 * pad)][];
        Arrays.fill(table, sink);
        for (int k = 0; k < sectors; k++) {
            System.arraycopy(rows, k * years, table, k * (years + 2 * pad) + pad, years);
        }
        return table;
    }

    /**
     * Unit c's projects, in order: N += success·output·va·additionality·Δramp in operating year i (calendar year
     * start + i); capex spread over the build years before the start, as transient demand D. The tables are the
     * unit's workspace from {@link #padPermanent} and {@link #padDemand}.
     */
    void addTo(int c, double[][] cols, int rows, double[][] permanent, double[][] transientDemand) {
        for (int j : byUnit[c]) {
            double[] ok = cols[success[j]];
            double[] n = cols[count[j]];
            double[] out = cols[output[j]];
            double[] va = cols[vaRatio[j]];
            double[] add = cols[additionality[j]];
            double[] st = cols[start[j]];
            double[] step = steps[j];
            int operating = step.length;
            int row = permanentRow[j];
            double threshold = rank[j];
            boolean spends = capex[j] >= 0;
            double[] cap = spends ? cols[capex[j]] : null;
            double[] dm = cols[demandMultiplier[j]];
            int build = buildYears[j];
            double perBuildYear = build;
            // x / B, as a multiplication when B is a power of two (then exactly the same value, several times faster)
            double reciprocal = Integer.bitCount(build) == 1 ? 1.0 / perBuildYear : Double.NaN;
            int demand = demandRow[j];
            for (int r = 0; r < rows; r++) {
                boolean exists = ok[r] != 0 & threshold < n[r];
                double value = masked(out[r] * va[r] * add[r], exists);
                // the projected-year index of operating year 0; beyond these bounds every year is in the padding
                int first = (int) Math.round(st[r]) - baseYear - 1;
                int from = row + Math.max(-operating, Math.min(years, first));
                for (int i = 0; i < operating; i++) {
                    permanent[from + i][r] += value * step[i];
                }
                if (spends) {
                    double perYear = reciprocal == reciprocal ? cap[r] * reciprocal : cap[r] / perBuildYear;
                    double spend = masked(perYear * dm[r], exists);
                    // build year b (1 = the year before the start) is year first − b
                    int end = demand + Math.max(0, Math.min(years + build, first));
                    for (int b = 1; b <= build; b++) {
                        transientDemand[end - b][r] += spend;
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
