package org.countysim.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.countysim.data.BaselineUnit;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.Scenario.Allocation;

/**
 * Says when the tier universe covers fewer rows than the baseline file, and how the city-wide programmes are
 * split then: a run on a subset of units must not silently pile the whole city's programmes onto them.
 */
final class UniverseCheck {
    private UniverseCheck() {}

    static List<String> warnings(CompiledScenario compiled) {
        Set<String> inside = new HashSet<>();
        compiled.model().units().forEach(u -> inside.add(u.code()));
        compiled.scenario()
                .universe()
                .fold()
                .keySet()
                .forEach(zone -> compiled.baseline().units().stream()
                        .filter(u -> u.code().equals(zone)
                                || u.nameZh().equals(zone)
                                || u.nameEn().equals(zone))
                        .forEach(u -> inside.add(u.code())));
        // rows counted inside others' figures are neither left out nor part of the total: other rows hold them
        Set<String> countedInside = new HashSet<>();
        compiled.scenario()
                .universe()
                .countedInside()
                .forEach(ref -> compiled.baseline().units().stream()
                        .filter(u -> u.code().equals(ref)
                                || u.nameZh().equals(ref)
                                || u.nameEn().equals(ref))
                        .forEach(u -> countedInside.add(u.code())));
        List<String> leftOut = new ArrayList<>();
        double outsideYi = 0;
        double allYi = 0;
        for (BaselineUnit u : compiled.baseline().units()) {
            if (countedInside.contains(u.code())) {
                continue;
            }
            double gdp = Double.isNaN(u.gdpYi()) ? (u.gdpLowYi() + u.gdpHighYi()) / 2 : u.gdpYi();
            allYi += gdp;
            if (!inside.contains(u.code())) {
                leftOut.add(u.displayName());
                outsideYi += gdp;
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Scenario.Program> cityWide = compiled.scenario().enabledInterventions().stream()
                .filter(i -> i instanceof Scenario.Program p && !(p.allocation() instanceof Allocation.Explicit))
                .map(i -> (Scenario.Program) i)
                .toList();
        if (leftOut.isEmpty() || cityWide.isEmpty()) {
            return warnings;
        }
        String share = String.format(Locale.ROOT, "%.0f%%", 100 * (1 - outsideYi / allYi));
        warnings.add("the tier universe holds " + inside.size() + " of the "
                + compiled.baseline().units().size()
                + " rows of " + compiled.baseline().file().getFileName() + " (left out: " + String.join(", ", leftOut)
                + "); city-wide programmes split by base-year GDP give the projected units their share of the whole"
                + " file's total (about " + share + " at band midpoints), the rows left out the rest");
        for (Scenario.Program p : cityWide) {
            double given = p.allocation() instanceof Allocation.ByGdp g
                    ? g.universeShare()
                    : ((Allocation.BySector) p.allocation()).universeShare();
            if (!Double.isNaN(given)) {
                warnings.add(p.id() + ": universe_share " + given + " is applied as given (the baseline file"
                        + " suggests about " + share + "); remove it to have the share computed");
            }
        }
        return warnings;
    }
}
