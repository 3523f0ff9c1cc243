package org.countysim.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countysim.data.Sector;
import org.countysim.distribution.Distribution;
import org.countysim.scenario.Scenario.Allocation;
import org.countysim.scenario.Scenario.Intervention;
import org.countysim.scenario.Scenario.UnitSelection;
import org.countysim.scenario.Scenario.YearRange;
import org.countysim.scenario.YNode.YMap;
import org.countysim.scenario.YNode.YScalar;
import org.countysim.util.InputText;

/** Reads the {@code interventions:} list: projects, programmes and growth adjustments (model.md §3). */
final class InterventionReader {
    private static final List<String> COMMON = List.of("id", "label", "kind", "enabled", "source", "note");
    private static final List<String> PROJECT = List.of(
            "county",
            "counties",
            "count",
            "sector",
            "output",
            "va_ratio",
            "additionality",
            "success",
            "start",
            "ramp",
            "capex",
            "build_years",
            "demand_multiplier");
    private static final List<String> PROGRAM = List.of(
            "quantity",
            "trend_quantity",
            "years",
            "allocation",
            "universe_share",
            "unit_cost",
            "demand_multiplier",
            "return",
            "lag",
            "unit_output",
            "sector");
    private static final List<String> GROWTH = List.of("delta", "counties", "sectors", "years");
    private static final List<Scope> TRIAL_ONLY = List.of(Scope.TRIAL);

    private final NodeReader in;
    private final ParamReader params;

    InterventionReader(NodeReader in, ParamReader params) {
        this.in = in;
        this.params = params;
    }

    List<Intervention> readAll(YNode node) {
        List<Intervention> out = new ArrayList<>();
        if (node == null || node instanceof YScalar s && s.isNull()) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        in.list(node)
                .ifPresent(l -> l.items()
                        .forEach(item -> in.map(item).ifPresent(m -> {
                            Intervention i = read(m);
                            if (i != null) {
                                if (!ids.add(i.id())) {
                                    in.problems().add(m.get("id"), "duplicate intervention id '" + i.id() + "'");
                                }
                                out.add(i);
                            }
                        })));
        return out;
    }

    private Intervention read(YMap m) {
        YNode idNode = in.required(m, "id");
        String id = idNode == null ? "?" : in.label(m, "id", "?");
        if (idNode != null && !id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            in.problems()
                    .add(idNode, "an id uses letters, digits, '_' and '-' only, got '" + InputText.excerpt(id) + "'");
        }
        YNode kindNode = in.required(m, "kind");
        if (kindNode == null) {
            return null;
        }
        String kind = in.choice(m, "kind", "", List.of("project", "program", "growth"));
        String label = in.label(m, "label", id);
        boolean enabled = in.bool(m, "enabled", true);
        String key = "interventions[" + id + "]";
        switch (kind) {
            case "project":
                allow(m, PROJECT);
                return project(m, id, label, enabled, key);
            case "program":
                allow(m, PROGRAM);
                return program(m, id, label, enabled, key);
            case "growth":
                allow(m, GROWTH);
                return growth(m, id, label, enabled, key);
            default:
                return null;
        }
    }

    private void allow(YMap m, List<String> specific) {
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(specific);
        in.allowOnly(m, allowed);
    }

    private Param param(YMap m, String field, String key, List<Scope> scopes, Double fallback) {
        if (!in.has(m, field)) {
            if (fallback == null) {
                in.problems().add(m, "missing required key '" + field + "'");
                return Param.fixed(m.path() + "." + field, 0);
            }
            return new Param(
                    m.path() + "." + field, key + "." + field, new Distribution.Fixed(fallback), scopes.get(0));
        }
        Param p = params.read(m.get(field), key + "." + field, scopes);
        return p;
    }

