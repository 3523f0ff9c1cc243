package org.countysim.model;

import java.nio.file.Path;
import org.countysim.result.QuantileSketch;
import org.countysim.result.Summary;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Banded baselines are drawn per trial (model.md §1.1). */
class BandedBaselineTest {
    @TempDir
    Path dir;

    /** No shocks: base-year GDP is uniform on [200, 300], so its q-quantile is 200 + 100q. */
    @Test
    void baseYearDrawIsUniformOnTheBand() throws Exception {
        long n = 50_000;
        Summary s = new Fixtures(dir).baseline(Fixtures.banded("u1", 200, 300)).summary(n, 77);
        Summary.UnitYear base =
                s.unitYears().stream().filter(u -> u.year() == 2021).findFirst().orElseThrow();
        for (int i = 0; i < Summary.LEVELS.length; i++) {
            double q = Summary.LEVELS[i];
            // SE of a sample quantile: sqrt(q(1−q)/n) / density, density 1/100; plus the sketch's resolution.
            double se = Math.sqrt(q * (1 - q) / n) * 100 + 300 * QuantileSketch.RELATIVE_ACCURACY / McAssert.K;
            McAssert.withinSe(200 + 100 * q, base.quantiles()[i], se, "base-year P" + Math.round(100 * q));
        }
        McAssert.withinSe(250, base.mean().value(), 100 / Math.sqrt(12 * n), "mean of U(200, 300)");
    }

    /** A triangular draw around the point figure when the scenario asks: mean (low + gdp + high)/3. */
    @Test
    void triangularDrawAroundThePointFigure() throws Exception {
        long n = 50_000;
        Summary s = new Fixtures(dir)
                .baseline("u1,,u1,county,2021,280,200,300,band,test")
                .with(
                        "data",
                        "data:\n  baseline: base.csv\n  band_draw: triangular\n"
                                + "  sector_shares: {primary: 0.1, secondary: 0.4, tertiary: 0.5}")
                .summary(n, 5);
        Summary.UnitYear base =
                s.unitYears().stream().filter(u -> u.year() == 2021).findFirst().orElseThrow();
        double mean = (200 + 280 + 300) / 3.0;
        double sd = Math.sqrt((200 * 200 + 280 * 280 + 300 * 300 - 200 * 280 - 200 * 300 - 280 * 300) / 18.0);
        McAssert.withinSe(mean, base.mean().value(), sd / Math.sqrt(n), "triangular mean");
    }
}
