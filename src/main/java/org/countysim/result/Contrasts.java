package org.countysim.result;

import java.util.List;

/**
 * Linear combinations of per-trial metrics across variants of a scenario run under common random numbers:
 * row c is Σ_v coefficients[c][v]·metric_v for each trial, so its mean and its standard error come from the
 * same trials (a paired comparison: the noise shared by the variants cancels).
 */
public record Contrasts(List<String> names, double[][] coefficients) implements java.io.Serializable {
    public static final Contrasts NONE = new Contrasts(List.of(), new double[0][]);

    public int size() {
        return names.size();
    }

    /** One row per variant: its own mean (coefficient 1 on itself). */
    public static Contrasts identity(List<String> variantNames) {
        double[][] c = new double[variantNames.size()][variantNames.size()];
        for (int v = 0; v < c.length; v++) {
            c[v][v] = 1;
        }
        return new Contrasts(variantNames, c);
    }
}
