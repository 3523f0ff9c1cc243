package org.countysim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.countysim.format.Cells;
import org.countysim.model.BandLabels;
import org.countysim.model.Counting;
import org.countysim.model.UnitInfo;
import org.countysim.result.Summary;

/**
 * Writes the run's tables: summary.csv (one row per band, plus all targets), tier_distribution.csv,
 * counties.csv (tidy: one row per unit, year and measure) and city.csv. UTF-8, '\n' line ends,
 * columns in a fixed order; {@code bom} prepends a UTF-8 byte-order mark for Excel. Both counts are always
 * written, whatever counting the run shows, so that scripts see the same columns and rows.
 *
 * <p>A run conditioned on evidence (model.md §11) writes every table twice, as rows of a first column
 * {@code conditioning}: {@code evidence} (the answer given the evidence) then {@code prior} (the same trials
 * unweighted); summary.csv then ends with a column {@code ess}, the effective sample size of its rows. Without
 * evidence the tables are exactly as before.
 */
public final class CsvTables {
    private static final String[] QUANTILE_NAMES = {"p5", "p10", "p25", "p50", "p75", "p90", "p95"};

    private final Path dir;
    private final boolean bom;

    public CsvTables(Path dir, boolean bom) {
        this.dir = dir;
        this.bom = bom;
    }

    public void writeAll(Summary summary, List<UnitInfo> units, double[] thresholds) throws IOException {
        writeAll(List.of(new Labelled("", summary)), units, thresholds);
    }

    /** A run conditioned on evidence: its conditioned summary and its prior, row sets of a column conditioning. */
    public void writeAll(Summary conditioned, Summary prior, List<UnitInfo> units, double[] thresholds)
            throws IOException {
        writeAll(List.of(new Labelled("evidence", conditioned), new Labelled("prior", prior)), units, thresholds);
    }

    /** A summary and its value of the column conditioning ("" when the run has no evidence: no such column). */
    private record Labelled(String conditioning, Summary summary) {}

    private List<Labelled> sets = List.of();

    private void writeAll(List<Labelled> summaries, List<UnitInfo> units, double[] thresholds) throws IOException {
        sets = summaries;
        summary();
        tierDistribution();
        counties(units, thresholds);
        city();
    }

    private boolean conditioned() {
        return !sets.get(0).conditioning().isEmpty();
    }

    private CSVPrinter open(String name, String... header) throws IOException {
        List<String> columns = new ArrayList<>();
        if (conditioned()) {
            columns.add("conditioning");
        }
        columns.addAll(List.of(header));
        if (conditioned() && name.equals(RunOutputs.SUMMARY)) {
            columns.add("ess");
        }
        return CsvFiles.open(dir.resolve(name), bom, columns);
    }

    /** A row's cells, after the set's conditioning cell when there is one. */
    private List<Object> start(Labelled set) {
        List<Object> row = new ArrayList<>();
        if (conditioned()) {
            row.add(set.conditioning());
        }
        return row;
    }

    /**
     * One row per band: band target and cumulative target; the count in the band (n) and at or above the
     * threshold (N), each with its mean and P5/P50/P95; P(met) = P(N ≥ cumulative target) and
     * P(exact) = P(n = target). Then the row "all targets": P(all met) and P(exact structure).
     */
    void summary() throws IOException {
        try (CSVPrinter p = open(
                RunOutputs.SUMMARY,
                "band",
                "threshold_yi",
                "upper_yi",
                "target",
                "cumulative_target",
                "in_band_mean",
                "in_band_mean_se",
                "in_band_p5",
                "in_band_p50",
                "in_band_p95",
                "reaching_mean",
                "reaching_mean_se",
                "reaching_p5",
                "reaching_p50",
                "reaching_p95",
                "p_met",
                "p_met_se",
                "p_exact",
                "p_exact_se")) {
            for (Labelled set : sets) {
                Summary.Tiers t = set.summary().tiers();
                String ess = Cells.num(set.summary().ess());
                for (Summary.Band b : t.bands()) {
                    List<Object> row = start(set);
                    row.addAll(List.of(
                            Cells.text(b.name()),
                            Cells.num(b.thresholdYi()),
                            Cells.num(b.upperYi()),
                            b.target(),
                            b.cumulativeTarget()));
                    count(row, b.inBand());
                    count(row, b.reaching());
                    row.addAll(List.of(
                            Cells.num(b.met().value()),
                            Cells.num(b.met().se()),
                            Cells.num(b.exact().value()),
                            Cells.num(b.exact().se())));
                    p.printRecord(withEss(row, ess));
                }
                List<Object> all = start(set);
                all.add("all targets");
                all.addAll(java.util.Collections.nCopies(14, ""));
                all.addAll(List.of(
                        Cells.num(t.allMet().value()),
                        Cells.num(t.allMet().se()),
                        Cells.num(t.exactAll().value()),
                        Cells.num(t.exactAll().se())));
                p.printRecord(withEss(all, ess));
            }
        }
    }

