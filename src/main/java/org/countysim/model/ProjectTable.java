package org.countysim.model;

import java.util.List;

/**
 * The expanded projects as parallel arrays of draw-buffer positions: the hot loop reads each field with one
 * array load instead of going through records and index maps (model.md §3.1, §9a).
 */
final class ProjectTable {
    private static final int S = 3;

    private final int size;
    private final int[] success;
    private final int[] count;
    private final int[] rank;
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
    /** ramp(i) − ramp(i−1) for operating years i = 0, 1, ... */
    private final double[][] steps;

    ProjectTable(List<CompiledProject> projects, int years) {
        size = projects.size();
        success = new int[size];
        count = new int[size];
        rank = new int[size];
        output = new int[size];
        vaRatio = new int[size];
        additionality = new int[size];
        start = new int[size];
        capex = new int[size];
        demandMultiplier = new int[size];
        buildYears = new int[size];
        row = new int[size];
        steps = new double[size][];
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
            steps[j] = new double[ramp.length];
            for (int i = 0; i < ramp.length; i++) {
                steps[j][i] = ramp[i] - (i == 0 ? 0 : ramp[i - 1]);
            }
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** N += success·output·va·additionality·Δramp; capex spread over the build years before start. */
    void addTo(double[] buf, double[] permanent, double[] transientDemand, int baseYear, int years) {
        for (int j = 0; j < size; j++) {
            if (buf[success[j]] == 0 || rank[j] >= buf[count[j]]) {
                continue;
            }
            double full = buf[output[j]] * buf[vaRatio[j]] * buf[additionality[j]];
            // Operating year i is calendar year start + i, projected-year index offset + i; loop bounds (not
            // branches, which random start years would mispredict) keep the years inside (t0, T].
            int offset = (int) Math.round(buf[start[j]]) - baseYear - 1;
            double[] step = steps[j];
            int first = row[j] + offset;
            int last = Math.min(step.length, years - offset);
            for (int i = Math.max(0, -offset); i < last; i++) {
                permanent[first + i] += full * step[i];
            }
            if (capex[j] >= 0) {
                double perYear = buf[capex[j]] / buildYears[j] * buf[demandMultiplier[j]];
                // build year b (1 = the year before start) has index offset − b
                int lastBuild = Math.min(buildYears[j], offset);
                for (int b = Math.max(1, offset - years + 1); b <= lastBuild; b++) {
                    transientDemand[first - b] += perYear;
                }
            }
        }
    }
}
