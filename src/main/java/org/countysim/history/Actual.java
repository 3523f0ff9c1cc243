package org.countysim.history;

/**
 * A known value to score a forecast against: a point ({@code low == high}) or a band {@code [low, high]} when the
 * source gives only that ("above 500亿").
 */
public record Actual(String unit, String name, int year, double low, double high, int line) {
    public Actual {
        if (!(low <= high)) {
            throw new IllegalArgumentException("band [" + low + ", " + high + "] is upside down");
        }
    }

    public boolean isBand() {
        return high > low;
    }

    /** The point value, or the band's midpoint. */
    public double value() {
        return isBand() ? (low + high) / 2 : low;
    }
}
