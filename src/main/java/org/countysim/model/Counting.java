package org.countysim.model;

import java.util.Locale;

/**
 * How units are counted against a band (model.md §4): {@link #EXCLUSIVE} counts the units in the band only
 * (n_k, compared with the band target t_k: the exact structure); {@link #CUMULATIVE} counts the units at or
 * above its threshold (N_k, compared with the cumulative target T_k: the "at least" reading, met).
 */
public enum Counting {
    EXCLUSIVE,
    CUMULATIVE;

    /** The lower-case word used in files and options. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key();
    }
}
