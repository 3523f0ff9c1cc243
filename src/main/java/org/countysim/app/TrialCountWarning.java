package org.countysim.app;

import java.util.Locale;
import java.util.Optional;

/** Runs under 1,000 trials warn: their probabilities are too coarse to read (model.md §4). */
public final class TrialCountWarning {
    /** Below this many trials a run warns. */
    public static final long MINIMUM = 1000;

    private TrialCountWarning() {}

    /** The warning for a run of {@code trials} trials, if it is short. */
    public static Optional<String> of(long trials) {
        if (trials >= MINIMUM) {
            return Optional.empty();
        }
        // the largest standard error of a probability, at p = 1/2
        double worst = 100 * 0.5 / Math.sqrt(trials);
        return Optional.of(String.format(
                Locale.ROOT,
                "only %d trials (fewer than %d): a probability's standard"
                        + " error can reach %.1f points, and nothing rarer than 1 in %d shows at all; use --trials %d or more"
                        + " for numbers to read",
                trials,
                MINIMUM,
                worst,
                trials,
                20 * MINIMUM));
    }
}
