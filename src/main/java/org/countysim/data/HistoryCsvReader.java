package org.countysim.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.countysim.history.History;
import org.countysim.history.HistoryRow;
import org.countysim.util.Suggest;

/**
 * Reads a history CSV (README "History files"): rows of a unit, or of the city ({@code unit} = {@code city}),
 * in a year, with nominal GDP (a point or a band), real growth, an optional deflator and sector values, and
 * the statistical {@code basis} of the levels or a {@code series_break} marker. Each unit's years must rise
 * strictly down the file. Every problem is collected and reported at once, each with file:line:column.
 */
public final class HistoryCsvReader {
    static final List<String> KNOWN = List.of("unit", "code", "name_zh", "name_en", "kind", "year", "gdp", "gdp_low",
            "gdp_high", "real_growth", "real_growth_pct", "deflator", "deflator_pct", "primary", "secondary",
            "tertiary", "basis", "series_break", "status", "source");
    private static final List<String> TRUE = List.of("1", "true", "yes", "y", "break");
    private static final List<String> FALSE = List.of("0", "false", "no", "n");

    private final String file;
    private final CsvCells cells;
    private Map<String, Integer> columns;
    private String unitColumn;

    private HistoryCsvReader(String file, String text) {
        this.file = file;
        this.cells = new CsvCells(file, text);
    }

    public static History read(Path file) {
        byte[] bytes = TextFiles.readBytes(file, "history file", BaselineCsvReader.MAX_BYTES);
        TextFiles.Decoded decoded = TextFiles.decode(bytes, "auto", file);
        return new HistoryCsvReader(file.toString(), decoded.text()).parse(decoded.text(), TextFiles.sha256(bytes),
                decoded.encoding());
    }

