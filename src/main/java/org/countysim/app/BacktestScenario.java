package org.countysim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.countysim.data.Baseline;
import org.countysim.data.BaselineUnit;
import org.countysim.history.BacktestWindow;
import org.countysim.history.History;
import org.countysim.history.HistoryRow;
import org.countysim.scenario.Param;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.YNode;

/**
 * The scenario a backtest runs: the user's scenario with every intervention switched off (what is scored is the
 * business-as-usual model: trend, shocks, deflator), its universe the units of the window, and a baseline made
 * of the history's base-year rows.
 */
final class BacktestScenario {
    private BacktestScenario() {}

    /**
     * Base year and horizon come in as overrides, so that the scenario reader checks them as it checks any. The
     * evidence goes: a backtest scores the model itself, and conditioning on the very figures it is scored against
     * would make the scores circular (its years need not lie in the backtest's window either).
     */
    static List<String> overrides(BacktestWindow window) {
        return List.of("base_year=" + window.baseYear(), "horizon=" + window.lastYear(), "evidence=[]");
    }

    /** Whether the scenario file conditions on evidence (which the backtest leaves out, and says so). */
    static boolean hasEvidence(YNode document) {
        return document instanceof YNode.YMap root
                && root.get("evidence") instanceof YNode.YList l
                && !l.items().isEmpty();
    }

    /** Without its interventions at all (not merely switched off): they name units the history may not have. */
    static Scenario of(Scenario read, BacktestWindow window) {
        Scenario sc = read;
        List<String> codes = window.baseRows().stream().map(HistoryRow::unit).toList();
        return new Scenario(
                sc.name(),
                sc.title(),
                sc.file(),
                sc.sha256(),
                sc.data(),
                new Scenario.Universe(List.of(), codes, List.of(), Map.of()),
                sc.baseYear(),
                sc.horizon(),
                sc.trials(),
                sc.seed(),
                sc.tiers(),
                sc.trend(),
                sc.shocks(),
                sc.deflator(),
                List.of());
    }

    /** The base-year rows as a baseline: a point is exact, a band is drawn per trial like any banded unit. */
    static Baseline baseline(History history, BacktestWindow window) {
        List<BaselineUnit> units = new ArrayList<>();
        for (HistoryRow r : window.baseRows()) {
            units.add(new BaselineUnit(
                    r.unit(),
                    r.nameZh(),
                    r.nameEn(),
                    r.unit().equals(History.CITY) ? "city" : "unit",
                    r.year(),
                    r.isBand() ? Double.NaN : r.gdpLowYi(),
                    r.gdpLowYi(),
                    r.gdpHighYi(),
                    r.isBand() ? "band" : "exact",
                    "",
                    r.sectorsYi(),
                    r.line()));
        }
        return new Baseline(Path.of(history.file()), history.sha256(), history.encoding(), window.baseYear(), units);
    }

    /** What a reader of the scores must know about how the backtest was run. */
    static List<String> notes(Scenario read, BacktestWindow window, boolean hadEvidence) {
        List<String> notes = new ArrayList<>();
        if (hadEvidence) {
            notes.add("the scenario's evidence is left out: a backtest scores the model itself, not the model"
                    + " conditioned on figures it is scored against");
        }
        int off = read.enabledInterventions().size();
        if (off > 0) {
            notes.add("the scenario's " + off + " intervention" + (off == 1 ? " is" : "s are") + " left out: a backtest"
                    + " scores the model without policy (trend, shocks, deflator)");
        }
        boolean city = window.baseRows().stream().anyMatch(r -> r.unit().equals(History.CITY));
        if (city && !isZero(read.shocks().unitSd().byDefault())) {
            notes.add(
                    "the city is projected as one unit, so its own shock (shocks.unit_sd) adds to the common one;"
                            + " in a sum of many units most of it cancels: --set shocks.unit_sd=0 scores the common shock alone");
        }
        return notes;
    }

    private static boolean isZero(Param p) {
        return p.isFixed() && p.distribution().mean() == 0;
    }
}