    private Scenario.Project project(YMap m, String id, String label, boolean enabled, String key) {
        UnitSelection counties;
        if (in.has(m, "county") && in.has(m, "counties")) {
            in.problems().add(m, "give 'county' or 'counties', not both");
        }
        if (in.has(m, "county")) {
            counties = new UnitSelection(false, List.of(in.text(m.get("county"))), m.get("county"));
        } else if (in.has(m, "counties")) {
            counties = selection(m.get("counties"));
        } else {
            in.problems().add(m, "a project needs 'county' (one unit) or 'counties' (a list, or all)");
            counties = ScenarioReader.allUnits(m);
        }
        Param count = param(m, "count", key, TRIAL_ONLY, 1.0);
        int maxCount = wholeValues(count, m.get("count"), 0, ScenarioReader.MAX_PROJECTS_PER_UNIT);
        Param start = param(m, "start", key, TRIAL_ONLY, null);
        wholeValues(start, m.get("start"), 1900, 2300);
        double success = in.number(m, "success", 1.0);
        if (success < 0 || success > 1) {
            in.problems().add(m.get("success"), "success is a probability in [0, 1], got " + success);
        }
        Param capex = in.has(m, "capex") ? param(m, "capex", key, TRIAL_ONLY, null) : null;
        Param output = nonNegative(param(m, "output", key, TRIAL_ONLY, null), m.get("output"));
        Param va = nonNegative(param(m, "va_ratio", key, TRIAL_ONLY, null), m.get("va_ratio"));
        Param additionality = nonNegative(param(m, "additionality", key, TRIAL_ONLY, 1.0), m.get("additionality"));
        return new Scenario.Project(
                id,
                label,
                enabled,
                m.path(),
                counties,
                count,
                maxCount,
                sector(m, "sector", Sector.SECONDARY),
                output,
                va,
                additionality,
                success,
                start,
                ramp(m),
                capex,
                (int) in.integer(m, "build_years", 2, 1, 20),
                param(m, "demand_multiplier", key, TRIAL_ONLY, 0.0));
    }

    private Scenario.Program program(YMap m, String id, String label, boolean enabled, String key) {
        List<Scope> yearly = List.of(Scope.TRIAL, Scope.YEAR);
        Param quantity = nonNegative(param(m, "quantity", key, yearly, null), m.get("quantity"));
        Param unitCost = nonNegative(param(m, "unit_cost", key, yearly, null), m.get("unit_cost"));
        // Absent: the share is computed from the baseline file (Allocation.COMPUTED_SHARE).
        double universeShare =
                m.get("universe_share") == null ? Allocation.COMPUTED_SHARE : in.number(m, "universe_share", 1.0);
        if (universeShare < 0 || universeShare > 1) {
            in.problems().add(m.get("universe_share"), "universe_share is a fraction in [0, 1], got " + universeShare);
        }
        // May exceed quantity: doing less than usual lowers growth against the trend (model.md §3.2).
        Param trendQuantity = nonNegative(param(m, "trend_quantity", key, yearly, 0.0), m.get("trend_quantity"));
        return new Scenario.Program(
                id,
                label,
                enabled,
                m.path(),
                quantity,
                trendQuantity,
                years(m),
                allocation(m, universeShare),
                unitCost,
                param(m, "demand_multiplier", key, TRIAL_ONLY, 0.0),
                param(m, "return", key, TRIAL_ONLY, 0.0),
                (int) in.integer(m, "lag", 1, 0, 50),
                param(m, "unit_output", key, TRIAL_ONLY, 0.0),
                sector(m, "sector", Sector.SECONDARY));
    }

    private Scenario.Growth growth(YMap m, String id, String label, boolean enabled, String key) {
        Param delta = param(m, "delta", key, List.of(Scope.TRIAL, Scope.YEAR, Scope.COUNTY, Scope.COUNTY_YEAR), null);
        UnitSelection counties = in.has(m, "counties") ? selection(m.get("counties")) : ScenarioReader.allUnits(m);
        Set<Sector> sectors = ScenarioReader.allSectors();
        if (in.has(m, "sectors")
                && !(m.get("sectors") instanceof YScalar s && s.value().equals("all"))) {
            sectors = EnumSet.noneOf(Sector.class);
            for (String k : in.texts(m.get("sectors"))) {
                Sector s = Sector.fromKey(k);
                if (s == null) {
                    in.problems()
                            .add(
                                    m.get("sectors"),
                                    "unknown sector '" + k + "'"
                                            + org.countysim.util.Suggest.hint(k, ScenarioReader.sectorKeys()));
                } else {
                    sectors.add(s);
                }
            }
        }
        return new Scenario.Growth(id, label, enabled, m.path(), delta, counties, sectors, years(m));
    }

    private UnitSelection selection(YNode node) {
        if (node instanceof YScalar s && s.value().equals("all")) {
            return ScenarioReader.allUnits(node);
        }
        return new UnitSelection(false, in.texts(node), node);
    }

