package org.countysim.app;

import java.io.IOException;
import java.nio.file.Path;

/** The charts of a sensitivity run: tornado.png, sobol.png, prim.png. */
final class SensitivityCharts {
    private SensitivityCharts() {
    }

    static String write(Path folder, SensitivityOutcome o) throws IOException {
        return "none (charts not yet drawn)";
    }
}
