package org.countysim.model;

/**
 * Where a parameter's value for element {@code i} (a unit, or a project) and projected year {@code t}
 * lies in the per-trial draw buffer: {@code buf[base[i] + t * stride[i]]}. Scopes become strides:
 * trial (stride 0, same base), year (stride 1), county (base per unit), county-year (both).
 */
public record ParamRef(int[] base, int[] stride) implements java.io.Serializable {
    public double value(double[] buf, int i, int t) {
        return buf[base[i] + t * stride[i]];
    }

    public double value(double[] buf, int i) {
        return buf[base[i]];
    }

    public int size() {
        return base.length;
    }
}
