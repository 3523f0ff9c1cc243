package org.countysim.app;

import org.countysim.CountySimException;
import org.countysim.model.Metric;
import org.countysim.model.MetricSet;
import org.countysim.util.Suggest;

/** A metric named by its id on the command line (sweep's and the tornado's --metric): one of the scenario's. */
final class MetricOption {
    private MetricOption() {}

    /** The metric with this id; an exit-2 message with a hint and the choices otherwise. */
    static Metric find(MetricSet metrics, String id, String option) {
        Metric m = metrics.find(id);
        if (m == null) {
            throw new CountySimException(option + " " + id + " is not a metric" + Suggest.hint(id, metrics.ids())
                    + "; one of " + String.join(", ", metrics.ids()));
        }
        return m;
    }
}
