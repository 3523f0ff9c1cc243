package org.countysim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.countysim.distribution.Distribution;
import org.countysim.distribution.InvalidParameterException;
import org.countysim.scenario.YNode.YMap;
import org.countysim.util.Suggest;

/**
 * Reads a number or a distribution ({@code {dist: pert, min: .., mode: .., max: .., scope: trial}}) into
 * a {@link Param}. Invalid parameters are reported with the path of the offending field.
 */
final class ParamReader {
    /** Keys that document a value and never change it. */
    static final List<String> NOTE_KEYS = List.of("source", "note");

    private static final Map<String, List<String>> FIELDS = new TreeMap<>(Map.of(
            "fixed", List.of("value"),
            "uniform", List.of("min", "max"),
            "triangular", List.of("min", "mode", "max"),
            "pert", List.of("min", "mode", "max"),
            "normal", List.of("mean", "sd", "lower", "upper"),
            "lognormal", List.of("median", "sigma", "mean", "sd"),
            "beta", List.of("a", "b", "min", "max"),
            "bernoulli", List.of("p"),
            "discrete", List.of("values", "weights")));

    private final NodeReader in;

    ParamReader(NodeReader in) {
        this.in = in;
    }

    /**
     * @param key     the sub-stream key (id-based path)
     * @param scopes  the scopes allowed here; the first is the default
     */
    Param read(YNode node, String key, List<Scope> scopes) {
        Scope scope = scopes.get(0);
        if (!(node instanceof YMap map)) {
            double v = in.number(node);
            return new Param(node.path(), key, new Distribution.Fixed(Double.isNaN(v) ? 0 : v), scope);
        }
        String dist = in.text(map, "dist", "");
        if (dist.isEmpty()) {
            in.problems().add(map, "a distribution needs 'dist:' (one of " + String.join(", ", FIELDS.keySet()) + ")");
            return placeholder(node, key, scope);
        }
        List<String> fields = FIELDS.get(dist);
        if (fields == null) {
            in.problems()
                    .add(
                            map.get("dist"),
                            "unknown distribution '" + dist + "'" + Suggest.hint(dist, FIELDS.keySet()) + "; one of "
                                    + String.join(", ", FIELDS.keySet()));
            return placeholder(node, key, scope);
        }
        List<String> allowed = new ArrayList<>(fields);
        allowed.add("dist");
        allowed.add("scope");
        allowed.addAll(NOTE_KEYS);
        in.allowOnly(map, allowed);
        if (in.has(map, "scope")) {
            String s = in.text(map.get("scope"));
            Scope parsed = Scope.fromKey(s);
            if (parsed == null || !scopes.contains(parsed)) {
                in.problems()
                        .add(
                                map.get("scope"),
                                "scope '" + s + "' is not allowed here; allowed: "
                                        + String.join(
                                                ", ",
                                                scopes.stream().map(Scope::key).toList()));
            } else {
                scope = parsed;
            }
        }
        int before = in.problems().size();
        Map<String, Double> values = new HashMap<>();
        for (String f : fields) {
            if (in.has(map, f) && !f.equals("values") && !f.equals("weights")) {
                values.put(f, in.number(map.get(f)));
            }
        }
        if (in.problems().size() > before) {
            return placeholder(node, key, scope);
        }
        try {
            Distribution d = build(dist, map, values);
            return d == null ? placeholder(node, key, scope) : new Param(node.path(), key, d, scope);
        } catch (InvalidParameterException e) {
            YNode field = map.get(e.field());
            if (field != null) {
                in.problems().add(field, e.getMessage());
            } else {
                in.problems().add(map, e.field() + " " + e.getMessage());
            }
            return placeholder(node, key, scope);
        }
    }

    private Distribution build(String dist, YMap map, Map<String, Double> v) {
        Function<String, Double> req = f -> {
            Double x = v.get(f);
            if (x == null) {
                in.problems().add(map, dist + " needs '" + f + "'");
            }
            return x;
        };
        switch (dist) {
            case "fixed":
                return all(req, "value") ? new Distribution.Fixed(v.get("value")) : null;
            case "uniform":
                return all(req, "min", "max") ? new Distribution.Uniform(v.get("min"), v.get("max")) : null;
            case "triangular":
                return all(req, "min", "mode", "max")
                        ? new Distribution.Triangular(v.get("min"), v.get("mode"), v.get("max"))
                        : null;
            case "pert":
                return all(req, "min", "mode", "max")
                        ? new Distribution.Pert(v.get("min"), v.get("mode"), v.get("max"))
                        : null;
            case "normal":
                return all(req, "mean", "sd")
                        ? new Distribution.Normal(
                                v.get("mean"),
                                v.get("sd"),
                                v.getOrDefault("lower", Double.NEGATIVE_INFINITY),
                                v.getOrDefault("upper", Double.POSITIVE_INFINITY))
                        : null;
            case "lognormal":
                return lognormal(map, v, req);
            case "beta":
                return all(req, "a", "b")
                        ? new Distribution.Beta(
                                v.get("a"), v.get("b"), v.getOrDefault("min", 0.0), v.getOrDefault("max", 1.0))
                        : null;
            case "bernoulli":
                return all(req, "p") ? new Distribution.Bernoulli(v.get("p")) : null;
            default:
                return discrete(map);
        }
    }

    private Distribution lognormal(YMap map, Map<String, Double> v, Function<String, Double> req) {
        if (v.containsKey("median") || v.containsKey("sigma")) {
            if (v.containsKey("mean") || v.containsKey("sd")) {
                in.problems().add(map, "lognormal takes either median and sigma, or mean and sd, not both");
                return null;
            }
            return all(req, "median", "sigma") ? new Distribution.LogNormal(v.get("median"), v.get("sigma")) : null;
        }
        return all(req, "mean", "sd") ? Distribution.LogNormal.ofMeanSd(v.get("mean"), v.get("sd")) : null;
    }

    private Distribution discrete(YMap map) {
        YNode valuesNode = in.required(map, "values");
        if (valuesNode == null) {
            return null;
        }
        int before = in.problems().size();
        List<Double> values = in.numbers(valuesNode);
        List<Double> weights = in.has(map, "weights") ? in.numbers(map.get("weights")) : null;
        if (in.problems().size() > before) {
            return null;
        }
        if (weights == null) {
            return Distribution.Discrete.uniformOver(values);
        }
        return new Distribution.Discrete(
                values.stream().mapToDouble(Double::doubleValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static boolean all(Function<String, Double> req, String... fields) {
        boolean ok = true;
        for (String f : fields) {
            ok &= req.apply(f) != null;
        }
        return ok;
    }

    private static Param placeholder(YNode node, String key, Scope scope) {
        return new Param(node.path(), key, new Distribution.Fixed(0), scope);
    }

    static Set<String> distributionNames() {
        return FIELDS.keySet();
    }
}
