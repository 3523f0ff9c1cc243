package org.countysim.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.engine.SimulationEngine;
import org.countysim.format.Json;
import org.countysim.report.ManifestWriter;
import org.countysim.report.SensitivityCsv;
import org.countysim.report.SensitivityPage;
import org.countysim.result.ConditionedIndices;
import org.countysim.scenario.Scenario;

/** Writes a sensitivity run's files into its (staging) folder. */
final class SensitivityWriter {
    private SensitivityWriter() {}

    static void write(Path folder, SensitivityOutcome o, Options options) throws IOException {
        boolean bom = options.excelBom();
        if (o.tornado() != null) {
            SensitivityCsv.tornado(folder.resolve("tornado.csv"), o.tornadoAll(), bom);
        }
        if (!o.sobol().isEmpty()) {
            SensitivityCsv.sobol(folder.resolve("sobol.csv"), o.sobol(), o.hasEvidence() ? o.conditioned() : null, bom);
            SensitivityCsv.voi(folder.resolve("voi.csv"), o.voi(), bom);
        }
        if (o.prim() != null) {
            SensitivityCsv.prim(folder.resolve("prim.csv"), folder.resolve("prim_box.csv"), o.prim(), bom);
        }
        String font = options.charts() ? SensitivityCharts.write(folder, o) : "none (no charts)";
        Scenario sc = o.compiled().scenario();
        SensitivityPage.write(
                folder.resolve("report.html"),
                new SensitivityPage.Context(
                        sc.title(),
                        sc.name(),
                        sc.seed(),
                        o.factors(),
                        o.tornado(),
                        o.mainSobol(),
                        o.hasEvidence() ? o.mainConditioned() : null,
                        o.hasEvidence(),
                        o.voi(),
                        o.prim(),
                        o.exportFile(),
                        o.exportTrials(),
                        o.warnings(),
                        options.charts(),
                        SensitivityFiles.written(o, options.charts()),
                        o.rankedNote(),
                        o.ranked()));
        ManifestWriter.write(folder.resolve("manifest.json"), manifest(o, options, font));
    }

    /** What is conditioned on the evidence (model.md §11), and on how many effective trials. */
    private static Map<String, Object> evidence(SensitivityOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "observations",
                o.compiled().model().evidence().observations().stream()
                        .map(x -> x.label() + " " + x.year() + " = " + x.value() + " " + x.tolerance())
                        .toList());
        m.put("conditioned", List.of("tornado", "first_order_given_evidence", "value_of_information", "prim"));
        m.put("prior", List.of("sobol"));
        if (o.tornado() != null) {
            m.put("tornado_base_arm_ess", o.tornado().given().ess());
        }
        ConditionedIndices c = o.mainConditioned();
        if (c != null) {
            m.put("design_base_trials_ess", c.ess());
            m.put("first_order_bins", c.bins());
        } else if (o.prim() != null) {
            m.put("design_base_trials_ess", o.prim().given().ess());
        }
        return m;
    }

    private static Map<String, Object> manifest(SensitivityOutcome o, Options options, String font) {
        Scenario sc = o.compiled().scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "countysim");
        m.put("command", "sensitivity");
        m.put("version", Version.current());
        m.put("created", Instant.now().toString());
        m.put("scenario", Json.object("name", sc.name(), "file", sc.file().toString(), "sha256", sc.sha256()));
        m.put("overrides", options.overrides());
        m.put(
                "data",
                Json.object(
                        "file",
                        o.compiled().baseline().file().toString(),
                        "sha256",
                        o.compiled().baseline().sha256()));
        m.put("seed", sc.seed());
        m.put("threads", options.threads());
        m.put(
                "random_streams",
                SimulationEngine.RANDOM_STREAMS + "; a Saltelli design's matrix B draws from the keys"
                        + " with '~B' appended");
        m.put(
                "factors",
                o.factors().stream()
                        .map(f -> Json.object(
                                "id",
                                f.id(),
                                "kind",
                                f.kind().key(),
                                "elements",
                                f.elements(),
                                "distribution",
                                f.distribution()))
                        .toList());
        if (o.hasEvidence()) {
            m.put("evidence", evidence(o));
        }
        if (o.tornado() != null) {
            m.put(
                    "tornado",
                    Json.object(
                            "metric",
                            o.tornado().metric().id(),
                            "trials_per_arm",
                            o.tornado().trials(),
                            "quantiles",
                            List.of(0.10, 0.90),
                            "arms",
                            2 * o.tornado().bars().size() + 1));
        }
        if (o.mainSobol() != null) {
            m.put(
                    "sobol",
                    Json.object(
                            "output",
                            o.mainSobol().output().id(),
                            "base_samples",
                            o.mainSobol().baseSamples(),
                            "model_evaluations",
                            (long) o.mainSobol().baseSamples()
                                    * (o.mainSobol().indices().size() + 2),
                            "resamples",
                            o.mainSobol().resamples(),
                            "confidence",
                            o.mainSobol().confidence(),
                            "widest_half_width",
                            o.mainSobol().widestHalfWidth()));
        }
        if (o.prim() != null) {
            m.put(
                    "prim",
                    Json.object(
                            "condition",
                            o.prim().condition(),
                            "trials",
                            o.prim().trials(),
                            "peel_alpha",
                            PrimStep.ALPHA,
                            "min_mass",
                            PrimStep.MIN_MASS,
                            "min_coverage",
                            o.prim().minCoverage()));
        }
        if (o.exportFile() != null) {
            m.put("export", Json.object("file", o.exportFile(), "trials", o.exportTrials()));
        }
        m.put("seconds", o.seconds());
        m.put("warnings", o.warnings());
        m.put("chart_font", font);
        return m;
    }
}
