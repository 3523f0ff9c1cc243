package org.countysim.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.countysim.util.Suggest;

/**
 * {@code calibrate} (model.md §9): trend real growth μ and σ_common from one series (the city's, or a single
 * unit's), or μ, σ_common, σ_c and ρ from a panel of units by a one-factor decomposition ({@link OneFactor}).
 *
 * <p>The panel is used when at least {@value #MIN_SD} years have real growth for two or more units (city rows
 * aside); otherwise the city series, or the only unit's. A mean needs {@value #MIN_MEAN} observations, a
 * standard deviation {@value #MIN_SD}: fewer is an error (for μ) or leaves the value out with a note.
 */
public final class Calibrator {
    public static final int MIN_MEAN = 3;
    public static final int MIN_SD = 4;

    private Calibrator() {}

    /** @param units the units to use (codes or names); empty for every unit of the file */
    public static Calibration calibrate(History history, List<String> units) {
        List<String> selected = select(history, units);
        Map<String, GrowthSeries.Result> series = new LinkedHashMap<>();
        for (String unit : selected) {
            series.put(unit, GrowthSeries.of(history.rows(unit)));
        }
        List<String> panelUnits =
                selected.stream().filter(u -> !u.equals(History.CITY)).toList();
        if (OneFactor.panelYears(panelUnits.stream().map(series::get).toList()).size() >= MIN_SD) {
            List<String> notes = new ArrayList<>();
            if (selected.contains(History.CITY)) {
                notes.add("the city rows are not used: the units' panel separates common and unit shocks");
            }
            return OneFactor.estimate(
                    history.file(),
                    panelUnits,
                    panelUnits.stream().map(series::get).toList(),
                    notes);
        }
        String unit = singleSeries(history, selected, series);
        return single(history, unit, series.get(unit));
    }

    /** The units asked for, as codes; an unknown one is an error with a hint. */
    static List<String> select(History history, List<String> refs) {
        List<String> known = history.units();
        if (refs.isEmpty()) {
            return known;
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (HistoryRow r : history.rows()) {
            byName.putIfAbsent(r.unit(), r.unit());
            if (!r.nameZh().isEmpty()) {
                byName.putIfAbsent(r.nameZh(), r.unit());
            }
            if (!r.nameEn().isEmpty()) {
                byName.putIfAbsent(r.nameEn(), r.unit());
            }
        }
        List<String> out = new ArrayList<>();
        for (String ref : refs) {
            String code = byName.get(ref);
            if (code == null) {
                throw new HistoryException("--units: unknown unit '" + ref + "'" + Suggest.hint(ref, byName.keySet())
                        + "; units in " + history.file() + ": " + String.join(", ", known));
            }
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    private static String singleSeries(
            History history, List<String> selected, Map<String, GrowthSeries.Result> series) {
        if (selected.contains(History.CITY)) {
            return History.CITY;
        }
        if (selected.size() == 1) {
            return selected.get(0);
        }
        String counts = series.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().observations().size())
                .collect(Collectors.joining(", "));
        throw new HistoryException(history.file() + ": the units have real growth in the same years fewer than "
                + MIN_SD + " times (at least 2 units a year are needed to separate common and unit shocks), and there"
                + " is no city series (unit '" + History.CITY + "'); growth observations per unit: " + counts
                + ". Add years, or name one series with --units");
    }

    static Calibration single(History history, String unit, GrowthSeries.Result s) {
        List<GrowthObservation> obs = s.observations();
        int n = obs.size();
        if (n < MIN_MEAN) {
            throw new HistoryException(history.file() + ": unit " + unit + " has " + n + " real growth observation"
                    + (n == 1 ? "" : "s") + years(obs) + "; the trend needs at least " + MIN_MEAN + skippedText(s));
        }
        double[] g = obs.stream().mapToDouble(GrowthObservation::realGrowth).toArray();
        List<Integer> years = obs.stream().map(GrowthObservation::year).toList();
        double sd = Moments.sd(g);
        Estimate mu = new Estimate(
                "trend real growth μ",
                Moments.mean(g),
                Moments.seOfMean(sd, n),
                n,
                years,
                "mean of " + n + " growth rates; SE s/√n");
        List<String> notes = new ArrayList<>();
        addIfAny(notes, Moments.smallSampleNote(n));
        String what = unit.equals(History.CITY) ? "the city's" : "unit " + unit + "'s";
        Estimate common = null;
        if (n >= MIN_SD) {
            common = new Estimate(
                    "σ_common",
                    sd,
                    Moments.seOfSd(sd, n - 1),
                    n,
                    years,
                    "sd of " + what + " growth around μ; SE s/√(2(n−1))");
        } else {
            notes.add("σ_common not estimated: an sd needs at least " + MIN_SD + " growth observations, the series has "
                    + n);
        }
        notes.add("one series: σ_c and ρ need real growth of at least 2 units in the same years (at least " + MIN_SD
                + " such years)");
        if (common != null) {
            notes.add(
                    unit.equals(History.CITY)
                            ? "σ_common from the city total also holds what is left of the units' own shocks after they"
                                    + " partly cancel in the sum"
                            : "σ_common from one unit's series mixes the common shock and the unit's own (σ_c)");
        }
        return new Calibration(history.file(), unit, false, mu, common, null, null, obs, s.skipped(), notes);
    }

    static void addIfAny(List<String> notes, String note) {
        if (note != null) {
            notes.add(note);
        }
    }

    static String years(List<GrowthObservation> obs) {
        return obs.isEmpty()
                ? ""
                : " (" + obs.stream().map(o -> String.valueOf(o.year())).collect(Collectors.joining(", ")) + ")";
    }

    /** "; no growth for 2017 (line 4): reason; ..." grouped by reason. */
    static String skippedText(GrowthSeries.Result s) {
        if (s.skipped().isEmpty()) {
            return "";
        }
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        s.skipped().stream()
                .sorted(java.util.Comparator.comparingInt(GrowthSeries.Skipped::year))
                .forEach(k -> byReason.computeIfAbsent(k.reason(), r -> new ArrayList<>())
                        .add(k.year() + " (line " + k.line() + ")"));
        return "; years without one: "
                + byReason.entrySet().stream()
                        .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
                        .collect(Collectors.joining("; "));
    }
}
