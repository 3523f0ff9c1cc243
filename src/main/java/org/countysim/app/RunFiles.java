package org.countysim.app;

import java.io.PrintWriter;
import org.countysim.model.CompiledModel;
import org.countysim.report.ContributionsCsv;
import org.countysim.report.CsvTables;
import org.countysim.report.EvidenceSection;
import org.countysim.report.HtmlReport;
import org.countysim.report.ManifestWriter;
import org.countysim.report.OutputFolder;
import org.countysim.report.RunOutputs;
import org.countysim.scenario.Scenario;

/**
 * Writes a run's result folder under the names of {@link RunOutputs}: the CSVs, the contributions, the charts,
 * report.html and manifest.json, staged and then moved into place (an interrupted run leaves nothing half written).
 */
final class RunFiles {
    private RunFiles() {}

    static void write(OutputFolder outFolder, RunOutcome outcome, RunRequest request, PrintWriter err) {
        CompiledModel model = outcome.compiled().model();
        outFolder.write(folder -> {
            CsvTables tables = new CsvTables(folder, request.options().excelBom());
            if (outcome.conditioned()) {
                tables.writeAll(outcome.summary(), outcome.evidence().prior(), model.units(), model.thresholds());
            } else {
                tables.writeAll(outcome.summary(), model.units(), model.thresholds());
            }
            if (outcome.attribution() != null) {
                ContributionsCsv.write(
                        folder.resolve(RunOutputs.CONTRIBUTIONS),
                        outcome.attribution(),
                        request.options().excelBom());
            }
            String chartFont = request.options().charts() ? RunCharts.write(folder, outcome, err) : "none (no charts)";
            HtmlReport.write(folder.resolve(RunOutputs.REPORT), outcome.summary(), reportContext(outcome, request));
            ManifestWriter.write(folder.resolve(RunOutputs.MANIFEST), RunManifest.of(outcome, request, chartFont));
        });
    }

    private static HtmlReport.Context reportContext(RunOutcome o, RunRequest request) {
        Scenario sc = o.compiled().scenario();
        CompiledModel model = o.compiled().model();
        return new HtmlReport.Context(
                sc.title(),
                sc.name(),
                sc.baseYear(),
                sc.horizon(),
                o.trials(),
                o.seed(),
                model.units(),
                model.thresholds(),
                model.targets(),
                sc.tiers().counting().shown(),
                o.attribution(),
                o.compiled().quality().line(),
                o.warnings(),
                sc.enabledInterventions().stream()
                        .map(Scenario.Intervention::label)
                        .toList(),
                request.options().charts(),
                o.conditioned()
                        ? new EvidenceSection(
                                o.evidence().prior(),
                                o.evidence().conditioning(),
                                o.evidence().baselines(),
                                o.evidence().given(),
                                o.evidence().reading())
                        : null,
                o.overrides(),
                DecisiveAssumptions.of(o.compiled()));
    }
}
