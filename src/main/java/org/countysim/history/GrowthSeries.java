package org.countysim.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The real growth observations a history supports, and why the other years have none.
 *
 * <p>A year's real growth is the row's own {@code real_growth} when given: a published rate compares two
 * years on one basis, so it stays valid across a census revision of the levels. Otherwise it is derived from
 * the nominal levels, (GDP_t / GDP_{t−1}) / (1 + deflator_t) − 1, but only when the row gives the deflator,
 * both years have a point GDP, the year before is present, and both rows lie in the same segment: levels are
 * never differenced across a series break (a revised 2019 against an unrevised 2018 would read as a fall of
 * 11% for Jining).
 */
public final class GrowthSeries {
    private GrowthSeries() {}

    /** Observations and skipped years of one unit's rows (ascending years). */
    public record Result(List<GrowthObservation> observations, List<Skipped> skipped) {
        public Result {
            observations = List.copyOf(observations);
            skipped = List.copyOf(skipped);
        }
    }

    /** A year without a growth observation and the reason, for the console and the fragment's comments. */
    public record Skipped(String unit, int year, int line, String reason) {}

    public static Result of(List<HistoryRow> rows) {
        List<GrowthObservation> observations = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            HistoryRow row = rows.get(i);
            HistoryRow previous = i == 0 ? null : rows.get(i - 1);
            if (!Double.isNaN(row.realGrowth())) {
                observations.add(new GrowthObservation(row.unit(), row.year(), row.realGrowth(), false, row.line()));
                continue;
            }
            String reason = whyNotDerived(previous, row);
            if (reason == null) {
                double nominal = row.gdpYi() / previous.gdpYi();
                observations.add(new GrowthObservation(
                        row.unit(), row.year(), nominal / (1 + row.deflator()) - 1, true, row.line()));
            } else {
                skipped.add(new Skipped(row.unit(), row.year(), row.line(), reason));
            }
        }
        return new Result(observations, skipped);
    }

    /** Null when the growth can be derived from the levels; else why not. */
    static String whyNotDerived(HistoryRow previous, HistoryRow row) {
        if (previous == null || previous.year() != row.year() - 1) {
            return "no real growth given, and no row for " + (row.year() - 1) + " to difference";
        }
        if (previous.segment() != row.segment()) {
            return "no real growth given, and " + previous.year() + " is on another basis (series break):"
                    + " levels are not differenced across it";
        }
        if (!row.hasPointGdp() || !previous.hasPointGdp()) {
            return "no real growth given, and no point GDP for both " + previous.year() + " and " + row.year();
        }
        if (Double.isNaN(row.deflator())) {
            return "no real growth given, and no deflator to turn the nominal change into real growth";
        }
        return null;
    }
}
