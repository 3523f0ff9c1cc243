package org.countysim.app.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.app.ComparePipeline;
import org.countysim.app.SolvePipeline;
import org.countysim.app.SolveSearch;
import org.countysim.app.SweepPipeline;
import org.countysim.format.Json;
import org.countysim.model.Metric;
import org.countysim.model.MetricSet;
import org.countysim.report.ParamAxis;
import org.countysim.result.Attribution;
import org.countysim.result.SolveEvaluation;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;

/**
 * The --json documents of compare, sweep, solve and run's contributions, in the one style of every countysim
 * JSON: snake_case keys, labelled objects (a metric's numbers under its id, a scenario's under its name) rather
 * than parallel arrays a script must zip, and paths as plain strings. Metric ids are those of the CSVs.
 */
public final class VariantJson {
    private VariantJson() {}

    public static Map<String, Object> compare(ComparePipeline.Outcome o) {
        VariantResult r = o.result();
        List<Object> scenarios = new ArrayList<>();
        for (int v = 0; v < r.variants().size(); v++) {
            Map<String, Object> scenario = Json.object("scenario", r.variants().get(v), "metrics", metrics(r, v));
            if (r.weighted()) {
                scenario.put("ess", r.ess()[v]);
            }
            scenarios.add(scenario);
        }
        return Json.object(
                "reference",
                r.variants().get(0),
                "trials",
                r.trials(),
                "seed",
                o.seed(),
                "overrides",
                o.overrides(),
                "scenarios",
                scenarios,
                "out_dir",
                o.outDir().toString(),
                "warnings",
                o.warnings());
    }

    public static Map<String, Object> sweep(SweepPipeline.Outcome o) {
        VariantResult r = o.result();
        List<Object> params = new ArrayList<>();
        for (ParamAxis a : o.axes()) {
            params.add(Json.object("path", a.path(), "label", a.en()));
        }
        List<Object> points = new ArrayList<>();
        for (int v = 0; v < o.points().size(); v++) {
            Map<String, Object> at = new LinkedHashMap<>();
            for (int i = 0; i < o.axes().size(); i++) {
                at.put(o.axes().get(i).path(), o.points().get(v)[i]);
            }
            Map<String, Object> point = Json.object("params", at, "metrics", metrics(r, v));
            if (r.weighted()) {
                point.put("ess", r.ess()[v]);
            }
            points.add(point);
        }
        return Json.object(
                "metric",
                o.metric().id(),
                "trials",
                r.trials(),
                "seed",
                o.seed(),
                "overrides",
                o.overrides(),
                "params",
                params,
                "points",
                points,
                "out_dir",
                o.outDir().toString(),
                "warnings",
                o.warnings());
    }

    /** Variant v's metrics by id: level, SE, difference from the first variant and its paired SE. */
    private static Map<String, Object> metrics(VariantResult r, int v) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int j = 0; j < r.metrics().size(); j++) {
            Summary.Estimate x = r.values()[v][j];
            Summary.Estimate d = r.differences()[v][j];
            m.put(
                    r.metrics().get(j).id(),
                    Json.object("value", x.value(), "se", x.se(), "diff_vs_first", d.value(), "diff_se", d.se()));
        }
        return m;
    }

    public static Map<String, Object> solve(SolvePipeline.Outcome o) {
        SolveSearch.Result s = o.search();
        List<Object> crossings = new ArrayList<>();
        for (SolveSearch.Crossing c : s.crossings()) {
            crossings.add(Json.object(
                    "direction",
                    c.rising() ? "met_from" : "missed_from",
                    "from",
                    point(o, c.from()),
                    "to",
                    point(o, c.to()),
                    "clearly_before",
                    number(o, c.clearlyBefore()),
                    "clearly_after",
                    number(o, c.clearlyAfter())));
        }
        List<Object> evaluations = new ArrayList<>();
        for (SolveEvaluation e : s.evaluations()) {
            Map<String, Object> p = point(o, e);
            p.put("met", o.target().reached(e.p().value()));
            p.put("stage", s.grid().contains(e.x()) ? "grid" : "bisection");
            evaluations.add(p);
        }
        return Json.object(
                "scenario",
                o.scenario(),
                "overrides",
                o.overrides(),
                "param",
                o.path(),
                "integer",
                o.integer(),
                "target",
                Json.object(
                        "text",
                        o.target().text(),
                        "metric",
                        o.target().metric().id(),
                        "op",
                        o.target().op(),
                        "level",
                        o.target().level()),
                "range",
                Json.object("lo", o.lo(), "hi", o.hi()),
                "grid_points",
                s.grid().size(),
                "tolerance",
                o.tolerance(),
                "trials",
                o.trials(),
                "seed",
                o.seed(),
                "reachable",
                o.reachable(),
                "solution",
                s.solution() == null ? null : number(o, s.solution().x()),
                "at_solution",
                s.solution() == null ? null : point(o, s.solution()),
                "best",
                point(o, s.best()),
                "crossings",
                crossings,
                "evaluations",
                evaluations,
                "out_dir",
                o.outDir().toString(),
                "warnings",
                o.warnings());
    }

    private static Map<String, Object> point(SolvePipeline.Outcome o, SolveEvaluation e) {
        return Json.object("x", number(o, e.x()), "value", e.p().value(), "se", e.p().se());
    }

    /** A whole-number parameter prints as an integer (7, not 7.0). */
    private static Object number(SolvePipeline.Outcome o, Double x) {
        return x == null ? null : o.integer() ? (Object) Math.round(x) : x;
    }

    /** run's contributions: reference rows by metric, then each intervention with its values by metric. */
    static Map<String, Object> contributions(Attribution a) {
        if (a == null) {
            return null;
        }
        List<Object> interventions = new ArrayList<>();
        for (int i = 0; i < a.interventions().size(); i++) {
            interventions.add(Json.object(
                    "id",
                    a.interventions().get(i),
                    "label",
                    a.labels().get(i),
                    "shapley",
                    a.shapley() == null ? null : byMetric(a.metrics(), a.shapley()[i]),
                    "leave_one_out",
                    byMetric(a.metrics(), a.leaveOneOut()[i])));
        }
        return Json.object(
                "trials",
                a.trials(),
                "all_in",
                byMetric(a.metrics(), a.allIn()),
                "no_policy",
                byMetric(a.metrics(), a.noPolicy()),
                "total",
                byMetric(a.metrics(), a.total()),
                "interventions",
                interventions);
    }

    private static Map<String, Object> byMetric(MetricSet metrics, Summary.Estimate[] values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            m.put(metric.id(), values[metric.position()]);
        }
        return m;
    }
}
