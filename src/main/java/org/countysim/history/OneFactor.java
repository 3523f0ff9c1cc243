package org.countysim.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one-factor decomposition of a panel of units' real growth (model.md §2, §9):
 * g_{c,t} = μ + η_t + ε_{c,t}, η_t ~ N(0, σ_common²) shared by the units, ε_{c,t} an AR(1) with sd σ_c and
 * coefficient ρ, independent across units. Method of moments on the years in which at least two units have a
 * growth rate (n_t of them), with ȳ_t their mean:
 * <ul>
 * <li>μ = the mean of ȳ_t over the T years; SE = sd(ȳ_t)/√T;</li>
 * <li>σ_c² = Σ (g_{c,t} − ȳ_t)² / Σ (n_t − 1) (the within-year variance; SE σ_c/√(2·Σ(n_t − 1)), widened by
 *     √((1+ρ²)/(1−ρ²)) as a unit's residuals are an AR(1));</li>
 * <li>σ_common² = Var(ȳ_t) − σ_c²·mean(1/n_t), since Var(ȳ_t) = σ_common² + σ_c²/n_t (clamped at 0); SE by
 *     the delta method on Var(s²) = 2s⁴/(T−1), at most √SE(σ²) (near 0 the delta method says nothing);</li>
 * <li>ρ = Σ e_{c,t}·e_{c,t−1} / Σ e_{c,t−1}² over a unit's residuals e = g − ȳ in consecutive years; removing the
 *     year mean scales both sums by (1 − 1/n_t), so the ratio is unbiased; SE √((1 − ρ²)/m) for m pairs.</li>
 * </ul>
 * A common trend μ is assumed for every unit (the scenario's default): units with persistently different trends
 * would show up as a larger ρ.
 */
final class OneFactor {
    private OneFactor() {}

    /** One unit's growth in one panel year and its residual from the year's mean. */
    private record Cell(int unit, GrowthObservation obs, double residual) {}

    /** Years in which at least two of the series have a growth observation. */
    static List<Integer> panelYears(List<GrowthSeries.Result> series) {
        Map<Integer, Integer> count = new TreeMap<>();
        series.forEach(s -> s.observations().forEach(o -> count.merge(o.year(), 1, Integer::sum)));
        return count.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .toList();
    }

    static Calibration estimate(String file, List<String> units, List<GrowthSeries.Result> series, List<String> notes) {
        List<Integer> years = panelYears(series);
        Map<Integer, List<Cell>> byYear = new TreeMap<>();
        List<GrowthObservation> used = new ArrayList<>();
        List<GrowthSeries.Skipped> skipped = new ArrayList<>();
        for (int c = 0; c < series.size(); c++) {
            skipped.addAll(series.get(c).skipped());
            for (GrowthObservation o : series.get(c).observations()) {
                if (years.contains(o.year())) {
                    byYear.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(new Cell(c, o, 0));
                    used.add(o);
                } else {
                    skipped.add(new GrowthSeries.Skipped(
                            o.unit(),
                            o.year(),
                            o.line(),
                            "the only unit with real growth"
                                    + " that year: its common and own shocks cannot be told apart"));
                }
            }
        }
        int t = years.size();
        double[] yearMeans = new double[t];
        double inverseN = 0;
        double squares = 0;
        int dof = 0;
        Map<Integer, Map<Integer, Double>> residuals = new HashMap<>();
        int i = 0;
        for (Map.Entry<Integer, List<Cell>> e : byYear.entrySet()) {
            List<Cell> cells = e.getValue();
            double mean = cells.stream()
                    .mapToDouble(x -> x.obs().realGrowth())
                    .average()
                    .orElseThrow();
            yearMeans[i++] = mean;
            inverseN += 1.0 / cells.size();
            dof += cells.size() - 1;
            for (Cell cell : cells) {
                double r = cell.obs().realGrowth() - mean;
                squares += r * r;
                residuals.computeIfAbsent(cell.unit(), u -> new HashMap<>()).put(e.getKey(), r);
            }
        }
        inverseN /= t;
        Calibrator.addIfAny(notes, Moments.smallSampleNote(t));
        double mu = Moments.mean(yearMeans);
        double sdMeans = Moments.sd(yearMeans);
        double unitSd = Math.sqrt(squares / dof);
        Estimate trend = new Estimate(
                "trend real growth μ",
                mu,
                Moments.seOfMean(sdMeans, t),
                t,
                years,
                "mean over " + t + " years of the units' mean growth; SE sd/√T");
        Estimate common = common(sdMeans, unitSd, inverseN, t, years, notes);
        Estimate rho = rho(residuals, years, notes);
        // A unit's residuals are an AR(1): a variance from them has (1+ρ²)/(1−ρ²) times the variance of one from
        // independent values (Bartlett), so the SE of σ_c is widened by its square root.
        double r = rho == null ? 0 : Math.max(-0.95, Math.min(0.95, rho.value()));
        double widen = Math.sqrt((1 + r * r) / (1 - r * r));
        Estimate unit = new Estimate(
                "σ_c",
                unitSd,
                Moments.seOfSd(unitSd, dof) * widen,
                dof,
                years,
                "within-year sd of the units' growth, " + dof + " degrees of freedom; SE σ_c/√(2·dof),"
                        + " widened by √((1+ρ²)/(1−ρ²)) for the residuals' persistence");
        return new Calibration(file, String.join(", ", units), true, trend, common, unit, rho, used, skipped, notes);
    }

    private static Estimate common(
            double sdMeans, double unitSd, double inverseN, int t, List<Integer> years, List<String> notes) {
        double variance = sdMeans * sdMeans - unitSd * unitSd * inverseN;
        double seVariance = sdMeans * sdMeans * Math.sqrt(2.0 / (t - 1));
        double value = Math.sqrt(Math.max(0, variance));
        if (variance <= 0) {
            notes.add("σ_common: the year means vary no more than the units' own shocks explain; clamped at 0");
        }
        double se = value > 0 ? Math.min(seVariance / (2 * value), Math.sqrt(seVariance)) : Math.sqrt(seVariance);
        return new Estimate(
                "σ_common",
                value,
                se,
                t,
                years,
                "√(Var of the " + t + " year means − σ_c²·mean(1/n_t)); SE by the delta method");
    }

    private static Estimate rho(Map<Integer, Map<Integer, Double>> residuals, List<Integer> years, List<String> notes) {
        double cross = 0;
        double lagged = 0;
        int pairs = 0;
        List<Integer> pairYears = new ArrayList<>();
        for (Map<Integer, Double> r : residuals.values()) {
            for (Map.Entry<Integer, Double> e : new TreeMap<>(r).entrySet()) {
                Double before = r.get(e.getKey() - 1);
                if (before != null) {
                    cross += e.getValue() * before;
                    lagged += before * before;
                    pairs++;
                    if (!pairYears.contains(e.getKey())) {
                        pairYears.add(e.getKey());
                    }
                }
            }
        }
        if (pairs < Calibrator.MIN_SD || lagged == 0) {
            notes.add("ρ not estimated: it needs at least " + Calibrator.MIN_SD + " pairs of a unit's residuals in"
                    + " consecutive years, the panel has " + pairs);
            return null;
        }
        double rho = cross / lagged;
        pairYears.sort(null);
        return new Estimate(
                "ρ",
                rho,
                Math.sqrt(Math.max(0, 1 - rho * rho) / pairs),
                pairs,
                pairYears,
                "AR(1) coefficient of " + pairs + " consecutive residual pairs; SE √((1−ρ²)/m)");
    }
}
