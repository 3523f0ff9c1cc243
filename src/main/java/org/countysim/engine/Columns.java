package org.countysim.engine;

import java.util.Arrays;

/** Draw buffers of a chunk of trials in columns: trial r of buffer position p at {@code cols[p][r]}. */
final class Columns {
    private Columns() {}

    /** Columns holding the template's value at every position for every lane (fixed values stay; draws overwrite). */
    static double[][] of(double[] template, int lanes) {
        double[][] cols = new double[template.length][lanes];
        for (int p = 0; p < template.length; p++) {
            Arrays.fill(cols[p], template[p]);
        }
        return cols;
    }

    /** One lane's buffer, as a trial alone would have it. */
    static double[] row(double[][] cols, int r) {
        double[] row = new double[cols.length];
        for (int p = 0; p < row.length; p++) {
            row[p] = cols[p][r];
        }
        return row;
    }
}
