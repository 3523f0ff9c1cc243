package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every county of the country: a synthetic baseline of 3,000 units validates and runs. */
class ScaleTest {
    @TempDir
    Path dir;

    private Path scenario() throws Exception {
        SplittableRandom random = new SplittableRandom(1);
        StringBuilder csv = new StringBuilder(Fixtures.HEADER).append('\n');
        for (int i = 0; i < 3000; i++) {
            double low = Math.exp(3 + 4 * random.nextDouble());
            csv.append(
                            i % 3 == 0
                                    ? Fixtures.exact("c" + i, Math.round(low * 100) / 100.0)
                                    : Fixtures.banded("c" + i, Math.round(low), Math.round(low * 1.3) + 1))
                    .append('\n');
        }
        return new Fixtures(dir)
                .file("base.csv", csv.toString())
                .with("horizon", "horizon: 2025")
                .with(
                        "tiers",
                        "tiers:\n  counting: both\n  bands:\n    - {threshold: 1000, target: 100}\n"
                                + "    - {threshold: 500, target: 300}\n    - {threshold: 100, target: 1000}")
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.05, sd: 0.01}")
                .with("shocks", "shocks: {common_sd: 0.015, unit_sd: 0.02, rho: 0.3}")
                .with("interventions", """
                        interventions:
                          - {id: p, kind: project, counties: all, output: {dist: uniform, min: 1, max: 10},
                             va_ratio: 0.25, success: 0.5, start: {dist: discrete, values: [2023, 2024]}}
                          - {id: q, kind: program, quantity: 1000, allocation: by_gdp, unit_cost: 0.1, return: 0.1}
                        """)
                .scenario();
    }

    @Test
    void threeThousandUnitsValidateAndRun() throws Exception {
        Path scenario = scenario();
        Fixtures.CliResult v = Fixtures.cli("validate", scenario.toString());
        assertEquals(0, v.exitCode(), v.err());
        assertTrue(v.out().contains("3000 units"), v.out());

        Path out = dir.resolve("out");
        Fixtures.CliResult r = Fixtures.cli("run", scenario.toString(), "--trials", "400", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        long rows = Files.lines(out.resolve("counties.csv")).count() - 1;
        assertEquals(3000L * 5 * (1 + 7 + 3 + 4 + 1), rows);
        BufferedImage fans = ImageIO.read(out.resolve("fans.png").toFile());
        assertTrue(fans.getHeight() < 2500, "fans.png draws the 24 largest units, not 3000 panels");
        BufferedImage tiers = ImageIO.read(out.resolve("county_tiers.png").toFile());
        assertTrue(tiers.getHeight() < 2500, "county_tiers.png draws the 40 largest units");
    }
}
