package org.countysim.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.countysim.format.Json;
import org.countysim.result.BaselineShift;
import org.countysim.result.Conditioning;

/**
 * The evidence of a conditioned run (model.md §11) as JSON, for manifest.json and {@code run --json}: the effective
 * sample size, each observation against the trials (prior and conditioned quantiles of its sum, the prior
 * percentile of the observed value) and each banded baseline before and after.
 */
public final class EvidenceJson {
    private EvidenceJson() {}

    public static Map<String, Object> of(EvidenceOutcome e) {
        Conditioning c = e.conditioning();
        List<Object> observations = new ArrayList<>();
        for (Conditioning.Fit f : c.observations()) {
            observations.add(Json.object(
                    "path",
                    f.path(),
                    "label",
                    f.label(),
                    "year",
                    f.year(),
                    "value",
                    f.value(),
                    "tolerance",
                    f.tolerance(),
                    "prior",
                    quantiles(f.prior()),
                    "prior_percentile_of_value",
                    f.priorBelow(),
                    "prior_range",
                    Json.object("min", f.lowest(), "max", f.highest()),
                    "given_evidence",
                    quantiles(f.conditioned())));
        }
        List<Object> baselines = new ArrayList<>();
        for (BaselineShift s : e.baselines()) {
            baselines.add(Json.object(
                    "unit",
                    s.name(),
                    "year",
                    s.year(),
                    "band",
                    Json.object("low", s.low(), "high", s.high()),
                    "prior",
                    three(s.prior()),
                    "given_evidence",
                    three(s.conditioned())));
        }
        return Json.object(
                "trials",
                c.trials(),
                "ess",
                c.ess(),
                "ess_share",
                c.essShare(),
                "reading",
                e.reading(),
                "observations",
                observations,
                "baselines",
                baselines);
    }

    private static Map<String, Object> quantiles(double[] q) {
        return Json.object("p5", q[0], "p50", q[3], "p95", q[6]);
    }

    private static Map<String, Object> three(double[] q) {
        return Json.object("p5", q[0], "p50", q[1], "p95", q[2]);
    }
}
