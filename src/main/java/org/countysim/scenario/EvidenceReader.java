package org.countysim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.countysim.scenario.YNode.YMap;
import org.countysim.scenario.YNode.YScalar;

/**
 * Reads {@code evidence:} (model.md §11), a list of observations {@code {units, year, value, sd | within}}, and
 * checks their form: the year lies in base year..horizon, the value and tolerance are positive and finite, and
 * exactly one tolerance is given. Unit names are checked against the baseline by {@link EvidenceCompiler}.
 */
final class EvidenceReader {
    static final List<String> KEYS = List.of("units", "year", "value", "sd", "within", "label", "source", "note");

    private final NodeReader in;

    EvidenceReader(NodeReader in) {
        this.in = in;
    }

    List<Scenario.Observation> read(YNode node, int baseYear, int horizon) {
        List<Scenario.Observation> out = new ArrayList<>();
        in.list(node)
                .ifPresent(l -> l.items()
                        .forEach(item -> in.map(item).ifPresent(m -> {
                            Scenario.Observation o = observation(m, baseYear, horizon);
                            if (o != null) {
                                out.add(o);
                            }
                        })));
        return out;
    }

    private Scenario.Observation observation(YMap m, int baseYear, int horizon) {
        in.allowOnly(m, KEYS);
        YNode unitsNode = in.required(m, "units");
        Scenario.UnitSelection units = null;
        if (unitsNode instanceof YScalar s && s.value().equals("all")) {
            units = ScenarioReader.allUnits(unitsNode);
        } else if (unitsNode != null) {
            units = new Scenario.UnitSelection(false, in.texts(unitsNode), unitsNode);
            if (units.refs().isEmpty()) {
                in.problems()
                        .add(unitsNode, "an observation sums at least one unit: give units: all, a unit or a list");
            }
        }
        YNode yearNode = in.required(m, "year");
        int year = (int) in.integer(m, "year", 0, 1900, 2300);
        if (yearNode != null && year > 0 && baseYear > 0 && year < baseYear) {
            in.problems()
                    .add(
                            yearNode,
                            "year " + year + " is before the base year " + baseYear + ": the model draws"
                                    + " nothing before it, so evidence can only concern the base year (its drawn baselines) or a"
                                    + " projected year; turn an earlier figure into a baseline band for " + baseYear
                                    + " instead");
        } else if (yearNode != null && year > 0 && horizon > 0 && year > horizon) {
            in.problems()
                    .add(
                            yearNode,
                            "year " + year + " is after the horizon " + horizon + ": the model does not"
                                    + " project it");
        }
        YNode valueNode = in.required(m, "value");
        double value = valueNode == null ? Double.NaN : in.number(valueNode);
        if (valueNode != null && !Double.isNaN(value) && value <= 0) {
            in.problems().add(valueNode, "the observed value must be positive (nominal GDP, 亿元), got " + value);
        }
        double sd = tolerance(m, "sd");
        double within = tolerance(m, "within");
        boolean hasSd = in.has(m, "sd");
        boolean hasWithin = in.has(m, "within");
        if (hasSd && hasWithin) {
            in.problems().add(m, "give one tolerance, sd (Gaussian) or within (uniform ± half-width), not both");
        } else if (!hasSd && !hasWithin) {
            in.problems()
                    .add(
                            m,
                            "missing a tolerance: sd (Gaussian) or within (uniform ± half-width); a published"
                                    + " figure is rounded at least, so an exact match is never required");
        }
        if (units == null || yearNode == null || valueNode == null) {
            return null;
        }
        return new Scenario.Observation(
                m.path(),
                units,
                year,
                value,
                hasSd ? sd : Double.NaN,
                hasWithin && !hasSd ? within : Double.NaN,
                in.text(m, "label", ""),
                m);
    }

    /** A positive, finite tolerance; NaN (with a problem) otherwise. */
    private double tolerance(YMap m, String key) {
        if (!in.has(m, key)) {
            return Double.NaN;
        }
        double t = in.number(m.get(key));
        if (!Double.isNaN(t) && t <= 0) {
            in.problems()
                    .add(
                            m.get(key),
                            key + " must be positive, got " + t + ": a zero tolerance would keep only"
                                    + " trials that match the figure exactly, and rounding alone justifies one");
            return Double.NaN;
        }
        return t;
    }
}
