package org.countysim.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "< 1/N" bound of each variant is its own: its effective sample size with evidence, else the trials. */
class VariantResultTest {
    @Test
    void eachVariantIsBoundedByItsOwnEffectiveSampleSize() {
        VariantResult r =
                new VariantResult(List.of("a", "b"), null, null, null, 300_000, new double[] {32_191.7, 1_571.2}, true);
        assertEquals(32_191, r.resolution(0));
        assertEquals(1_571, r.resolution(1));
        assertEquals(1_571, r.differenceResolution(1), "a difference is bounded by the smaller of the two");
    }

    @Test
    void withoutEvidenceTheTrials() {
        VariantResult r = new VariantResult(List.of("a", "b"), null, null, null, 20_000);
        assertEquals(20_000, r.resolution(1));
        assertEquals(20_000, r.differenceResolution(1));
    }
}
