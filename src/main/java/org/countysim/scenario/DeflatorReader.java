package org.countysim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.scenario.YNode.YMap;

/**
 * Reads {@code deflator:}: one value or distribution for every projected year, or a mapping by year for the
 * years already known ({@code 2022: 0.022}, or a distribution of its own) with {@code default:} for the rest
 * (model.md §2). Listed years outside the projection are ignored, so one scenario serves a backtest from an
 * earlier base year or a nearer horizon.
 */
final class DeflatorReader {
    private static final String DEFAULT = "default";
    private final NodeReader in;
    private final ParamReader params;

    DeflatorReader(NodeReader in, ParamReader params) {
        this.in = in;
        this.params = params;
    }

    Scenario.Deflator read(YNode node, int baseYear, int horizon) {
        if (!isByYear(node)) {
            return Scenario.Deflator.of(params.read(node, "deflator", List.of(Scope.YEAR, Scope.TRIAL)));
        }
        YMap map = (YMap) node;
        Param byDefault = map.get(DEFAULT) == null
                ? null
                : params.read(map.get(DEFAULT), "deflator", List.of(Scope.YEAR, Scope.TRIAL));
        Map<Integer, Param> byYear = new LinkedHashMap<>();
        for (var e : map.entries().entrySet()) {
            if (e.getKey().equals(DEFAULT)) {
                continue;
            }
            int year = Integer.parseInt(e.getKey());
            if (baseYear > 0 && (year <= baseYear || year > horizon)) {
                // A known year this run does not project (a backtest from an earlier base, a nearer horizon).
                continue;
            }
            // One draw per trial for that year; its own stream, so the other years' draws do not move.
            byYear.put(year, params.read(e.getValue(), "deflator." + year, List.of(Scope.TRIAL)));
        }
        if (byDefault == null && baseYear > 0) {
            for (int y = baseYear + 1; y <= horizon; y++) {
                if (!byYear.containsKey(y)) {
                    in.problems()
                            .add(
                                    map,
                                    "deflator: no value for " + y + "; give it, or a 'default:' for the"
                                            + " years not listed");
                    break;
                }
            }
        }
        return new Scenario.Deflator(byDefault, byYear);
    }

    /** A mapping whose keys are years (and perhaps 'default'), not a distribution's fields. */
    private boolean isByYear(YNode node) {
        if (!(node instanceof YMap map) || map.entries().isEmpty()) {
            return false;
        }
        boolean anyYear = false;
        for (String key : map.entries().keySet()) {
            if (key.matches("[12][0-9]{3}")) {
                anyYear = true;
            } else if (!key.equals(DEFAULT)) {
                return false;
            }
        }
        if (!anyYear && map.get(DEFAULT) == null) {
            return false;
        }
        return true;
    }
}
