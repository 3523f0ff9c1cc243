package org.countysim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in a scenario: decimal notation, with or without an exponent, in either case. */
class NumberSyntaxTest {
    @TempDir
    Path dir;

    private double[] template(String unitSd) throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100))
                .with("shocks", "shocks: {common_sd: 0.015, unit_sd: " + unitSd + ", rho: 0.3}")
                .compile()
                .model()
                .template();
    }

    @Test
    void exponentNotationReadsAsTheSameNumber() throws Exception {
        double[] decimal = template("0.02");
        for (String written : new String[] {"2e-2", "2E-2", "+2.0e-2", ".02", "2_0e-3"}) {
            assertArrayEquals(decimal, template(written), 0, written);
        }
    }
}
