package org.countysim.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.countysim.model.CompiledModel;
import org.countysim.report.BaselineChart;
import org.countysim.report.ChartStyle;
import org.countysim.report.ContributionsChart;
import org.countysim.report.CountyTierChart;
import org.countysim.report.FanChart;
import org.countysim.report.RunOutputs;
import org.countysim.report.TierChart;
import org.countysim.scenario.Scenario;

/** A run's charts: tiers, fans, county tiers, with evidence the baselines, with interventions the contributions. */
final class RunCharts {
    private RunCharts() {}

    /** Draws the run's charts; returns the font family used for Chinese, for the manifest. */
    static String write(Path folder, RunOutcome outcome, PrintWriter err) throws IOException {
        CompiledModel model = outcome.compiled().model();
        Scenario sc = outcome.compiled().scenario();
        ChartStyle style = ChartStyle.detect(sc.title()
                + String.join("", model.units().stream().map(u -> u.nameZh()).toList()));
        if (style.family().isEmpty()) {
            err.println("note: no installed font can draw Chinese; charts use English names"
                    + " (on Debian: apt-get install fonts-wqy-microhei)");
        }
        // A what-if names its overrides in every chart's title, so a chart is never taken for the scenario's own.
        String title = style.text(sc.title(), sc.name())
                + (outcome.overrides().isEmpty()
                        ? ""
                        : style.text("（假设：" + String.join("；", outcome.overrides()) + "）", outcome.whatIf()));
        new TierChart(style)
                .write(
                        folder.resolve(RunOutputs.TIERS_CHART),
                        outcome.summary(),
                        outcome.conditioned() ? outcome.evidence().prior() : null,
                        sc.tiers().counting().shown(),
                        sc.horizon(),
                        title);
        if (outcome.conditioned() && !outcome.evidence().baselines().isEmpty()) {
            new BaselineChart(style)
                    .write(
                            folder.resolve(RunOutputs.BASELINES_CHART),
                            outcome.evidence().baselines(),
                            outcome.evidence().givenZh(),
                            outcome.evidence().given(),
                            title);
        }
        // these charts show the conditioned results only: their titles say so
        String given = outcome.conditioned() ? title + style.text("（依证据）", " (given the evidence)") : title;
        new FanChart(style)
                .write(
                        folder.resolve(RunOutputs.FANS_CHART),
                        outcome.summary(),
                        model.units(),
                        model.thresholds(),
                        given);
        new CountyTierChart(style)
                .write(
                        folder.resolve(RunOutputs.COUNTY_TIERS_CHART),
                        outcome.summary(),
                        model.units(),
                        model.thresholds(),
                        sc.horizon(),
                        given);
        if (outcome.attribution() != null) {
            new ContributionsChart(style)
                    .write(folder.resolve(RunOutputs.CONTRIBUTIONS_CHART), outcome.attribution(), sc.horizon(), given);
        }
        return style.family().orElse("none (Latin labels)");
    }
}
