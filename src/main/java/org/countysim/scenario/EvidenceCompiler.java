package org.countysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.countysim.data.Baseline;
import org.countysim.data.BaselineUnit;
import org.countysim.model.Evidence;

/**
 * Compiles a scenario's evidence against the baseline (model.md §11): which rows each observation sums and where
 * their values lie. A base-year observation sums the rows' base-year values, drawn as §1.1 also for rows the tier
 * universe leaves out (a slot of their own, keyed {@code baseline:<code>}, so that no other stream moves); a later
 * year can only sum projected units, as the model has no GDP for the others.
 */
final class EvidenceCompiler {
    private final Scenario sc;
    private final Baseline baseline;
    private final UnitResolver resolver;
    private final Map<String, Integer> index;
    private final Set<String> countedInside;
    private final Map<String, String> foldedInto;
    private final ToIntFunction<BaselineUnit> baseSlot;
    private final Problems problems;

    /**
     * @param index         projected units' codes → their position in the universe
     * @param countedInside codes of rows counted inside others (not in {@code units: all})
     * @param foldedInto    codes of folded zones → their hosts' names
     * @param baseSlot      the draw-buffer position of a row's base-year value (made once per row)
     */
    EvidenceCompiler(
            Scenario sc,
            Baseline baseline,
            UnitResolver resolver,
            Map<String, Integer> index,
            Set<String> countedInside,
            Map<String, String> foldedInto,
            ToIntFunction<BaselineUnit> baseSlot,
            Problems problems) {
        this.sc = sc;
        this.baseline = baseline;
        this.resolver = resolver;
        this.index = index;
        this.countedInside = countedInside;
        this.foldedInto = foldedInto;
        this.baseSlot = baseSlot;
        this.problems = problems;
    }

    Evidence compile() {
        List<Evidence.Observation> out = new ArrayList<>();
        for (Scenario.Observation o : sc.evidence()) {
            Evidence.Observation compiled = observation(o);
            if (compiled != null) {
                out.add(compiled);
            }
        }
        return new Evidence(out);
    }

    private Evidence.Observation observation(Scenario.Observation o) {
        List<BaselineUnit> rows = rows(o);
        if (rows == null) {
            return null;
        }
        int t = o.year() - sc.baseYear();
        int[] units = new int[0];
        int[] slots = new int[0];
        if (t == 0) {
            slots = rows.stream().mapToInt(baseSlot).toArray();
        } else {
            List<String> notProjected = new ArrayList<>();
            List<Integer> projected = new ArrayList<>();
            for (BaselineUnit u : rows) {
                Integer c = index.get(u.code());
                if (c == null) {
                    String host = foldedInto.get(u.code());
                    notProjected.add(u.displayName() + (host == null ? "" : " (folded into " + host + ")"));
                } else {
                    projected.add(c);
                }
            }
            if (!notProjected.isEmpty()) {
                problems.add(
                        o.node(),
                        "evidence for " + o.year() + ", after the base year " + sc.baseYear()
                                + ", can only sum projected units: the model has no GDP of "
                                + String.join(", ", notProjected)
                                + " in " + o.year() + " (they are outside the tier universe; a folded zone's GDP is its"
                                + " host's: name the host); evidence for the base year may sum any row");
                return null;
            }
            units = projected.stream().mapToInt(Integer::intValue).toArray();
        }
        String label = o.label().isBlank() ? label(o, rows) : o.label();
        return new Evidence.Observation(
                label, labelZh(o, rows), o.path(), o.year(), t, units, slots, o.value(), o.sd(), o.within());
    }

    /** The baseline rows an observation sums; null after recording a problem. */
    private List<BaselineUnit> rows(Scenario.Observation o) {
        if (o.units().all()) {
            return baseline.units().stream()
                    .filter(u -> !countedInside.contains(u.code()))
                    .toList();
        }
        Set<BaselineUnit> rows = new LinkedHashSet<>();
        boolean ok = true;
        for (String ref : o.units().refs()) {
            BaselineUnit u = resolver.resolve(ref, o.units().node(), problems, "unit");
            if (u == null) {
                ok = false;
            } else if (!rows.add(u)) {
                problems.add(
                        o.units().node(), "unit '" + ref + "' is listed twice: an observation sums each unit once");
                ok = false;
            }
        }
        return ok ? new ArrayList<>(rows) : null;
    }

    /** "all 13 rows of jining_units_2021.csv", "任城区 + 兖州区", or "5 units (任城区, …)". */
    private String label(Scenario.Observation o, List<BaselineUnit> rows) {
        if (o.units().all()) {
            return (rows.size() == 1 ? "the 1 row of " : "all " + rows.size() + " rows of ")
                    + baseline.file().getFileName()
                    + (countedInside.isEmpty() ? "" : " but those counted inside others");
        }
        List<String> names = rows.stream().map(BaselineUnit::displayName).toList();
        return names.size() <= 4
                ? String.join(" + ", names)
                : names.size() + " units (" + String.join(", ", names.subList(0, 3)) + ", …)";
    }

    /**
     * The same in Chinese, for the charts, whatever language the scenario's label is in: "jining_units_2021.csv 全部
     * 13 个单位合计", "… 中 11 个单位合计（不含计入其他单位的 2 个）", "任城区 + 兖州区", or "5 个单位（任城区、兖州区、
     * 曲阜市等）合计".
     */
    private String labelZh(Scenario.Observation o, List<BaselineUnit> rows) {
        if (o.units().all()) {
            int left = baseline.units().size() - rows.size();
            return left == 0
                    ? baseline.file().getFileName() + " 全部 " + rows.size() + " 个单位合计"
                    : baseline.file().getFileName() + " 中 " + rows.size() + " 个单位合计（不含计入其他单位的 " + left + " 个）";
        }
        List<String> names = rows.stream().map(BaselineUnit::displayName).toList();
        return names.size() <= 4
                ? String.join(" + ", names)
                : names.size() + " 个单位（" + String.join("、", names.subList(0, 3)) + "等）合计";
    }
}
