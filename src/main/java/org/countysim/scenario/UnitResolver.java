package org.countysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.countysim.data.BaselineUnit;
import org.countysim.util.InputText;
import org.countysim.util.Suggest;

/**
 * Resolves the units a scenario names, by code, Chinese name or English name (case-insensitive). Codes are
 * unique in a baseline and win over names; a name that two units share is ambiguous and never resolved to
 * either of them, so that the scenario says which one it means (by its code).
 */
final class UnitResolver {
    private final Map<String, List<BaselineUnit>> byCode = new LinkedHashMap<>();
    private final Map<String, List<BaselineUnit>> byName = new LinkedHashMap<>();

    UnitResolver(List<BaselineUnit> units) {
        for (BaselineUnit u : units) {
            add(byCode, u.code(), u);
            add(byName, u.nameZh(), u);
            add(byName, u.nameEn(), u);
        }
    }

    private static void add(Map<String, List<BaselineUnit>> index, String ref, BaselineUnit u) {
        if (!ref.isEmpty()) {
            List<BaselineUnit> units = index.computeIfAbsent(key(ref), k -> new ArrayList<>());
            if (!units.contains(u)) {
                units.add(u);
            }
        }
    }

    private static String key(String ref) {
        return ref.strip().toLowerCase(Locale.ROOT);
    }

    /** The units a reference could mean: none, one, or several (ambiguous). */
    private List<BaselineUnit> candidates(String ref) {
        List<BaselineUnit> units = byCode.get(key(ref));
        return units != null ? units : byName.getOrDefault(key(ref), List.of());
    }

    /** The one unit the reference names, or null when it names none or several. */
    BaselineUnit find(String ref) {
        List<BaselineUnit> units = candidates(ref);
        return units.size() == 1 ? units.get(0) : null;
    }

    /** Whether the reference names several units. */
    boolean isAmbiguous(String ref) {
        return candidates(ref).size() > 1;
    }

    /** The unit, or null after recording a problem (unknown, with a did-you-mean hint, or ambiguous). */
    BaselineUnit resolve(String ref, YNode where, Problems problems, String what) {
        BaselineUnit u = find(ref);
        if (u == null) {
            problems.add(where, problem(ref, what));
        }
        return u;
    }

    /**
     * Why a reference that {@link #find} does not resolve names no unit: "ambiguous unit 'x': it names 1 (file:2)
     * and 2 (file:5); use the code", or "unknown unit 'x' (did you mean 'y'?)".
     */
    String problem(String ref, String what) {
        List<BaselineUnit> units = candidates(ref);
        if (units.size() > 1) {
            return "ambiguous " + what + " '" + InputText.excerpt(ref) + "': it names "
                    + units.stream()
                            .map(u -> u.code() + " (baseline line " + u.line() + ")")
                            .collect(Collectors.joining(" and "))
                    + "; use the code";
        }
        List<String> names = new ArrayList<>(byCode.keySet().size());
        byCode.values()
                .forEach(list -> list.forEach(x -> {
                    names.add(x.code());
                    if (!x.nameZh().isEmpty()) {
                        names.add(x.nameZh());
                    }
                    if (!x.nameEn().isEmpty()) {
                        names.add(x.nameEn());
                    }
                }));
        return "unknown " + what + " '" + InputText.excerpt(ref) + "'" + Suggest.hint(ref, names);
    }
}
