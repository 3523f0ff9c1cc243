package org.countysim.app;

import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.CompiledModel;
import org.countysim.model.UnitInfo;
import org.countysim.scenario.CompiledScenario;

/** Variants compared trial by trial must project the same units over the same years against the same bands. */
final class Comparability {
    private Comparability() {}

    static void check(List<CompiledScenario> scenarios, List<String> names) {
        CompiledModel first = scenarios.get(0).model();
        for (int i = 1; i < scenarios.size(); i++) {
            CompiledModel other = scenarios.get(i).model();
            String pair = names.get(0) + " and " + names.get(i);
            List<String> a = first.units().stream().map(UnitInfo::code).toList();
            List<String> b = other.units().stream().map(UnitInfo::code).toList();
            if (!a.equals(b)) {
                throw new CountySimException(pair + " project different units (" + a + " vs " + b
                        + "); a comparison needs the same tier universe");
            }
            if (first.baseYear() != other.baseYear() || first.horizon() != other.horizon()) {
                throw new CountySimException(pair + " have different years (" + first.baseYear() + "→" + first.horizon()
                        + " vs " + other.baseYear() + "→" + other.horizon() + ")");
            }
            if (!java.util.Arrays.equals(first.thresholds(), other.thresholds())) {
                throw new CountySimException(pair + " have different band thresholds");
            }
        }
    }
}