    private List<Object> withEss(List<Object> row, String ess) {
        if (conditioned()) {
            row.add(ess);
        }
        return row;
    }

    private static void count(List<Object> row, Summary.CountDistribution c) {
        row.addAll(List.of(Cells.num(c.mean().value()), Cells.num(c.mean().se()), c.p5(), c.p50(), c.p95()));
    }

    /**
     * P(count = j) per band for both counts: {@code exclusive} rows count the units in the band (label
     * "500–1000亿") beside the band target, {@code cumulative} rows the units at or above the threshold ("≥500亿")
     * beside the cumulative target.
     */
    void tierDistribution() throws IOException {
        try (CSVPrinter p = open(
                RunOutputs.TIER_DISTRIBUTION,
                "counting",
                "band",
                "threshold_yi",
                "target",
                "count",
                "probability",
                "probability_se")) {
            for (Labelled set : sets) {
                for (Counting counting : List.of(Counting.EXCLUSIVE, Counting.CUMULATIVE)) {
                    for (Summary.Band b : set.summary().tiers().bands()) {
                        Summary.CountDistribution d = b.count(counting);
                        for (int j = 0; j < d.p().length; j++) {
                            List<Object> row = start(set);
                            row.addAll(List.of(
                                    counting.key(),
                                    Cells.text(b.label(counting)),
                                    Cells.num(b.thresholdYi()),
                                    b.target(counting),
                                    j,
                                    Cells.num(d.p()[j]),
                                    Cells.num(d.se(j))));
                            p.printRecord(row);
                        }
                    }
                }
            }
        }
    }

    void counties(List<UnitInfo> units, double[] thresholds) throws IOException {
        try (CSVPrinter p =
                open(RunOutputs.COUNTIES, "code", "name_zh", "name_en", "year", "measure", "band", "value", "se")) {
            for (Labelled set : sets) {
                counties(p, set, units, thresholds);
            }
        }
    }

    private void counties(CSVPrinter p, Labelled set, List<UnitInfo> units, double[] thresholds) throws IOException {
        for (Summary.UnitYear u : set.summary().unitYears()) {
            UnitInfo info = units.get(u.unit());
            List<Object> id = start(set);
            id.addAll(List.of(Cells.text(info.code()), Cells.text(info.nameZh()), Cells.text(info.nameEn()), u.year()));
            row(p, id, "gdp_mean", "", u.mean().value(), u.mean().se());
            for (int q = 0; q < QUANTILE_NAMES.length; q++) {
                row(p, id, "gdp_" + QUANTILE_NAMES[q], "", u.quantiles()[q], Double.NaN);
            }
            for (int k = 0; k < thresholds.length; k++) {
                row(p, id, "p_reach", BandLabels.cumulative(thresholds, k), u.pReach()[k].value(), u.pReach()[k].se());
            }
            for (int k = 0; k <= thresholds.length; k++) {
                row(p, id, "p_band", BandLabels.exclusive(thresholds, k), u.pBand()[k], u.pBandSe()[k]);
            }
            int modal = u.modalBand();
            row(p, id, "modal_band", BandLabels.exclusive(thresholds, modal), u.pBand()[modal], u.pBandSe()[modal]);
        }
    }

    private static void row(CSVPrinter p, List<Object> id, String measure, String band, double value, double se)
            throws IOException {
        List<Object> cells = new ArrayList<>(id);
        cells.add(measure);
        cells.add(band);
        cells.add(Cells.num(value));
        cells.add(Cells.num(se));
        p.printRecord(cells);
    }

    void city() throws IOException {
        List<String> header = new ArrayList<>(List.of("year", "gdp_mean", "gdp_mean_se"));
        for (String q : QUANTILE_NAMES) {
            header.add("gdp_" + q);
        }
        header.add("mean_growth_since_base");
        try (CSVPrinter p = open(RunOutputs.CITY, header.toArray(String[]::new))) {
            for (Labelled set : sets) {
                for (Summary.CityYear c : set.summary().city()) {
                    List<Object> cells = start(set);
                    cells.addAll(List.of(
                            c.year(),
                            Cells.num(c.mean().value()),
                            Cells.num(c.mean().se())));
                    for (double q : c.quantiles()) {
                        cells.add(Cells.num(q));
                    }
                    cells.add(Cells.num(c.meanGrowth()));
                    p.printRecord(cells);
                }
            }
        }
    }
}
