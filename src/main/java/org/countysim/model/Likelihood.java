package org.countysim.model;

/**
 * The per-trial weight of a chunk of trials (model.md §11): each observation's simulated sum Σ, then
 * w = exp(Σ over observations of log L(v − Σ)), or 0 below {@link Evidence#NEGLIGIBLE_LOG_WEIGHT}. Pure: it reads the chunk's draw columns and GDP, nothing else.
 * Every lane goes through the same operations in the same order, so a weight does not depend on the chunk size.
 */
public final class Likelihood {
    private Likelihood() {}

    /**
     * @param sums    [observation][lane]: each observation's simulated sum, filled
     * @param logW    [lane]: Σ log L, filled
     * @param weights [lane]: exp(logW), filled
     */
    public static void weigh(
            Evidence evidence,
            ChunkModel chunk,
            double[][] cols,
            int rows,
            double[][] sums,
            double[] logW,
            double[] weights) {
        java.util.Arrays.fill(logW, 0, rows, 0);
        for (int o = 0; o < evidence.size(); o++) {
            Evidence.Observation obs = evidence.observations().get(o);
            double[] sum = sums[o];
            java.util.Arrays.fill(sum, 0, rows, 0);
            if (obs.yearIndex() == 0) {
                for (int slot : obs.baseSlots()) {
                    add(sum, cols[slot], rows);
                }
            } else {
                for (int c : obs.units()) {
                    add(sum, chunk.gdpColumn(c, obs.yearIndex()), rows);
                }
            }
            addLogLikelihood(obs, sum, logW, rows);
        }
        exponentiate(logW, weights, rows);
    }

    // The loops are methods of their own, each small: the JIT compiles them once each, rather than weigh twice (once
    // while its first calls run, on the stack, and once for later calls), which costs a run with evidence more
    // compiling than its loops are worth (docs/benchmarks.md).

    private static void add(double[] sum, double[] part, int rows) {
        for (int r = 0; r < rows; r++) {
            sum[r] += part[r];
        }
    }

    private static void addLogLikelihood(Evidence.Observation obs, double[] sum, double[] logW, int rows) {
        for (int r = 0; r < rows; r++) {
            logW[r] += obs.logLikelihood(sum[r]);
        }
    }

    private static void exponentiate(double[] logW, double[] weights, int rows) {
        for (int r = 0; r < rows; r++) {
            double lw = logW[r];
            weights[r] = lw >= Evidence.NEGLIGIBLE_LOG_WEIGHT ? Math.exp(lw) : 0;
        }
    }
}
