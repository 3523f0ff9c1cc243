package org.countysim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.BandLabels;
import org.countysim.model.CompiledModel;
import org.countysim.model.Targets;
import org.countysim.model.UnitInfo;
import org.countysim.util.Suggest;

/**
 * The per-trial outputs a Sobol analysis, PRIM or the per-trial export read, by id: {@code all_met},
 * {@code exact_all}, {@code met_<t>}, {@code exact_<t>}, {@code n_<t>} (units in the band of threshold t),
 * {@code reaching_<t>} (units at or above t), {@code city_gdp} and {@code gdp_<unit code>} (a unit's GDP at the
 * horizon; the unit's Chinese or English name also works). Each is a per-trial metric of the engine (in the order
 * of {@link org.countysim.result.MetricIds}: n_k, N_k, met_k, exact_k per band, then all met, the exact structure,
 * the city total) or a unit's horizon GDP.
 */
public final class TrialOutputs {
    private TrialOutputs() {}

    /**
     * @param metric index into the per-trial metrics, or −1 for a unit's GDP
     * @param unit   the unit whose horizon GDP it is, or −1
     * @param binary whether it is 0 or 1 in every trial (a condition PRIM can look for)
     */
    public record Output(String id, String label, String labelZh, int metric, int unit, boolean binary) {
        /** The output's value from a trial's metrics and its units' horizon GDP. */
        public double value(double[] metrics, double[] gdp) {
            return metric >= 0 ? metrics[metric] : gdp[unit];
        }
    }

    /** Every output of a model, in a fixed order: the targets, the counts, the city, then each unit. */
    public static List<Output> all(CompiledModel m) {
        double[] t = m.thresholds();
        Targets targets = m.targets();
        int b = t.length;
        List<Output> out = new ArrayList<>();
        out.add(new Output("all_met", "all targets met", "全部目标达成", 4 * b, -1, true));
        for (int k = 0; k < b; k++) {
            out.add(new Output(
                    "met_" + BandLabels.yi(t[k]),
                    BandLabels.atLeast(targets.cumulative(k), t, k),
                    BandLabels.atLeastZh(targets.cumulative(k), t, k),
                    2 * b + k,
                    -1,
                    true));
        }
        out.add(new Output(
                "exact_all",
                "exact structure " + targets.structure(),
                "恰好达到结构 " + targets.structure(),
                4 * b + 1,
                -1,
                true));
        for (int k = 0; k < b; k++) {
            out.add(new Output(
                    "exact_" + BandLabels.yi(t[k]),
                    BandLabels.exactly(targets.band(k), t, k),
                    BandLabels.exactlyZh(targets.band(k), t, k),
                    3 * b + k,
                    -1,
                    true));
        }
        for (int k = 0; k < b; k++) {
            out.add(new Output(
                    "n_" + BandLabels.yi(t[k]),
                    "units in " + BandLabels.exclusive(t, k),
                    BandLabels.exclusive(t, k) + " 的单位数",
                    k,
                    -1,
                    false));
        }
        for (int k = 0; k < b; k++) {
            out.add(new Output(
                    "reaching_" + BandLabels.yi(t[k]),
                    "units " + BandLabels.cumulative(t, k),
                    BandLabels.cumulative(t, k) + " 的单位数",
                    b + k,
                    -1,
                    false));
        }
        out.add(new Output(
                "city_gdp",
                "city GDP " + m.horizon() + " (亿元)",
                "全市 " + m.horizon() + "年GDP（亿元）",
                4 * b + 2,
                -1,
                false));
        for (int c = 0; c < m.unitCount(); c++) {
            UnitInfo u = m.units().get(c);
            out.add(new Output(
                    "gdp_" + u.code(),
                    u.displayName() + " GDP " + m.horizon() + " (亿元)",
                    u.displayName() + " " + m.horizon() + "年GDP（亿元）",
                    -1,
                    c,
                    false));
        }
        return out;
    }

    /** The output an id names (a unit's GDP also by {@code gdp_<name>}); exit-2 message with a hint otherwise. */
    public static Output find(CompiledModel m, String id, String option) {
        List<Output> all = all(m);
        for (Output o : all) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        for (Output o : all) {
            if (o.unit() >= 0) {
                UnitInfo u = m.units().get(o.unit());
                if (id.equals("gdp_" + u.nameZh()) || id.equalsIgnoreCase("gdp_" + u.nameEn())) {
                    return o;
                }
            }
        }
        List<String> ids = all.stream().map(Output::id).toList();
        throw new CountySimException(option + " " + id + " is not a per-trial output" + Suggest.hint(id, ids)
                + "; one of " + String.join(", ", ids));
    }
}
