package org.countysim.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Histories drawn from the model's own law (model.md §2), whose μ, σ_common, σ_c and ρ are known. */
final class Synthetic {
    private Synthetic() {}

    static HistoryRow growthRow(String unit, int year, double growth, int line) {
        return new HistoryRow(
                unit, "", "", year, Double.NaN, Double.NaN, Double.NaN, growth, Double.NaN, null, "", 0, line);
    }

    static History history(List<HistoryRow> rows) {
        return new History(
                "synthetic.csv",
                "0".repeat(64),
                "UTF-8",
                Map.of("unit", 1, "year", 2, "real_growth", 3),
                rows,
                List.of());
    }

    /** One series: μ + σ·z, independent years. */
    static History series(String unit, double mu, double sd, int years, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<HistoryRow> rows = new ArrayList<>();
        for (int t = 0; t < years; t++) {
            rows.add(growthRow(unit, 1900 + t, mu + sd * gaussian(random), t + 2));
        }
        return history(rows);
    }

    /**
     * A panel: g_{c,t} = μ + η_t + ε_{c,t}, η_t ~ N(0, σ_common²), ε an AR(1) with coefficient ρ and stationary sd
     * σ_c (its first year drawn from the stationary law), independent across units.
     */
    static History panel(int units, int years, double mu, double common, double unitSd, double rho, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] eta = new double[years];
        for (int t = 0; t < years; t++) {
            eta[t] = common * gaussian(random);
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (int c = 0; c < units; c++) {
            double e = unitSd * gaussian(random);
            for (int t = 0; t < years; t++) {
                if (t > 0) {
                    e = rho * e + Math.sqrt(1 - rho * rho) * unitSd * gaussian(random);
                }
                rows.add(growthRow("u" + c, 1900 + t, mu + eta[t] + e, rows.size() + 2));
            }
        }
        return history(rows);
    }

    /** A standard normal (Box–Muller), so the test does not depend on the engine's samplers. */
    static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }
}
