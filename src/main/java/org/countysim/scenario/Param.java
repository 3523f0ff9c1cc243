package org.countysim.scenario;

import org.countysim.distribution.Distribution;

/**
 * A scenario number that may be uncertain.
 *
 * @param path      where it stands in the scenario, for messages ({@code interventions[1].unit_cost})
 * @param streamKey the key of its random sub-stream: id-based, so adding or removing another
 *                  intervention does not change its draws (common random numbers, model.md §6)
 */
public record Param(String path, String streamKey, Distribution distribution, Scope scope) {
    public static Param fixed(String path, double value) {
        return new Param(path, path, new Distribution.Fixed(value), Scope.TRIAL);
    }

    public boolean isFixed() {
        return distribution.isFixed();
    }
}
