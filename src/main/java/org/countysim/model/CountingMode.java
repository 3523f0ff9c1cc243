package org.countysim.model;

import java.util.List;
import java.util.Locale;

/**
 * Which counts a run shows beside the targets (scenario key {@code tiers.counting}, option {@code --counting}):
 * the units at or above each threshold against the cumulative target (met, the headline), the units in each
 * band against the band target (the exact structure, secondary), or both. It changes only what the console,
 * report.html and tiers.png show: every run computes both, and summary.csv, tier_distribution.csv and the JSON
 * always hold both. A count is only ever shown beside the target of its own kind.
 */
public enum CountingMode {
    CUMULATIVE(List.of(Counting.CUMULATIVE)),
    EXCLUSIVE(List.of(Counting.EXCLUSIVE)),
    BOTH(List.of(Counting.CUMULATIVE, Counting.EXCLUSIVE));

    private final List<Counting> shown;

    CountingMode(List<Counting> shown) {
        this.shown = shown;
    }

    /** The countings shown, the headline (cumulative) first. */
    public List<Counting> shown() {
        return shown;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key, so that picocli lists the choices as they are written. */
    @Override
    public String toString() {
        return key();
    }
}
