package org.countysim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.apache.commons.csv.CSVPrinter;
import org.countysim.format.Cells;
import org.countysim.result.SolveEvaluation;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;

/**
 * compare.csv (tidy) and sweep.csv (one row per point) from variants run under common random numbers. When some
 * variant conditions on evidence (model.md §11) both end with a column {@code ess}, the variant's effective sample
 * size; without evidence they are as before.
 */
public final class VariantCsv {
    private VariantCsv() {}

    /** {@code scenario, metric, value, se, diff_vs_first, diff_se}. */
    public static void writeCompare(Path file, VariantResult r, boolean bom) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "metric", "value", "se", "diff_vs_first", "diff_se"));
        if (r.weighted()) {
            header.add("ess");
        }
        try (CSVPrinter p = CsvFiles.open(file, bom, header)) {
            for (int v = 0; v < r.variants().size(); v++) {
                for (int j = 0; j < r.metrics().size(); j++) {
                    Summary.Estimate x = r.values()[v][j];
                    Summary.Estimate d = r.differences()[v][j];
                    List<Object> row = new ArrayList<>(List.of(
                            Cells.text(r.variants().get(v)),
                            r.metrics().get(j).id(),
                            Cells.num(x.value()),
                            Cells.num(x.se()),
                            Cells.num(d.value()),
                            Cells.num(d.se())));
                    if (r.weighted()) {
                        row.add(Cells.num(r.ess()[v]));
                    }
                    p.printRecord(row);
                }
            }
        }
    }

    /**
     * One row per point: the parameter values, then every metric with its SE and its difference from the first
     * point with the paired SE of that difference ({@code <metric>_diff_vs_first}, {@code <metric>_diff_se}).
     * The points share their random numbers trial by trial, so the paired SE is far smaller than the levels'
     * SEs: read a sweep's effect from the differences, not by subtracting levels.
     */
    public static void writeSweep(Path file, List<String> params, List<double[]> points, VariantResult r, boolean bom)
            throws IOException {
        List<String> header = new ArrayList<>(params);
        for (String m : r.metrics().ids()) {
            header.add(m);
            header.add(m + "_se");
            header.add(m + "_diff_vs_first");
            header.add(m + "_diff_se");
        }
        if (r.weighted()) {
            header.add("ess");
        }
        try (CSVPrinter p = CsvFiles.open(file, bom, header)) {
            for (int v = 0; v < points.size(); v++) {
                List<Object> row = new ArrayList<>();
                for (double x : points.get(v)) {
                    row.add(Cells.num(x));
                }
                for (int j = 0; j < r.metrics().size(); j++) {
                    row.add(Cells.num(r.values()[v][j].value()));
                    row.add(Cells.num(r.values()[v][j].se()));
                    row.add(Cells.num(r.differences()[v][j].value()));
                    row.add(Cells.num(r.differences()[v][j].se()));
                }
                if (r.weighted()) {
                    row.add(Cells.num(r.ess()[v]));
                }
                p.printRecord(row);
            }
        }
    }

    /**
     * Every evaluation of a solve, by parameter value: {@code <path>, metric, value, se, met, stage}, where stage
     * is {@code grid} for the first scan and {@code bisection} for the steps inside a bracket.
     */
    public static void writeSolve(
            Path file,
            String path,
            String metric,
            List<SolveEvaluation> evaluations,
            List<Double> grid,
            DoublePredicate met,
            boolean bom)
            throws IOException {
        try (CSVPrinter p = CsvFiles.open(file, bom, List.of(path, "metric", "value", "se", "met", "stage"))) {
            for (SolveEvaluation e : evaluations) {
                p.printRecord(
                        Cells.num(e.x()),
                        metric,
                        Cells.num(e.p().value()),
                        Cells.num(e.p().se()),
                        met.test(e.p().value()),
                        grid.contains(e.x()) ? "grid" : "bisection");
            }
        }
    }
}
