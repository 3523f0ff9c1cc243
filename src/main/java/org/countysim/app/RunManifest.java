package org.countysim.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.countysim.data.DataQuality;
import org.countysim.engine.SimulationEngine;
import org.countysim.format.Json;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;

/** A run's manifest.json: what was run, on what, with which seed and trials, and what it warned about. */
final class RunManifest {
    private RunManifest() {}

    static Map<String, Object> of(RunOutcome o, RunRequest request, String chartFont) {
        CompiledScenario c = o.compiled();
        Scenario sc = c.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "countysim");
        m.put("version", Version.current());
        m.put("created", Instant.now().toString());
        m.put(
                "scenario",
                Json.object(
                        "name",
                        sc.name(),
                        "title",
                        sc.title(),
                        "file",
                        sc.file().toString(),
                        "sha256",
                        sc.sha256()));
        m.put("overrides", request.options().overrides());
        m.put(
                "data",
                Json.object(
                        "file",
                        c.baseline().file().toString(),
                        "sha256",
                        c.baseline().sha256(),
                        "encoding",
                        c.baseline().encoding(),
                        "base_year",
                        c.baseline().year()));
        m.put("seed", o.seed());
        m.put("trials", o.trials());
        if (o.precision().asked()) {
            m.put(
                    "precision",
                    Json.object(
                            "target_se",
                            request.precision(),
                            "max_trials",
                            request.maxTrials(),
                            "reached",
                            o.precision().reached(),
                            "largest_probability_se",
                            o.precision().largestSe()));
        }
        m.put("threads", o.threads());
        m.put("block_size", SimulationEngine.BLOCK_SIZE);
        m.put("random_streams", SimulationEngine.RANDOM_STREAMS);
        m.put("horizon", sc.horizon());
        m.put("counting", sc.tiers().counting().key());
        m.put(
                "targets",
                Json.object(
                        "stated_as",
                        sc.tiers().targetForm().key(),
                        "band",
                        c.model().targets().band(),
                        "cumulative",
                        c.model().targets().cumulative()));
        m.put(
                "interventions",
                sc.enabledInterventions().stream()
                        .map(Scenario.Intervention::id)
                        .toList());
        m.put(
                "attribution_trials",
                o.attribution() == null ? 0 : o.attribution().trials());
        m.put("wall_seconds", Math.round(o.wallSeconds() * 1000) / 1000.0);
        DataQuality q = c.quality();
        m.put(
                "data_quality",
                Json.object(
                        "units",
                        q.units(),
                        "exact",
                        q.exact(),
                        "rounded",
                        q.rounded(),
                        "banded",
                        q.banded(),
                        "estimated",
                        q.estimated(),
                        "sectors_filled",
                        q.sectorsFilled(),
                        "sector_shares_source",
                        q.sharesNote()));
        if (o.conditioned()) {
            m.put("evidence", EvidenceJson.of(o.evidence()));
        }
        m.put("model_warnings", o.warnings());
        m.put("growth_clamps", o.summary().clamps());
        m.put("quantile_relative_accuracy", org.countysim.result.QuantileSketch.RELATIVE_ACCURACY);
        m.put("chart_font", chartFont);
        return m;
    }
}