    private History parse(String text, String sha256, String encoding) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        List<HistoryRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new DataException(file + ": the file is empty; expected a header line with unit, year and gdp"
                        + " or real_growth_pct (README: History files)");
            }
            header(records.get(0));
            throwIfAny();
            Map<String, HistoryRow> previous = new HashMap<>();
            Map<String, Integer> firstLine = new HashMap<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                if (CsvCells.isBlank(record)) {
                    continue;
                }
                HistoryRow row = row(record);
                if (row != null && inOrder(record, row, previous, firstLine)) {
                    HistoryRow before = previous.get(row.unit());
                    row = withSegment(row, before, breakMarked(record));
                    previous.put(row.unit(), row);
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(file + ": malformed CSV: " + e.getMessage());
        }
        if (rows.isEmpty() && cells.problems.isEmpty()) {
            cells.problems.add(file + ": no data rows after the header");
        }
        throwIfAny();
        Map<String, Integer> oneBased = new LinkedHashMap<>();
        columns.forEach((name, i) -> oneBased.put(name.equals(unitColumn) ? "unit" : name, i + 1));
        return new History(file, sha256, encoding, oneBased, rows);
    }

    private void throwIfAny() {
        if (!cells.problems.isEmpty()) {
            throw new DataException(String.join("\n", cells.problems));
        }
    }

    private void header(CSVRecord header) {
        columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Integer previous = columns.putIfAbsent(name, i);
            if (previous != null) {
                cells.problems.add(cells.at(header, i) + "duplicate column '" + name + "' (also column " + (previous + 1) + ")");
            } else if (!KNOWN.contains(name)) {
                Suggest.closest(name, KNOWN).ifPresent(known -> cells.problems.add(cells.at(header, columns.get(name))
                        + "unknown column '" + name + "' (did you mean '" + known + "'?)"));
            }
        }
        List<String> problems = new ArrayList<>();
        unitColumn = columns.containsKey("unit") ? "unit" : "code";
        if (columns.containsKey("unit") && columns.containsKey("code")) {
            problems.add("give the unit once: a column unit or a column code, not both");
        } else if (!columns.containsKey(unitColumn)) {
            problems.add("missing column 'unit' (a unit code, or 'city' for the city total)");
        }
        if (!columns.containsKey("year")) {
            problems.add("missing column 'year'");
        }
        if (columns.containsKey("gdp_low") != columns.containsKey("gdp_high")) {
            problems.add("a band needs both columns gdp_low and gdp_high");
        }
        for (String pair : List.of("real_growth", "deflator")) {
            if (columns.containsKey(pair) && columns.containsKey(pair + "_pct")) {
                problems.add("give " + pair + " (a fraction) or " + pair + "_pct (percent), not both");
            }
        }
        if (!columns.containsKey("gdp") && !columns.containsKey("gdp_low") && !columns.containsKey("real_growth")
                && !columns.containsKey("real_growth_pct")) {
            problems.add("missing column 'gdp' (亿元; or gdp_low and gdp_high) or 'real_growth_pct': the file has"
                    + " nothing to estimate or score");
        }
        long sectors = java.util.Arrays.stream(Sector.values()).map(Sector::key).filter(columns::containsKey).count();
        if (sectors != 0 && sectors != Sector.COUNT) {
            problems.add("sector columns come as a set: primary, secondary and tertiary");
        }
        problems.forEach(p -> cells.problems.add(file + ":1: " + p));
    }

    private HistoryRow row(CSVRecord r) {
        int before = cells.problems.size();
        String unit = cells.text(r, columns, unitColumn);
        if (unit.isEmpty()) {
            cells.problems.add(cells.at(r, columns.get(unitColumn)) + "empty unit (a unit code, or 'city')");
        }
        double year = cells.number(r, columns, "year");
        double gdp = cells.number(r, columns, "gdp");
        double low = cells.number(r, columns, "gdp_low");
        double high = cells.number(r, columns, "gdp_high");
        double growth = rate(r, "real_growth");
        double deflator = rate(r, "deflator");
        double[] sectors = HistoryChecks.sectors(cells, r, columns);
        if (cells.problems.size() > before) {
            return null;
        }
        if (Double.isNaN(year) || year != Math.rint(year) || year < 1900 || year > 2200) {
            cells.problems.add(cells.at(r, columns.get("year")) + "year must be a whole year such as 2021");
            return null;
        }
        double[] band = HistoryChecks.gdp(cells, r, columns, gdp, low, high);
        if (band == null || sectors != null && !HistoryChecks.sectorsAgree(cells, r, gdp, band, sectors)) {
            return null;
        }
        if (Double.isNaN(band[0]) && Double.isNaN(growth)) {
            cells.problems.add(cells.line(r) + "the row gives neither GDP nor real growth");
            return null;
        }
        return new HistoryRow(unit, cells.text(r, columns, "name_zh"), cells.text(r, columns, "name_en"), (int) year,
                gdp, band[0], band[1], growth, deflator, sectors, cells.text(r, columns, "basis"), 0, cells.lineOf(r));
    }

    /** A rate as a fraction, from the column {@code name} (fraction) or {@code name_pct} (percent); NaN if empty. */
    private double rate(CSVRecord r, String name) {
        if (columns.containsKey(name + "_pct")) {
            double pct = cells.number(r, columns, name + "_pct");
            if (!Double.isNaN(pct) && !(pct > -100 && pct < 100)) {
                cells.problems.add(cells.at(r, columns.get(name + "_pct")) + name + "_pct " + CsvCells.fmt(pct)
                        + " is a percentage: it must lie between −100 and 100");
                return Double.NaN;
            }
            return pct / 100;
        }
        double v = cells.number(r, columns, name);
        if (!Double.isNaN(v) && !(v > -1 && v < 1)) {
            cells.problems.add(cells.at(r, columns.get(name)) + name + " " + CsvCells.fmt(v) + " is read as a fraction ("
                    + "0.085 = 8.5%); for percent name the column " + name + "_pct");
            return Double.NaN;
        }
        return v;
    }

    private boolean breakMarked(CSVRecord r) {
        String cell = cells.text(r, columns, "series_break").toLowerCase(Locale.ROOT);
        if (cell.isEmpty() || FALSE.contains(cell)) {
            return false;
        }
        if (TRUE.contains(cell)) {
            return true;
        }
        cells.problems.add(cells.at(r, columns.get("series_break")) + "series_break '" + cell + "' is not 1/0,"
                + " true/false or yes/no (1: this year's levels are not comparable with the year before)");
        return false;
    }

    /** Each unit's years rise strictly down the file: a repeat or a step back is an error naming both lines. */
    private boolean inOrder(CSVRecord r, HistoryRow row, Map<String, HistoryRow> previous, Map<String, Integer> firstLine) {
        String key = row.unit() + "\u0000" + row.year();
        Integer first = firstLine.putIfAbsent(key, row.line());
        String at = cells.at(r, columns.get("year"));
        if (first != null) {
            cells.problems.add(at + "duplicate year " + row.year() + " for unit " + row.unit() + " (first on line " + first + ")");
            return false;
        }
        HistoryRow before = previous.get(row.unit());
        if (before != null && before.year() > row.year()) {
            cells.problems.add(at + "year " + row.year() + " of unit " + row.unit() + " comes after " + before.year()
                    + " (line " + before.line() + "): list each unit's years in ascending order");
            return false;
        }
        return true;
    }

    /** A new segment starts when the basis changes or the row marks a series break. */
    private static HistoryRow withSegment(HistoryRow row, HistoryRow before, boolean marked) {
        int segment = before == null ? 0
                : before.segment() + (marked || !before.basis().equals(row.basis()) ? 1 : 0);
        return new HistoryRow(row.unit(), row.nameZh(), row.nameEn(), row.year(), row.gdpYi(), row.gdpLowYi(),
                row.gdpHighYi(), row.realGrowth(), row.deflator(), row.sectorsYi(), row.basis(), segment, row.line());
    }
}
