package org.countysim.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.countysim.data.BaselineUnit;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;

/**
 * The assumptions a reviewer should see next to the answer: the banded and estimated baselines (the widest
 * first; a figure only rounded by its source is not listed), the trend, and how the functional zones are treated.
 */
final class DecisiveAssumptions {
    private DecisiveAssumptions() {}

    static List<String> of(CompiledScenario compiled) {
        Scenario sc = compiled.scenario();
        List<String> lines = new ArrayList<>();
        List<BaselineUnit> banded = new ArrayList<>();
        compiled.model()
                .units()
                .forEach(u -> compiled.baseline().units().stream()
                        .filter(b -> b.code().equals(u.code())
                                && b.isBanded()
                                && !b.status().equals("rounded"))
                        .forEach(banded::add));
        banded.sort((a, b) -> Double.compare(b.gdpHighYi() - b.gdpLowYi(), a.gdpHighYi() - a.gdpLowYi()));
        for (BaselineUnit u : banded) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%s %d: only a band is known, %s–%s亿 (%s, source %s), drawn %s per" + " trial",
                    u.displayName(),
                    u.year(),
                    num(u.gdpLowYi()),
                    num(u.gdpHighYi()),
                    u.status(),
                    u.source(),
                    sc.data().bandDraw().name().toLowerCase(Locale.ROOT)));
        }
        lines.add("trend real growth: "
                + sc.trend()
                        .realGrowth()
                        .byDefault()
                        .distribution()
                        .toString()
                        .replaceAll(", lower=-Infinity|, upper=Infinity", "")
                + " (the scenario file gives its source or marks it an assumption)");
        List<String> outside = compiled.baseline().units().stream()
                .filter(b -> compiled.model().units().stream()
                        .noneMatch(u -> u.code().equals(b.code())))
                .map(BaselineUnit::displayName)
                .toList();
        if (!outside.isEmpty()) {
            lines.add("not projected (outside the tier universe): " + String.join(", ", outside)
                    + "; city-wide programmes give them their share of the base-year total");
        }
        return lines;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
