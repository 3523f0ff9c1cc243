package org.countysim.data;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The checks of a history row's GDP and sector values; the same rules as a baseline row's. */
final class HistoryChecks {
    /** Sector values must add up to GDP within this relative tolerance. */
    static final double SECTOR_SUM_TOLERANCE = BaselineCsvReader.SECTOR_SUM_TOLERANCE;

    private HistoryChecks() {}

    /**
     * The row's GDP as {low, high} (equal for a point; NaN, NaN for none), or null after adding a problem.
     */
    static double[] gdp(
            CsvCells cells, CSVRecord r, Map<String, Integer> columns, double gdp, double low, double high) {
        if (Double.isNaN(low) != Double.isNaN(high)) {
            cells.problems.add(cells.at(r, columns.get(Double.isNaN(low) ? "gdp_low" : "gdp_high"))
                    + "a band needs both gdp_low and gdp_high");
            return null;
        }
        String where = Double.isNaN(low) ? "gdp" : "gdp_low";
        if (Double.isNaN(low)) {
            low = gdp;
            high = gdp;
        }
        if (Double.isNaN(low)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (!(low > 0)) {
            cells.problems.add(cells.at(r, columns.get(where)) + "GDP must be positive (亿元), got " + CsvCells.fmt(low));
            return null;
        }
        if (low > high) {
            cells.problems.add(cells.at(r, columns.get("gdp_low")) + "gdp_low " + CsvCells.fmt(low)
                    + " is above gdp_high " + CsvCells.fmt(high));
            return null;
        }
        if (!Double.isNaN(gdp) && (gdp < low || gdp > high)) {
            cells.problems.add(cells.at(r, columns.get("gdp")) + "gdp " + CsvCells.fmt(gdp) + " lies outside its band ["
                    + CsvCells.fmt(low) + ", " + CsvCells.fmt(high) + "]");
            return null;
        }
        return new double[] {low, high};
    }

    /** Sectors sum to the point GDP within 1%, or into the band (widened by 1%); a row without GDP has no check. */
    static boolean sectorsAgree(CsvCells cells, CSVRecord r, double gdp, double[] band, double[] sectors) {
        if (Double.isNaN(band[0])) {
            return true;
        }
        double sum = 0;
        for (double v : sectors) {
            sum += v;
        }
        boolean ok = Double.isNaN(gdp)
                ? sum >= band[0] * (1 - SECTOR_SUM_TOLERANCE) && sum <= band[1] * (1 + SECTOR_SUM_TOLERANCE)
                : Math.abs(sum - gdp) <= SECTOR_SUM_TOLERANCE * gdp;
        if (!ok) {
            cells.problems.add(cells.line(r) + "sectors sum to " + CsvCells.fmt(sum) + " but GDP is "
                    + (Double.isNaN(gdp)
                            ? "[" + CsvCells.fmt(band[0]) + ", " + CsvCells.fmt(band[1]) + "]"
                            : CsvCells.fmt(gdp))
                    + " (they must agree within 1%)");
        }
        return ok;
    }
}
