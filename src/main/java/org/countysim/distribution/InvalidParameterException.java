package org.countysim.distribution;

/** A distribution parameter out of its domain; {@code field} is the key under the distribution's path. */
public class InvalidParameterException extends IllegalArgumentException {
    private final String field;

    public InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static double finite(double x, String field) {
        if (!Double.isFinite(x)) {
            throw new InvalidParameterException(field, "must be a finite number, got " + x);
        }
        return x;
    }

    public static double nonNegative(double x, String field) {
        if (!(finite(x, field) >= 0)) {
            throw new InvalidParameterException(field, "must not be negative, got " + x);
        }
        return x;
    }

    public static double positive(double x, String field) {
        if (!(finite(x, field) > 0)) {
            throw new InvalidParameterException(field, "must be positive, got " + x);
        }
        return x;
    }

    public static double probability(double x, String field) {
        if (!(finite(x, field) >= 0 && x <= 1)) {
            throw new InvalidParameterException(field, "must be a probability in [0, 1], got " + x);
        }
        return x;
    }

    public static void ordered(double min, double max, String field) {
        if (!(min <= max)) {
            throw new InvalidParameterException(field, "min " + min + " is above max " + max);
        }
    }
}
