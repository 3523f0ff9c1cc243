package org.countysim.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.countysim.data.BaselineUnit;

/** Baseline rows the universe treats specially: counted inside others (universe.counted_inside), or folded. */
final class UniverseRows {
    private UniverseRows() {}

    /** Codes of the rows whose GDP the other rows' figures already include. */
    static Set<String> countedInside(Scenario sc, UnitResolver resolver) {
        Set<String> codes = new HashSet<>();
        for (String ref : sc.universe().countedInside()) {
            BaselineUnit u = resolver.find(ref);
            if (u != null) {
                codes.add(u.code());
            }
        }
        return codes;
    }

    /** Folded zones' codes → their hosts' names. */
    static Map<String, String> foldedInto(Scenario sc, UnitResolver resolver) {
        Map<String, String> out = new HashMap<>();
        sc.universe().fold().forEach((zone, host) -> {
            BaselineUnit z = resolver.find(zone);
            BaselineUnit h = resolver.find(host);
            if (z != null && h != null) {
                out.put(z.code(), h.displayName());
            }
        });
        return out;
    }
}
