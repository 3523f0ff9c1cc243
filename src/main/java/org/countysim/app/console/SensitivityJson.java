package org.countysim.app.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.app.SensitivityOutcome;
import org.countysim.format.Json;
import org.countysim.report.SensitivityText;
import org.countysim.result.Conditioned;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.result.SobolResult;
import org.countysim.result.TornadoResult;
import org.countysim.result.ValueOfInformation;

/** {@code sensitivity --json}: the findings as one document, snake_case like every countysim JSON. */
public final class SensitivityJson {
    private SensitivityJson() {}

    /** --list-factors --json: each factor's id, kind, Chinese label and distribution. */
    public static List<Map<String, Object>> factors(List<Factor> factors) {
        return factors.stream()
                .map(f -> Json.object(
                        "id", f.id(), "kind", f.kind().key(), "label", f.labelZh(), "distribution", f.distribution()))
                .toList();
    }

    public static Map<String, Object> of(SensitivityOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", o.compiled().scenario().name());
        m.put("out_dir", o.outDir().toString());
        m.put("seed", o.compiled().scenario().seed());
        m.put(
                "factors",
                o.factors().stream()
                        .map(f -> Json.object(
                                "id",
                                f.id(),
                                "kind",
                                f.kind().key(),
                                "label",
                                f.labelZh(),
                                "elements",
                                f.elements(),
                                "distribution",
                                f.distribution()))
                        .toList());
        if (o.hasEvidence()) {
            m.put("conditioned_on_evidence", true);
        }
        if (o.tornado() != null) {
            m.put("tornado", given(tornado(o.tornado()), o.tornado().given()));
        }
        if (o.mainSobol() != null) {
            Map<String, Object> sobol = sobol(o.mainSobol());
            if (o.hasEvidence()) {
                sobol.put("conditioning", "prior");
            }
            m.put("sobol", sobol);
        }
        if (o.mainConditioned() != null) {
            m.put("first_order_given_evidence", conditioned(o.mainConditioned()));
        }
        if (o.voi() != null) {
            m.put("value_of_information", voi(o.voi()));
        }
        if (o.prim() != null) {
            m.put("prim", given(prim(o.prim()), o.prim().given()));
        }
        if (o.exportFile() != null) {
            m.put(
                    "export",
                    Json.object("file", o.outDir().resolve(o.exportFile()).toString(), "trials", o.exportTrials()));
        }
        m.put("warnings", o.warnings());
        return m;
    }

    /** A conditioned result says so, with the effective sample size it rests on; a prior one is left as it is. */
    private static Map<String, Object> given(Map<String, Object> m, Conditioned given) {
        if (given != null) {
            m.put("conditioning", "evidence");
            m.put("ess", given.ess());
        }
        return m;
    }

    private static Map<String, Object> conditioned(ConditionedIndices c) {
        return given(
                Json.object(
                        "output",
                        c.output().id(),
                        "mean",
                        c.mean(),
                        "variance",
                        c.variance(),
                        "trials",
                        c.trials(),
                        "bins",
                        c.bins(),
                        "indices",
                        c.indices().stream()
                                .map(i -> Json.object(
                                        "factor",
                                        i.factor().id(),
                                        "s1",
                                        i.s1(),
                                        "s1_se",
                                        i.s1Se(),
                                        "s1_lo",
                                        i.s1Lo(),
                                        "s1_hi",
                                        i.s1Hi()))
                                .toList()),
                c.given());
    }

    private static Map<String, Object> tornado(TornadoResult t) {
        List<Object> bars = new ArrayList<>();
        for (TornadoResult.Bar b : t.bars()) {
            bars.add(Json.object(
                    "factor",
                    b.factor().id(),
                    "low_value",
                    b.lowValue(),
                    "high_value",
                    b.highValue(),
                    "low",
                    b.low().value(),
                    "high",
                    b.high().value(),
                    "swing",
                    b.swing().value(),
                    "swing_se",
                    b.swing().se()));
        }
        return Json.object(
                "metric",
                t.metric().id(),
                "trials_per_arm",
                t.trials(),
                "base",
                t.base().value(),
                "base_se",
                t.base().se(),
                "bars",
                bars);
    }

    private static Map<String, Object> sobol(SobolResult r) {
        List<Object> indices = new ArrayList<>();
        for (SobolResult.Index i : r.indices()) {
            indices.add(Json.object(
                    "factor",
                    i.factor().id(),
                    "s1",
                    i.s1(),
                    "s1_lo",
                    i.s1Lo(),
                    "s1_hi",
                    i.s1Hi(),
                    "st",
                    i.st(),
                    "st_lo",
                    i.stLo(),
                    "st_hi",
                    i.stHi()));
        }
        return Json.object(
                "output",
                r.output().id(),
                "mean",
                r.mean(),
                "variance",
                r.variance(),
                "base_samples",
                r.baseSamples(),
                "resamples",
                r.resamples(),
                "confidence",
                r.confidence(),
                "indices",
                indices);
    }

    private static List<Object> voi(ValueOfInformation v) {
        List<Object> out = new ArrayList<>();
        for (ValueOfInformation.Ranking r : v.rankings()) {
            out.add(given(
                    Json.object(
                            "output",
                            r.output().id(),
                            "probability",
                            r.probability(),
                            "baselines",
                            r.baselines().stream()
                                    .map(i -> Json.object(
                                            "factor",
                                            i.factor().id(),
                                            "share_settled",
                                            i.s1(),
                                            "lo",
                                            i.s1Lo(),
                                            "hi",
                                            i.s1Hi()))
                                    .toList(),
                            "together",
                            r.together() == null ? null : r.together().s1()),
                    v.given()));
        }
        return out;
    }

    private static Map<String, Object> prim(PrimResult p) {
        List<Object> limits = new ArrayList<>();
        for (int j = 0; j < p.factors().size(); j++) {
            if (p.chosen().restricts(j)) {
                Factor f = p.factors().get(j);
                double lo = p.chosen().lower()[j];
                double hi = p.chosen().upper()[j];
                limits.add(Json.object(
                        "factor",
                        f.id(),
                        "lower",
                        Double.isInfinite(lo) ? null : lo,
                        "upper",
                        Double.isInfinite(hi) ? null : hi));
            }
        }
        return Json.object(
                "condition",
                p.condition(),
                "trials",
                p.trials(),
                "hits",
                p.hits(),
                "coverage",
                p.chosen().coverage(),
                "density",
                p.chosen().density(),
                "mass",
                p.chosen().mass(),
                "limits",
                limits,
                "rule",
                SensitivityText.rule(p, true));
    }
}
