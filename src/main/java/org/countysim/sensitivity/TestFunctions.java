package org.countysim.sensitivity;

import java.util.function.ToDoubleFunction;

/**
 * Functions whose Sobol indices are known in closed form, to check the estimators (as SALib ships Ishigami and
 * the G-function). Inputs are points of the unit hypercube, mapped to each function's own domain.
 */
public final class TestFunctions {
    private TestFunctions() {}

    /** A test function with its exact first-order and total indices. */
    public record Analytic(String name, int k, ToDoubleFunction<double[]> f, double[] first, double[] total) {}

    /**
     * Ishigami and Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1 with x_i uniform on [−π, π]. With
     * V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V13 = b²π⁸(1/18 − 1/50) and V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½: S1 = V1/V,
     * S2 = V2/V, S3 = 0, ST1 = (V1 + V13)/V, ST2 = V2/V, ST3 = V13/V (a = 7, b = 0.1: 0.3139, 0.4424, 0;
     * 0.5576, 0.4424, 0.2437).
     */
    public static Analytic ishigami(double a, double b) {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        ToDoubleFunction<double[]> f = u -> {
            double x1 = Math.PI * (2 * u[0] - 1);
            double x2 = Math.PI * (2 * u[1] - 1);
            double x3 = Math.PI * (2 * u[2] - 1);
            double s2 = Math.sin(x2);
            return Math.sin(x1) + a * s2 * s2 + b * x3 * x3 * x3 * x3 * Math.sin(x1);
        };
        return new Analytic(
                "ishigami", 3, f, new double[] {v1 / v, v2 / v, 0}, new double[] {(v1 + v13) / v, v2 / v, v13 / v});
    }

    /**
     * The Sobol G-function (Saltelli and Sobol 1995): f = Π_i (|4x_i − 2| + a_i)/(1 + a_i), x_i uniform on [0, 1].
     * With V_i = 1/(3(1 + a_i)²) and V = Π(1 + V_i) − 1: S_i = V_i/V, ST_i = V_i Π_{j≠i}(1 + V_j)/V.
     */
    public static Analytic gFunction(double... a) {
        int k = a.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            first[i] = vi[i] / v;
            total[i] = vi[i] * (prod / (1 + vi[i])) / v;
        }
        double[] coefficients = a.clone();
        ToDoubleFunction<double[]> f = u -> {
            double y = 1;
            for (int i = 0; i < k; i++) {
                y *= (Math.abs(4 * u[i] - 2) + coefficients[i]) / (1 + coefficients[i]);
            }
            return y;
        };
        return new Analytic("g-function", k, f, first, total);
    }
}
