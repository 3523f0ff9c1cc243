package org.countysim.app;

import java.io.IOException;
import java.nio.file.Path;
import org.countysim.report.ChartStyle;
import org.countysim.report.PrimChart;
import org.countysim.report.SobolChart;
import org.countysim.report.TornadoChart;
import org.countysim.result.Factor;
import org.countysim.scenario.Scenario;

/** The charts of a sensitivity run: tornado.png, sobol.png, prim.png; returns the font used for Chinese. */
final class SensitivityCharts {
    private SensitivityCharts() {}

    static String write(Path folder, SensitivityOutcome o) throws IOException {
        Scenario sc = o.compiled().scenario();
        ChartStyle style = ChartStyle.detect(sc.title()
                + String.join("", o.factors().stream().map(Factor::labelZh).toList()));
        String title = style.text(sc.title(), sc.name());
        if (o.tornado() != null) {
            new TornadoChart(style).write(folder.resolve("tornado.png"), o.tornado(), title);
        }
        if (o.mainSobol() != null) {
            new SobolChart(style).write(folder.resolve("sobol.png"), o.mainSobol(), title, o.hasEvidence());
        }
        if (o.prim() != null) {
            new PrimChart(style).write(folder.resolve("prim.png"), o.prim(), title);
        }
        return style.family().orElse("none (Latin labels)");
    }
}
