package org.countysim.app.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.countysim.app.EvidenceJson;
import org.countysim.app.RunOutcome;
import org.countysim.format.Json;

/** run's --json document: the summary, with evidence the prior beside it, the data quality and contributions. */
public final class RunJson {
    private RunJson() {}

    public static Map<String, Object> of(RunOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", o.compiled().scenario().name());
        m.put("out_dir", o.outDir().toString());
        m.put("trials", o.trials());
        m.put("seed", o.seed());
        m.put("horizon", o.compiled().scenario().horizon());
        m.put("tiers", o.summary().tiers());
        m.put("city", o.summary().city());
        if (o.conditioned()) {
            // tiers and city above are conditioned on the evidence (the answer); the prior beside them
            m.put(
                    "prior",
                    Json.object(
                            "tiers",
                            o.evidence().prior().tiers(),
                            "city",
                            o.evidence().prior().city()));
            m.put("evidence", EvidenceJson.of(o.evidence()));
        }
        m.put("data_quality", o.compiled().quality());
        m.put("contributions", VariantJson.contributions(o.attribution()));
        m.put("warnings", o.warnings());
        return m;
    }
}
