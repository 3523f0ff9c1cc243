package org.countysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exclusive and cumulative tier counts (model.md §4). */
class TierCountingTest {
    @TempDir
    Path dir;

    private static final String BANDS = """
            tiers:
              counting: both
              bands:
                - {threshold: 1000, target: 1}
                - {threshold: 500, target: 2}
                - {threshold: 300, target: 1}
                - {threshold: 250, target: 1}
            """;

    /** Units at 1200, 600, 350, 260, 100 and 500 (reaching exactly counts): counts by hand. */
    @Test
    void handComputedCase() throws Exception {
        Summary s = new Fixtures(dir).baseline(Fixtures.exact("a", 1200), Fixtures.exact("b", 600),
                Fixtures.exact("c", 350), Fixtures.exact("d", 260), Fixtures.exact("e", 100), Fixtures.exact("f", 500))
                .with("tiers", BANDS).summary(1000, 1);
        Summary.Tiers exclusive = s.tiers("exclusive");
        Summary.Tiers cumulative = s.tiers("cumulative");
        int[] exclusiveCounts = {1, 2, 1, 1};
        int[] cumulativeCounts = {1, 3, 4, 5};
        for (int k = 0; k < 4; k++) {
            assertEquals(exclusiveCounts[k], exclusive.bands().get(k).meanCount().value(), 0, "exclusive band " + k);
            assertEquals(exclusiveCounts[k], exclusive.bands().get(k).p50());
            assertEquals(1.0, exclusive.bands().get(k).pCount()[exclusiveCounts[k]], 0);
            assertEquals(cumulativeCounts[k], cumulative.bands().get(k).meanCount().value(), 0, "cumulative band " + k);
        }
        assertEquals(1.0, exclusive.allMet().value(), 0);
        assertEquals(1.0, cumulative.allMet().value(), 0);
        assertEquals("500–1000亿", exclusive.bands().get(1).label());
        assertEquals("≥500亿", cumulative.bands().get(1).label());
    }

    /** A target missed in one band fails "all met" for exclusive counting but not for cumulative. */
    @Test
    void exclusiveAndCumulativeDisagreeWhereTheyShould() throws Exception {
        Summary s = new Fixtures(dir).baseline(Fixtures.exact("a", 1200), Fixtures.exact("b", 1100),
                Fixtures.exact("c", 600), Fixtures.exact("d", 400), Fixtures.exact("e", 270))
                .with("tiers", BANDS).summary(500, 1);
        // exclusive: 2, 1 (< 2), 1, 1 → not all met; cumulative: 2, 3, 4, 5 → all met.
        assertEquals(0.0, s.tiers("exclusive").bands().get(1).met().value(), 0);
        assertEquals(0.0, s.tiers("exclusive").allMet().value(), 0);
        assertEquals(1.0, s.tiers("cumulative").allMet().value(), 0);
    }

    /** Independent units: the count reaching K is Poisson-binomial, mean Σp and variance Σp(1−p). */
    @Test
    void independentUnitsGivePoissonBinomialCounts() throws Exception {
        double[][] bands = {{50, 150}, {80, 120}, {90, 130}, {60, 110}, {95, 200}};
        String[] rows = new String[bands.length];
        double mean = 0;
        double variance = 0;
        for (int i = 0; i < bands.length; i++) {
            rows[i] = Fixtures.banded("u" + i, bands[i][0], bands[i][1]);
            double p = (bands[i][1] - 100) / (bands[i][1] - bands[i][0]);
            mean += p;
            variance += p * (1 - p);
        }
        long n = 60_000;
        Tally t = new Fixtures(dir).baseline(rows)
                .with("tiers", "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 100, target: 3}")
                .tally(n, 2024);
        long[] hist = t.countHistogram(Tally.CUMULATIVE, 0);
        double m1 = 0;
        double m2 = 0;
        for (int j = 0; j < hist.length; j++) {
            m1 += (double) j * hist[j] / n;
            m2 += (double) j * j * hist[j] / n;
        }
        double sampleVar = m2 - m1 * m1;
        double m4 = 0;
        for (int j = 0; j < hist.length; j++) {
            m4 += Math.pow(j - m1, 4) * hist[j] / n;
        }
        McAssert.withinSe(mean, m1, Math.sqrt(variance / n), "mean count");
        McAssert.withinSe(variance, sampleVar, Math.sqrt((m4 - sampleVar * sampleVar) / n), "variance of count");
    }

    /** Targets that cannot be met are flagged in the run's warnings. */
    @Test
    void impossibleTargetsAreWarned() throws Exception {
        var compiled = new Fixtures(dir).baseline(Fixtures.exact("a", 1200), Fixtures.exact("b", 600))
                .with("tiers", "tiers:\n  counting: exclusive\n  bands:\n    - {threshold: 1000, target: 1}\n"
                        + "    - {threshold: 500, target: 3}").compile();
        var warnings = org.countysim.app.RunPipeline.targetWarnings(compiled);
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(true, warnings.get(0).contains("exceeds the 2 projected units"));
        assertEquals(true, warnings.get(1).contains("add up to 4"));
    }
}
