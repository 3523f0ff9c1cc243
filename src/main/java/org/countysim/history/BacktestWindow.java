package org.countysim.history;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a backtest from a base year projects and scores (model.md §9): every unit with a row in the base year and
 * at least one GDP figure (point or band) after it. The base-year rows become the baseline; the later rows are
 * the actuals. The window from the base year to an actual must not cross a series break: levels on a revised
 * basis are not the levels the projection continues.
 *
 * @param baseRows the baseline: one row per projected unit, in the file's order
 * @param actuals  every later GDP figure of those units, in the file's order
 */
public record BacktestWindow(int baseYear, int lastYear, List<HistoryRow> baseRows, List<Actual> actuals) {
    public BacktestWindow {
        baseRows = List.copyOf(baseRows);
        actuals = List.copyOf(actuals);
    }

    /** @param units codes or names to backtest; empty for every unit with a base-year row and a later figure */
    public static BacktestWindow of(History history, int baseYear, List<String> units) {
        List<String> selected = Calibrator.select(history, units);
        if (history.rows().stream().noneMatch(r -> r.year() == baseYear)) {
            throw new HistoryException(history.file() + ": no row for the base year " + baseYear
                    + "; years in the file: " + yearsOf(history.rows()));
        }
        List<HistoryRow> base = new ArrayList<>();
        List<Actual> actuals = new ArrayList<>();
        for (String unit : selected) {
            List<HistoryRow> rows = history.rows(unit);
            List<HistoryRow> later =
                    rows.stream().filter(r -> r.year() > baseYear && r.hasGdp()).toList();
            if (later.isEmpty()) {
                if (!units.isEmpty()) {
                    throw new HistoryException(history.file() + ": unit " + unit + " has no GDP figure after the base"
                            + " year " + baseYear + " to score; its years: " + yearsOf(rows));
                }
                continue;
            }
            HistoryRow start = baseRow(history, rows, baseYear, later.get(0));
            for (HistoryRow r : later) {
                checkSameSegment(history, rows, start, r);
                actuals.add(new Actual(unit, r.displayName(), r.year(), r.gdpLowYi(), r.gdpHighYi(), r.line()));
            }
            base.add(start);
        }
        if (actuals.isEmpty()) {
            throw new HistoryException(history.file() + ": no GDP figure after the base year " + baseYear
                    + " to score; years in the file: " + yearsOf(history.rows()));
        }
        int last = actuals.stream().mapToInt(Actual::year).max().orElseThrow();
        return new BacktestWindow(baseYear, last, base, actuals);
    }

    private static HistoryRow baseRow(History history, List<HistoryRow> rows, int baseYear, HistoryRow firstLater) {
        HistoryRow start =
                rows.stream().filter(r -> r.year() == baseYear).findFirst().orElse(null);
        if (start == null) {
            throw new HistoryException(history.at(firstLater, "year") + "unit " + firstLater.unit() + " has figures"
                    + " after the base year " + baseYear + " but no row for " + baseYear + " to start from (its years: "
                    + yearsOf(rows) + ")");
        }
        if (!start.hasGdp()) {
            throw new HistoryException(history.at(start, history.columns().containsKey("gdp") ? "gdp" : "gdp_low")
                    + "unit " + start.unit() + " has no GDP in the base year " + baseYear + " to start from");
        }
        return start;
    }

    /** No break between the base year and the actual: the first row of a later segment names where it lies. */
    private static void checkSameSegment(History history, List<HistoryRow> rows, HistoryRow start, HistoryRow actual) {
        if (actual.segment() == start.segment()) {
            return;
        }
        HistoryRow before = start;
        for (HistoryRow r : rows) {
            if (r.year() > start.year() && r.segment() != before.segment()) {
                throw new HistoryException(history.at(r, history.breakColumn(before, r)) + "a series break between "
                        + before.year() + " (basis '" + before.basis() + "') and " + r.year() + " (basis '" + r.basis()
                        + "') lies inside the backtest window " + start.year() + "–" + actual.year() + " of unit "
                        + r.unit() + ": a projection of " + start.year() + "'s levels cannot be scored against levels"
                        + " on another basis; choose a base year of " + r.year() + " or later");
            }
            if (r.year() > start.year()) {
                before = r;
            }
        }
    }

    static String yearsOf(List<HistoryRow> rows) {
        List<Integer> years =
                rows.stream().map(HistoryRow::year).distinct().sorted().toList();
        return years.isEmpty() ? "none" : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
