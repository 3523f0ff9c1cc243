package org.countysim.report;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.countysim.format.Cells;
import org.countysim.result.Attribution;
import org.countysim.result.Summary;

/**
 * contributions.csv (tidy): {@code intervention, label, method, metric, value, se} with methods
 * {@code shapley}, {@code leave_one_out}, and the reference rows {@code all_in}, {@code no_policy},
 * {@code total} (interventions "all", "none", "all-none": the difference the Shapley values add up to).
 */
public final class ContributionsCsv {
    private ContributionsCsv() {}

    public static void write(Path file, Attribution a, boolean bom) throws IOException {
        try (CSVPrinter p = CsvFiles.open(
                file, bom, java.util.List.of("intervention", "label", "method", "metric", "value", "se"))) {
            rows(p, "all", "", "all_in", a, a.allIn());
            rows(p, "none", "", "no_policy", a, a.noPolicy());
            rows(p, "all-none", "", "total", a, a.total());
            for (int i = 0; i < a.interventions().size(); i++) {
                String id = Cells.text(a.interventions().get(i));
                String label = Cells.text(a.labels().get(i));
                if (a.shapley() != null) {
                    rows(p, id, label, "shapley", a, a.shapley()[i]);
                }
                rows(p, id, label, "leave_one_out", a, a.leaveOneOut()[i]);
            }
        }
    }

    private static void rows(
            CSVPrinter p, String id, String label, String method, Attribution a, Summary.Estimate[] values)
            throws IOException {
        for (int j = 0; j < values.length; j++) {
            p.printRecord(
                    id,
                    label,
                    method,
                    a.metrics().get(j).id(),
                    Cells.num(values[j].value()),
                    Cells.num(values[j].se()));
        }
    }
}