    private YearRange years(YMap m) {
        if (!in.has(m, "years")
                || m.get("years") instanceof YScalar s && s.value().equals("all")) {
            return ScenarioReader.allYears();
        }
        YMap y = in.map(m.get("years")).orElse(null);
        if (y == null) {
            return ScenarioReader.allYears();
        }
        in.allowOnly(y, List.of("from", "to"));
        long from = in.integer(y, "from", Long.MIN_VALUE + 1, 1900, 2300);
        long to = in.integer(y, "to", Long.MAX_VALUE, 1900, 2300);
        if (from != Long.MIN_VALUE + 1 && to != Long.MAX_VALUE && from > to) {
            in.problems().add(y, "years: from " + from + " is after to " + to);
        }
        return new YearRange(from == Long.MIN_VALUE + 1 ? null : (int) from, to == Long.MAX_VALUE ? null : (int) to);
    }

    private Allocation allocation(YMap m, double universeShare) {
        YNode node = in.required(m, "allocation");
        if (node == null) {
            return new Allocation.ByGdp(1);
        }
        if (node instanceof YMap shares) {
            Map<String, Double> out = new LinkedHashMap<>();
            double sum = 0;
            for (var e : shares.entries().entrySet()) {
                double v = in.number(e.getValue());
                if (v < 0) {
                    in.problems().add(e.getValue(), "a share must not be negative");
                }
                out.put(e.getKey(), v);
                sum += v;
            }
            if (sum > 1 + 1e-9) {
                in.problems().add(node, "explicit shares sum to " + sum + "; they may sum to less than 1, never more");
            }
            return new Allocation.Explicit(out, node);
        }
        String v = in.text(node);
        if (v.equals("by_gdp")) {
            return new Allocation.ByGdp(universeShare);
        }
        if (v.startsWith("by_sector:") && Sector.fromKey(v.substring(10)) != null) {
            return new Allocation.BySector(Sector.fromKey(v.substring(10)), universeShare);
        }
        in.problems()
                .add(
                        node,
                        "allocation is by_gdp, by_sector:<primary|secondary|tertiary>, or a mapping unit: share;"
                                + " got '" + v + "'");
        return new Allocation.ByGdp(universeShare);
    }

    private Sector sector(YMap m, String field, Sector fallback) {
        String v = in.text(m, field, fallback.key());
        Sector s = Sector.fromKey(v);
        if (s == null) {
            in.problems()
                    .add(
                            m.get(field),
                            "unknown sector '" + v + "'"
                                    + org.countysim.util.Suggest.hint(v, ScenarioReader.sectorKeys()));
            return fallback;
        }
        return s;
    }

    private double[] ramp(YMap m) {
        if (!in.has(m, "ramp")) {
            return ScenarioReader.DEFAULT_RAMP.clone();
        }
        List<Double> values = in.numbers(m.get("ramp"));
        double previous = 0;
        for (double v : values) {
            if (!(v >= previous && v <= 1)) {
                in.problems().add(m.get("ramp"), "ramp fractions rise from 0 to at most 1, e.g. [0.4, 0.8, 1.0]");
                break;
            }
            previous = v;
        }
        if (values.isEmpty()) {
            in.problems().add(m.get("ramp"), "ramp needs at least one fraction");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Checks that a parameter only takes whole values in [min, max]; returns its largest value. */
    private int wholeValues(Param p, YNode node, int min, int max) {
        if (node == null) {
            // absent: the default (count 1), or a missing key already reported
            double v = p.distribution().mean();
            return v >= min && v <= max ? (int) v : min;
        }
        double[] values = p.distribution() instanceof Distribution.Discrete d
                ? d.values()
                : p.isFixed() ? new double[] {p.distribution().mean()} : null;
        if (values == null) {
            in.problems().add(node, "must be a whole number or a discrete distribution of whole numbers");
            return 0;
        }
        int largest = min;
        for (double v : values) {
            if (v != Math.rint(v) || v < min || v > max) {
                in.problems().add(node, "values must be whole numbers in [" + min + ", " + max + "], got " + v);
                return 0;
            }
            largest = Math.max(largest, (int) v);
        }
        return largest;
    }

    private Param nonNegative(Param p, YNode node) {
        if (node != null && p.distribution().inverseCdf(0) < 0) {
            in.problems()
                    .add(
                            node,
                            "must not be negative (its lowest value is "
                                    + p.distribution().inverseCdf(0) + ")");
        }
        return p;
    }
}
