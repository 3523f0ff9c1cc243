package org.countysim.model;

import org.countysim.distribution.Distribution;

/**
 * A block of {@code count} consecutive values in the per-trial buffer, all drawn from one distribution
 * and one random sub-stream named {@code streamKey}.
 *
 * @param path where the quantity stands in the scenario, for messages and sensitivity reports
 */
public record DrawSlot(String streamKey, String path, Distribution distribution, int offset, int count)
        implements java.io.Serializable {
    public boolean isRandom() {
        return !distribution.isFixed();
    }
}
