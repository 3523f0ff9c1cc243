package org.countysim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.countysim.model.BandLabels;
import org.countysim.model.Counting;
import org.countysim.model.UnitInfo;
import org.countysim.result.Summary;

/**
 * Writes the run's tables: summary.csv (one row per band, plus all targets), tier_distribution.csv,
 * counties.csv (tidy: one row per unit, year and measure) and city.csv. UTF-8, '\n' line ends,
 * columns in a fixed order; {@code bom} prepends a UTF-8 byte-order mark for Excel. Both counts are always
 * written, whatever counting the run shows, so that scripts see the same columns and rows.
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
        summary(summary);
        tierDistribution(summary);
        counties(summary, units, thresholds);
        city(summary);
    }

    private CSVPrinter open(String name, String... header) throws IOException {
        return CsvFiles.open(dir.resolve(name), bom, List.of(header));
    }

    /**
     * One row per band: band target and cumulative target; the count in the band (n) and at or above the
     * threshold (N), each with its mean and P5/P50/P95; P(met) = P(N ≥ cumulative target) and
     * P(exact) = P(n = target). Then the row "all targets": P(all met) and P(exact structure).
     */
    void summary(Summary s) throws IOException {
        try (CSVPrinter p = open("summary.csv", "band", "threshold_yi", "upper_yi", "target", "cumulative_target",
                "in_band_mean", "in_band_mean_se", "in_band_p5", "in_band_p50", "in_band_p95",
                "reaching_mean", "reaching_mean_se", "reaching_p5", "reaching_p50", "reaching_p95",
                "p_met", "p_met_se", "p_exact", "p_exact_se")) {
            Summary.Tiers t = s.tiers();
            for (Summary.Band b : t.bands()) {
                List<Object> row = new ArrayList<>(List.of(Cells.text(b.name()), Cells.num(b.thresholdYi()),
                        Cells.num(b.upperYi()), b.target(), b.cumulativeTarget()));
                count(row, b.inBand());
                count(row, b.reaching());
                row.addAll(List.of(Cells.num(b.met().value()), Cells.num(b.met().se()), Cells.num(b.exact().value()),
                        Cells.num(b.exact().se())));
                p.printRecord(row);
            }
            List<Object> all = new ArrayList<>(List.of("all targets"));
            all.addAll(java.util.Collections.nCopies(14, ""));
            all.addAll(List.of(Cells.num(t.allMet().value()), Cells.num(t.allMet().se()),
                    Cells.num(t.exactAll().value()), Cells.num(t.exactAll().se())));
            p.printRecord(all);
        }
    }

    private static void count(List<Object> row, Summary.CountDistribution c) {
        row.addAll(List.of(Cells.num(c.mean().value()), Cells.num(c.mean().se()), c.p5(), c.p50(), c.p95()));
    }

    /**
     * P(count = j) per band for both counts: {@code exclusive} rows count the units in the band (label
     * "500–1000亿") beside the band target, {@code cumulative} rows the units at or above the threshold ("≥500亿")
     * beside the cumulative target.
     */
    void tierDistribution(Summary s) throws IOException {
        try (CSVPrinter p = open("tier_distribution.csv", "counting", "band", "threshold_yi", "target", "count",
                "probability", "probability_se")) {
            for (Counting counting : List.of(Counting.EXCLUSIVE, Counting.CUMULATIVE)) {
                for (Summary.Band b : s.tiers().bands()) {
                    Summary.CountDistribution d = b.count(counting);
                    for (int j = 0; j < d.p().length; j++) {
                        p.printRecord(counting.key(), Cells.text(b.label(counting)), Cells.num(b.thresholdYi()),
                                b.target(counting), j, Cells.num(d.p()[j]), Cells.num(d.se(j, s.trials())));
                    }
                }
            }
        }
    }

    void counties(Summary s, List<UnitInfo> units, double[] thresholds) throws IOException {
        try (CSVPrinter p = open("counties.csv", "code", "name_zh", "name_en", "year", "measure", "band", "value",
                "se")) {
            for (Summary.UnitYear u : s.unitYears()) {
                UnitInfo info = units.get(u.unit());
                List<Object> id = List.of(Cells.text(info.code()), Cells.text(info.nameZh()), Cells.text(info.nameEn()),
                        u.year());
                row(p, id, "gdp_mean", "", u.mean().value(), u.mean().se());
                for (int q = 0; q < QUANTILE_NAMES.length; q++) {
                    row(p, id, "gdp_" + QUANTILE_NAMES[q], "", u.quantiles()[q], Double.NaN);
                }
                for (int k = 0; k < thresholds.length; k++) {
                    row(p, id, "p_reach", BandLabels.cumulative(thresholds, k), u.pReach()[k].value(),
                            u.pReach()[k].se());
                }
                for (int k = 0; k <= thresholds.length; k++) {
                    double pk = u.pBand()[k];
                    row(p, id, "p_band", BandLabels.exclusive(thresholds, k), pk, Math.sqrt(pk * (1 - pk) / s.trials()));
                }
                double pm = u.pBand()[u.modalBand()];
                row(p, id, "modal_band", BandLabels.exclusive(thresholds, u.modalBand()), pm,
                        Math.sqrt(pm * (1 - pm) / s.trials()));
            }
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

    void city(Summary s) throws IOException {
        List<String> header = new ArrayList<>(List.of("year", "gdp_mean", "gdp_mean_se"));
        for (String q : QUANTILE_NAMES) {
            header.add("gdp_" + q);
        }
        header.add("mean_growth_since_base");
        try (CSVPrinter p = open("city.csv", header.toArray(String[]::new))) {
            for (Summary.CityYear c : s.city()) {
                List<Object> cells = new ArrayList<>(List.of(c.year(), Cells.num(c.mean().value()),
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
