package org.countysim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.CompiledModel;
import org.countysim.model.Measure;
import org.countysim.model.Metric;
import org.countysim.model.MetricSet;
import org.countysim.model.TrialOutput;
import org.countysim.model.UnitInfo;
import org.countysim.util.Suggest;

/**
 * The per-trial outputs a Sobol analysis, PRIM or the per-trial export read, by id: every metric of the model's
 * {@link MetricSet} by its per-trial id ({@code all_met}, {@code exact_all}, {@code met_<t>}, {@code exact_<t>},
 * {@code n_<t>}, {@code reaching_<t>}, {@code city_gdp}) and each unit's GDP at the horizon ({@code gdp_<unit
 * code>}; the unit's Chinese or English name also works).
 */
public final class TrialOutputs {
    /** The order outputs are listed in: the targets, then the counts, then the city. */
    private static final List<Measure> READING_ORDER = List.of(
            Measure.ALL_MET,
            Measure.MET,
            Measure.EXACT_ALL,
            Measure.EXACT,
            Measure.IN_BAND,
            Measure.REACHING,
            Measure.CITY_GDP);

    private TrialOutputs() {}

    /** Every output of a model, in a fixed order: the targets, the counts, the city, then each unit. */
    public static List<TrialOutput> all(CompiledModel m) {
        MetricSet metrics = MetricSet.of(m);
        List<TrialOutput> out = new ArrayList<>();
        for (Measure measure : READING_ORDER) {
            for (Metric metric : metrics.metrics()) {
                if (metric.measure() == measure) {
                    out.add(TrialOutput.of(metric));
                }
            }
        }
        for (int c = 0; c < m.unitCount(); c++) {
            out.add(TrialOutput.unitGdp(m.units().get(c), c, m.horizon()));
        }
        return out;
    }

    /** The output an id names (a unit's GDP also by {@code gdp_<name>}); exit-2 message with a hint otherwise. */
    public static TrialOutput find(CompiledModel m, String id, String option) {
        List<TrialOutput> all = all(m);
        for (TrialOutput o : all) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        for (TrialOutput o : all) {
            if (o.unit() >= 0) {
                UnitInfo u = m.units().get(o.unit());
                if (id.equals("gdp_" + u.nameZh()) || id.equalsIgnoreCase("gdp_" + u.nameEn())) {
                    return o;
                }
            }
        }
        List<String> ids = all.stream().map(TrialOutput::id).toList();
        throw new CountySimException(option + " " + id + " is not a per-trial output" + Suggest.hint(id, ids)
                + "; one of " + String.join(", ", ids));
    }
}
