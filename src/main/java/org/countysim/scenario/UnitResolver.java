package org.countysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.countysim.data.BaselineUnit;
import org.countysim.util.Suggest;

/** Resolves the units a scenario names, by code, Chinese name or English name (case-insensitive). */
final class UnitResolver {
    private final Map<String, BaselineUnit> byRef = new LinkedHashMap<>();

    UnitResolver(List<BaselineUnit> units) {
        for (BaselineUnit u : units) {
            for (String ref : List.of(u.code(), u.nameZh(), u.nameEn())) {
                if (!ref.isEmpty()) {
                    byRef.putIfAbsent(ref.toLowerCase(Locale.ROOT), u);
                }
            }
        }
    }

    BaselineUnit find(String ref) {
        return byRef.get(ref.strip().toLowerCase(Locale.ROOT));
    }

    /** The unit, or null after recording a problem with a did-you-mean hint. */
    BaselineUnit resolve(String ref, YNode where, Problems problems, String what) {
        BaselineUnit u = find(ref);
        if (u == null) {
            problems.add(where, unknown(ref, what));
        }
        return u;
    }

    /** "unknown unit 'x' (did you mean 'y'?)", over every code and name of the baseline. */
    String unknown(String ref, String what) {
        List<String> names = new ArrayList<>();
        byRef.values().stream().distinct().forEach(x -> {
            names.add(x.code());
            if (!x.nameZh().isEmpty()) {
                names.add(x.nameZh());
            }
            if (!x.nameEn().isEmpty()) {
                names.add(x.nameEn());
            }
        });
        return "unknown " + what + " '" + ref + "'" + Suggest.hint(ref, names);
    }
}
