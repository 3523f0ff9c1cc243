package org.countysim.app;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.countysim.CountySimException;

/** A swept scenario parameter: {@code PATH=v1,v2,...} or {@code PATH=FROM:TO:STEPS} (STEPS ≥ 2 points, ends included). */
public record ParamGrid(String path, double[] values) {

    public static ParamGrid parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new CountySimException("--param " + spec + ": expected PATH=v1,v2,... or PATH=FROM:TO:STEPS");
        }
        String path = spec.substring(0, eq).strip();
        String body = spec.substring(eq + 1).strip();
        if (body.contains(":")) {
            String[] parts = body.split(":", -1);
            if (parts.length != 3) {
                throw new CountySimException("--param " + spec + ": a range is FROM:TO:STEPS, e.g. 0:3000:7");
            }
            double from = number(parts[0], spec);
            double to = number(parts[1], spec);
            double steps = number(parts[2], spec);
            if (steps != Math.rint(steps) || steps < 2 || steps > 1000) {
                throw new CountySimException("--param " + spec + ": STEPS is the number of points, a whole number"
                        + " from 2 to 1000, got " + parts[2]);
            }
            if (from == to) {
                throw new CountySimException(
                        "--param " + spec + ": the range " + parts[0] + ":" + parts[1] + " is empty");
            }
            double[] values = new double[(int) steps];
            for (int i = 0; i < values.length; i++) {
                values[i] = clean(from + (to - from) * i / (values.length - 1));
            }
            values[values.length - 1] = to;
            return new ParamGrid(path, values);
        }
        List<Double> values = new ArrayList<>();
        for (String v : body.split(",")) {
            if (!v.isBlank()) {
                values.add(number(v, spec));
            }
        }
        if (values.isEmpty()) {
            throw new CountySimException("--param " + spec + ": no values");
        }
        return new ParamGrid(
                path, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * A grid value without the binary rounding of its arithmetic (0.06, not 0.06000000000000001): 12
     * significant digits are far finer than any scenario value needs, and the value then reads as typed in
     * the sweep's names, CSV and overrides.
     */
    static double clean(double x) {
        return x == 0 ? 0 : new BigDecimal(x).round(new MathContext(12)).doubleValue();
    }

    private static double number(String s, String spec) {
        try {
            double d = Double.parseDouble(s.strip());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CountySimException("--param " + spec + ": '" + s.strip() + "' is not a number");
    }

    /**
     * Every point of a sweep (or step of a solve) runs the same trials with the same seed — that is what
     * makes the points comparable — so the simulation settings themselves cannot be swept.
     */
    public static void checkSweepable(String path) {
        if (path.equals("simulation") || path.startsWith("simulation.")) {
            throw new CountySimException("--param " + path + ": every point runs the same trials and seed; set them"
                    + " with --trials and --seed instead");
        }
    }

    /** The override that sets this parameter to a value, in plain notation. */
    public static String assignment(String path, double value) {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
        return path + "=" + v;
    }
}
