package org.countysim.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.countysim.data.BaselineUnit;
import org.countysim.model.CompiledModel;
import org.countysim.model.Evidence;
import org.countysim.result.BaselineShift;
import org.countysim.result.Conditioning;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.result.WeightedSummarizer;
import org.countysim.scenario.CompiledScenario;

/**
 * What a run conditioned on evidence shows beside its answer (model.md §11): the prior (the same trials
 * unweighted), the effective sample size with each observation against the trials, and each banded unit's
 * base-year band against its conditioned distribution.
 */
/**
 * @param given   the observations in words, for "… given the city total 2021 = 5069.96"
 * @param givenZh the observations in Chinese, for the charts: "2021 年 jining_units_2021.csv 全部 13 个单位合计 =
 *                5069.96亿（标准差 25亿）"
 * @param reading how the scenario reads the baseline rows it does not project, in words
 */
public record EvidenceOutcome(
        Summary prior,
        Conditioning conditioning,
        List<BaselineShift> baselines,
        String given,
        String givenZh,
        String reading) {
    /** Below this many effective trials, or this share of the trials, a conditioned run warns. */
    static final double LOW_ESS = 1000;

    static final double LOW_ESS_SHARE = 0.01;

    static EvidenceOutcome of(CompiledScenario compiled, Tally tally, Summary prior, Summary conditioned) {
        Conditioning conditioning =
                WeightedSummarizer.conditioning(tally, compiled.model().evidence());
        return new EvidenceOutcome(
                prior,
                conditioning,
                baselines(compiled, prior, conditioned),
                given(compiled.model().evidence()),
                givenZh(compiled.model().evidence()),
                reading(compiled));
    }

    /**
     * The projected units whose base-year GDP is drawn from a band (their own or a folded zone's), with the band and
     * the base-year P5/P50/P95 before and after conditioning.
     */
    static List<BaselineShift> baselines(CompiledScenario compiled, Summary prior, Summary conditioned) {
        CompiledModel model = compiled.model();
        List<BaselineShift> out = new ArrayList<>();
        for (int c = 0; c < model.unitCount(); c++) {
            String code = model.units().get(c).code();
            List<BaselineUnit> members = new ArrayList<>();
            compiled.baseline().unit(code).ifPresent(members::add);
            for (var fold : compiled.scenario().universe().fold().entrySet()) {
                BaselineUnit zone = find(compiled, fold.getKey());
                BaselineUnit host = find(compiled, fold.getValue());
                if (zone != null && host != null && host.code().equals(code)) {
                    members.add(zone);
                }
            }
            if (members.stream().noneMatch(BaselineUnit::isBanded)) {
                continue;
            }
            double low = members.stream().mapToDouble(BaselineUnit::gdpLowYi).sum();
            double high = members.stream().mapToDouble(BaselineUnit::gdpHighYi).sum();
            out.add(new BaselineShift(
                    c,
                    model.units().get(c).displayName(),
                    model.units().get(c).latinName(),
                    model.baseYear(),
                    low,
                    high,
                    baseQuantiles(prior, c),
                    baseQuantiles(conditioned, c)));
        }
        return out;
    }

    /** A row by code or name, as the scenario names it (the compiler has checked that it exists). */
    private static BaselineUnit find(CompiledScenario compiled, String ref) {
        String r = ref.strip();
        return compiled.baseline().units().stream()
                .filter(u -> u.code().equalsIgnoreCase(r)
                        || u.nameZh().equals(r)
                        || u.nameEn().equalsIgnoreCase(r))
                .findFirst()
                .orElse(null);
    }

    private static double[] baseQuantiles(Summary s, int unit) {
        Summary.UnitYear base =
                s.unitYears().stream().filter(u -> u.unit() == unit).findFirst().orElseThrow();
        double[] q = new double[BaselineShift.LEVELS.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = base.quantiles()[BaselineShift.LEVELS[i]];
        }
        return q;
    }

    /** The warnings of a low effective sample size (model.md §11: below 1% of the trials or below 1,000). */
    static List<String> essWarnings(double ess, long trials, String what) {
        List<String> warnings = new ArrayList<>();
        boolean few = ess < LOW_ESS;
        boolean share = ess < LOW_ESS_SHARE * trials;
        if (few || share) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "%sthe evidence leaves an effective sample size of %.0f of %d"
                            + " trials (%.2f%%)%s%s: the conditioned estimates rest on few trials; raise --trials, and check"
                            + " the evidence against the scenario's bands",
                    what,
                    ess,
                    trials,
                    100 * ess / trials,
                    few ? ", below 1,000" : "",
                    share ? ", below 1% of the trials" : ""));
        }
        return warnings;
    }

    /**
     * The reading of the rows the universe does not project (model.md §11): counted inside the others' figures
     * (universe.counted_inside), or separate units whose own figures add to the total; "" when every row is
     * projected.
     */
    static String reading(CompiledScenario compiled) {
        java.util.Set<String> projected = new java.util.HashSet<>();
        compiled.model().units().forEach(u -> projected.add(u.code()));
        List<String> inside = new ArrayList<>();
        List<String> separate = new ArrayList<>();
        for (String ref : compiled.scenario().universe().countedInside()) {
            BaselineUnit u = find(compiled, ref);
            if (u != null) {
                inside.add(u.displayName());
                projected.add(u.code());
            }
        }
        for (String zone : compiled.scenario().universe().fold().keySet()) {
            BaselineUnit u = find(compiled, zone);
            if (u != null) {
                projected.add(u.code());
            }
        }
        compiled.baseline().units().stream()
                .filter(u -> !projected.contains(u.code()))
                .forEach(u -> separate.add(u.displayName()));
        List<String> parts = new ArrayList<>();
        if (!inside.isEmpty()) {
            parts.add("Reading of the units: " + String.join(", ", inside) + " are counted inside the other units'"
                    + " figures (universe.counted_inside): not projected, no share of city-wide programmes, and not"
                    + " part of an observation of 'units: all'.");
        }
        if (!separate.isEmpty()) {
            parts.add(
                    "Reading of the units: " + String.join(", ", separate) + " are separate from the projected units"
                            + " (their GDP is not inside the projected units' figures): not projected, but they take their share"
                            + " of city-wide programmes and their own base-year values count in an observation of 'units: all'.");
        }
        return String.join(" ", parts);
    }

    /** The observations in words, for "given ...": "the city total 2021 = 5069.96". */
    static String given(Evidence evidence) {
        List<String> parts = new ArrayList<>();
        for (Evidence.Observation o : evidence.observations()) {
            parts.add(o.label() + " " + o.year() + " = " + org.countysim.model.BandLabels.yi(o.value()));
        }
        return String.join("; ", parts);
    }

    /** The observations in Chinese, one a line, for the charts ({@link Evidence.Observation#describeZh}). */
    static String givenZh(Evidence evidence) {
        return String.join(
                "\n",
                evidence.observations().stream()
                        .map(Evidence.Observation::describeZh)
                        .toList());
    }
}
