package org.countysim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.countysim.format.Cells;
import org.countysim.history.Actual;
import org.countysim.history.Backtest;
import org.countysim.history.Score;

/**
 * backtest.csv, one row per actual: {@code unit, name, year, actual, band_low, band_high, p5 … p95, mean, pit,
 * p_band, inside_90, inside_50, crps}. A point fills {@code actual} and {@code pit}; a band fills
 * {@code band_low}, {@code band_high} and {@code p_band}, and its inside_* are the shares of the band inside.
 */
public final class BacktestCsv {
    static final List<String> HEADER = List.of(
            "unit",
            "name",
            "year",
            "actual",
            "band_low",
            "band_high",
            "p5",
            "p10",
            "p25",
            "p50",
            "p75",
            "p90",
            "p95",
            "mean",
            "pit",
            "p_band",
            "inside_90",
            "inside_50",
            "crps");

    private BacktestCsv() {}

    public static void write(Path file, Backtest backtest, boolean bom) throws IOException {
        try (CSVPrinter p = CsvFiles.open(file, bom, HEADER)) {
            for (Score s : backtest.scores()) {
                Actual a = s.actual();
                p.print(Cells.text(a.unit()));
                p.print(Cells.text(a.name()));
                p.print(a.year());
                p.print(a.isBand() ? "" : Cells.num(a.low()));
                p.print(a.isBand() ? Cells.num(a.low()) : "");
                p.print(a.isBand() ? Cells.num(a.high()) : "");
                for (double q : s.quantiles()) {
                    p.print(Cells.num(q));
                }
                p.print(Cells.num(s.mean()));
                p.print(Cells.num(s.pit()));
                p.print(Cells.num(s.pBand()));
                p.print(Cells.num(s.inside90()));
                p.print(Cells.num(s.inside50()));
                p.print(Cells.num(s.crps()));
                p.println();
            }
        }
    }
}
