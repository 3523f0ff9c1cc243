package org.countysim.result;

import java.util.Arrays;

/**
 * Every trial's value of each unit-year variable, kept only when a command scores forecasts against actuals
 * (backtest): PIT and CRPS need the whole distribution, not the sketch's buckets. Values are appended in the
 * order blocks finish, so their order depends on the thread count; every use sorts them first, which makes the
 * results identical for any thread count.
 */
public final class Samples implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double[][] values;
    private final int[] sizes;

    Samples(int variables) {
        values = new double[variables][16];
        sizes = new int[variables];
    }

    void add(int variable, double[] column, int rows) {
        ensure(variable, rows);
        System.arraycopy(column, 0, values[variable], sizes[variable], rows);
        sizes[variable] += rows;
    }

    void addAll(Samples other) {
        for (int v = 0; v < values.length; v++) {
            add(v, other.values[v], other.sizes[v]);
        }
    }

    private void ensure(int variable, int more) {
        int needed = sizes[variable] + more;
        if (needed > values[variable].length) {
            values[variable] = Arrays.copyOf(values[variable], Math.max(needed, 2 * values[variable].length));
        }
    }

    /** A sorted copy of one variable's values. */
    public double[] sorted(int variable) {
        double[] copy = Arrays.copyOf(values[variable], sizes[variable]);
        Arrays.sort(copy);
        return copy;
    }
}
