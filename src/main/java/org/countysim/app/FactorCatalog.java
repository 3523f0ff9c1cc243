package org.countysim.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.CountySimException;
import org.countysim.data.BaselineUnit;
import org.countysim.model.DrawSlot;
import org.countysim.result.Factor;
import org.countysim.result.Factor.Kind;
import org.countysim.result.Factor.Scale;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Param;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.Scope;
import org.countysim.sensitivity.DistributionText;
import org.countysim.util.Suggest;

/**
 * The factors of a compiled scenario (model.md §8), in the order of its draw buffer: each random draw slot of a
 * trial-level quantity is one factor (a slot of several values, one per unit or expanded project, is one factor),
 * each banded baseline is one, and the standard normals of the common and unit shocks with the year-scope deflator
 * form the group {@code shocks} (or one factor each with {@code splitShocks}).
 */
public final class FactorCatalog {
    public static final String SHOCKS = "shocks";
    public static final String OTHERS = "others";
    public static final String BASELINES = "baselines";
    private static final List<String> SHOCK_KEYS = List.of("shocks.common", "shocks.unit");

    private FactorCatalog() {}

    public static List<Factor> of(CompiledScenario compiled, boolean splitShocks) {
        Scenario sc = compiled.scenario();
        Param deflator = sc.deflator().byDefault();
        List<Factor> out = new ArrayList<>();
        List<DrawSlot> shocks = new ArrayList<>();
        for (DrawSlot s : compiled.model().slots()) {
            if (!s.isRandom()) {
                continue;
            }
            String key = s.streamKey();
            boolean yearDeflator =
                    deflator != null && key.equals(deflator.streamKey()) && deflator.scope() == Scope.YEAR;
            if (SHOCK_KEYS.contains(key) || yearDeflator) {
                if (splitShocks) {
                    out.add(shockFactor(List.of(s), key, sc));
                } else {
                    shocks.add(s);
                }
            } else if (key.startsWith("baseline:")) {
                out.add(baseline(compiled, s));
            } else {
                FactorLabels.Label l = FactorLabels.of(sc, key);
                out.add(new Factor(
                        key,
                        Kind.PARAMETER,
                        l.zh() + count(s, true),
                        l.en() + count(s, false),
                        l.scale(),
                        List.of(key),
                        s.count(),
                        DistributionText.of(s.distribution()) + times(s)));
            }
        }
        if (!shocks.isEmpty()) {
            out.add(shockFactor(shocks, SHOCKS, sc));
        }
        return out;
    }

    /** The factors named (by id), in the catalogue's order; a clear message for an unknown id. */
    public static List<Factor> select(List<Factor> all, List<String> ids) {
        Map<String, Factor> byId = new LinkedHashMap<>();
        all.forEach(f -> byId.put(f.id(), f));
        for (String id : ids) {
            if (!byId.containsKey(id)) {
                throw new CountySimException("--factors: '" + id + "' is not a factor of this scenario"
                        + Suggest.hint(id, byId.keySet()) + "; list them with --list-factors");
            }
        }
        return all.stream().filter(f -> ids.contains(f.id())).toList();
    }

    /**
     * The factors of a Saltelli design: the chosen ones and, when some are left out, the others pooled as one
     * group ({@code others}), so that every draw still belongs to one factor of the design.
     */
    public static List<Factor> pooled(List<Factor> all, List<Factor> chosen) {
        List<Factor> rest = all.stream().filter(f -> !chosen.contains(f)).toList();
        if (rest.isEmpty()) {
            return chosen;
        }
        List<Factor> out = new ArrayList<>(chosen);
        out.add(new Factor(
                OTHERS,
                Kind.OTHERS,
                "其他因素（合并）",
                "other factors (pooled)",
                Scale.PLAIN,
                rest.stream().flatMap(f -> f.keys().stream()).toList(),
                rest.stream().mapToInt(Factor::elements).sum(),
                String.join("; ", rest.stream().map(Factor::id).toList())));
        return out;
    }

    /**
     * All the banded baselines of the design taken together, when there are two or more: their closed first-order
     * index is what learning every official figure at once would settle. Empty otherwise.
     */
    public static List<Factor> combinedBaselines(List<Factor> design) {
        List<Factor> baselines =
                design.stream().filter(f -> f.kind() == Kind.BASELINE).toList();
        if (baselines.size() < 2) {
            return List.of();
        }
        return List.of(new Factor(
                BASELINES,
                Kind.COMBINED,
                "全部区间基数（合计）",
                "all banded baselines together",
                Scale.PLAIN,
                baselines.stream().flatMap(f -> f.keys().stream()).toList(),
                baselines.size(),
                baselines.size() + " banded baselines"));
    }

    private static Factor baseline(CompiledScenario compiled, DrawSlot s) {
        String code = s.streamKey().substring("baseline:".length());
        BaselineUnit u = compiled.baseline().units().stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElse(null);
        int year = compiled.scenario().baseYear();
        String zh = (u == null ? code : u.displayName()) + " " + year + "年GDP（亿元）";
        String en = (u == null ? code : u.latinName()) + " GDP " + year + " (100M yuan)";
        return new Factor(
                s.streamKey(),
                Kind.BASELINE,
                zh,
                en,
                Scale.YI,
                List.of(s.streamKey()),
                1,
                DistributionText.of(s.distribution()));
    }

    private static Factor shockFactor(List<DrawSlot> slots, String id, Scenario sc) {
        StringBuilder text = new StringBuilder();
        int elements = 0;
        for (DrawSlot s : slots) {
            text.append(text.length() == 0 ? "" : "; ")
                    .append(s.streamKey())
                    .append(": ")
                    .append(DistributionText.of(s.distribution()))
                    // the year-scope deflator's draws include years that a deflator.<year> factor overrides: no ×n
                    .append(SHOCK_KEYS.contains(s.streamKey()) ? times(s) : " (each year without its own factor)");
            elements += s.count();
        }
        FactorLabels.Label l = FactorLabels.shocks(id);
        return new Factor(
                id,
                Kind.SHOCKS,
                l.zh(),
                l.en(),
                l.scale(),
                slots.stream().map(DrawSlot::streamKey).toList(),
                elements,
                text.toString());
    }

    private static String times(DrawSlot s) {
        return s.count() > 1 ? " ×" + s.count() : "";
    }

    private static String count(DrawSlot s, boolean zh) {
        if (s.count() == 1) {
            return "";
        }
        return zh ? "（" + s.count() + "个值）" : " (" + s.count() + " values)";
    }
}
