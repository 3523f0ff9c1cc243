package org.countysim.model;

import java.util.Locale;

/**
 * How a scenario states its targets (scenario key {@code tiers.targets}): as band counts, the way the plan lists
 * them (3 units ≥ 1000亿, 2 in 500–1000亿, ...), or already cumulative ("at least 5 units ≥ 500亿"). Both become
 * the same {@link Targets}.
 */
public enum TargetForm {
    BANDS,
    CUMULATIVE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key();
    }
}
