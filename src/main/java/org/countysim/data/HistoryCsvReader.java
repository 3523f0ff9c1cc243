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
import org.countysim.util.InputText;
import org.countysim.util.Suggest;

/**
 * Reads a history CSV (README "History files"): rows of a unit, or of the city ({@code unit} = {@code city}),
 * in a year, with nominal GDP (a point or a band), real growth, an optional deflator and sector values, and
 * the statistical {@code basis} of the levels or a {@code series_break} marker. Each unit's years must rise
 * strictly down the file. Every problem is collected and reported at once, each with file:line:column.
 *
 * <p>The rules of the baseline file hold here too ({@link CsvCells}): every row as wide as the header, no value
 * beyond it, numbers strict, and text that reaches outputs (unit, names, basis) bounded and free of control
 * characters. A percent column holding fractions is caught as far as it can be: see {@link #checkPercentColumns}.
 */
public final class HistoryCsvReader {
    static final List<String> KNOWN = List.of(
            "unit",
            "code",
            "name_zh",
            "name_en",
            "kind",
            "year",
            "gdp",
            "gdp_low",
            "gdp_high",
            "real_growth",
            "real_growth_pct",
            "deflator",
            "deflator_pct",
            "primary",
            "secondary",
            "tertiary",
            "basis",
            "series_break",
            "status",
            "source");
    private static final List<String> TRUE = List.of("1", "true", "yes", "y", "break");
    private static final List<String> FALSE = List.of("0", "false", "no", "n");
    /**
     * Below this size a value of a percent column looks like a fraction: real growth of 0.0838 (%) is possible but
     * 8.38% written as a fraction is the likelier cause; a deflator of 0.3% is ordinary, one under 0.1% in every
     * year is not.
     */
    static final Map<String, Double> FRACTION_LIKE = Map.of("real_growth_pct", 0.5, "deflator_pct", 0.1);
    /** A percent column with at least this many non-zero values, all fraction-like, is refused. */
    static final int FRACTION_COLUMN_MIN_VALUES = 3;
    /** Fraction-like values warned about one by one; the rest in one line. */
    static final int MAX_FRACTION_WARNINGS = 5;

    private final String file;
    private final CsvCells cells;
    private Map<String, Integer> columns;
    private String unitColumn;
    /** Non-zero values read from each percent column, with their positions, for {@link #checkPercentColumns}. */
    private final Map<String, List<PercentCell>> percentCells = new LinkedHashMap<>();

    private final List<String> warnings = new ArrayList<>();

    private record PercentCell(String at, double value) {}

    private HistoryCsvReader(String file, String text) {
        this.file = file;
        this.cells = new CsvCells(file, text);
    }

    public static History read(Path file) {
        byte[] bytes = TextFiles.readBytes(file, "history file", BaselineCsvReader.MAX_BYTES);
        TextFiles.Decoded decoded = TextFiles.decode(bytes, "auto", file);
        return new HistoryCsvReader(file.toString(), decoded.text())
                .parse(decoded.text(), TextFiles.sha256(bytes), decoded.encoding());
    }

    private History parse(String text, String sha256, String encoding) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<HistoryRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new DataException(file + ": the file is empty; expected a header line with unit, year and gdp"
                        + " or real_growth_pct (README: History files)");
            }
            header(records.get(0));
            throwIfAny();
            int width = CsvCells.namedWidth(records.get(0));
            Map<String, HistoryRow> previous = new HashMap<>();
            Map<String, Integer> firstLine = new HashMap<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                if (CsvCells.isBlank(record) || !cells.checkWidth(record, width)) {
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
        checkPercentColumns();
        throwIfAny();
        Map<String, Integer> oneBased = new LinkedHashMap<>();
        columns.forEach((name, i) -> oneBased.put(name.equals(unitColumn) ? "unit" : name, i + 1));
        return new History(file, sha256, encoding, oneBased, rows, warnings);
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
                cells.problems.add(cells.at(header, i) + "duplicate column '" + InputText.excerpt(name)
                        + "' (also column " + (previous + 1) + ")");
            } else if (!KNOWN.contains(name)) {
                Suggest.closest(name, KNOWN)
                        .ifPresent(known -> cells.problems.add(cells.at(header, columns.get(name)) + "unknown column '"
                                + name + "' (did you mean '" + known + "'?)"));
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
        if (!columns.containsKey("gdp")
                && !columns.containsKey("gdp_low")
                && !columns.containsKey("real_growth")
                && !columns.containsKey("real_growth_pct")) {
            problems.add("missing column 'gdp' (亿元; or gdp_low and gdp_high) or 'real_growth_pct': the file has"
                    + " nothing to estimate or score");
        }
        long sectors = java.util.Arrays.stream(Sector.values())
                .map(Sector::key)
                .filter(columns::containsKey)
                .count();
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
        double[] sectors = cells.sectors(r, columns);
        for (String name : List.of(unitColumn, "name_zh", "name_en", "basis")) {
            cells.checkText(r, columns, name, InputText.MAX_NAME_CHARS);
        }
        cells.checkText(r, columns, "source", InputText.MAX_NOTE_CHARS);
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
        return new HistoryRow(
                unit,
                cells.text(r, columns, "name_zh"),
                cells.text(r, columns, "name_en"),
                (int) year,
                gdp,
                band[0],
                band[1],
                growth,
                deflator,
                sectors,
                cells.text(r, columns, "basis"),
                0,
                cells.lineOf(r));
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
            if (pct != 0 && !Double.isNaN(pct)) {
                percentCells
                        .computeIfAbsent(name + "_pct", k -> new ArrayList<>())
                        .add(new PercentCell(cells.at(r, columns.get(name + "_pct")), pct));
            }
            return pct / 100;
        }
        double v = cells.number(r, columns, name);
        if (!Double.isNaN(v) && !(v > -1 && v < 1)) {
            cells.problems.add(cells.at(r, columns.get(name)) + name + " " + CsvCells.fmt(v)
                    + " is read as a fraction (" + "0.085 = 8.5%); for percent name the column " + name + "_pct");
            return Double.NaN;
        }
        return v;
    }

    /**
     * Fractions in a percent column (0.0838 for 8.38%) are read as a hundredth of what they mean. One value cannot
     * tell: real growth of 0.3% happens. So a column whose values are all fraction-like (at least
     * {@value #FRACTION_COLUMN_MIN_VALUES} non-zero ones, each below its {@link #FRACTION_LIKE} bound in size) is an
     * error, and in real_growth_pct each fraction-like value among larger ones is a warning naming its cell.
     */
    private void checkPercentColumns() {
        percentCells.forEach((column, values) -> {
            double bound = FRACTION_LIKE.get(column);
            List<PercentCell> small =
                    values.stream().filter(v -> Math.abs(v.value()) < bound).toList();
            String fraction = column.substring(0, column.length() - "_pct".length());
            if (values.size() >= FRACTION_COLUMN_MIN_VALUES && small.size() == values.size()) {
                String shown = String.join(
                                ", ",
                                values.stream()
                                        .limit(3)
                                        .map(v -> CsvCells.fmt(v.value()))
                                        .toList())
                        + (values.size() > 3 ? ", …" : "");
                cells.problems.add(values.get(0).at() + column + " holds only values below " + CsvCells.fmt(bound)
                        + " in size (" + shown
                        + "): they look like fractions, but the column is in percent (8.5 = 8.5%);"
                        + " write them in percent, or name the column " + fraction + " if they are fractions");
            } else if (column.equals("real_growth_pct")) {
                int oneByOne = small.size() <= MAX_FRACTION_WARNINGS + 1 ? small.size() : MAX_FRACTION_WARNINGS;
                for (PercentCell v : small.subList(0, oneByOne)) {
                    String value = CsvCells.fmt(v.value());
                    String percent = java.math.BigDecimal.valueOf(v.value())
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString();
                    warnings.add(v.at() + column + " " + value + " means " + value + "% real growth; growth that small"
                            + " is possible, but if the cell holds the fraction " + value + " (" + percent
                            + "%), write "
                            + percent);
                }
                int later = small.size() - oneByOne - 1;
                if (later > 0) {
                    warnings.add(small.get(oneByOne).at() + "this and " + later + " later value"
                            + (later == 1 ? "" : "s")
                            + " of " + column + " lie below " + CsvCells.fmt(bound) + " in size too: check whether they"
                            + " are fractions");
                }
            }
        });
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
    private boolean inOrder(
            CSVRecord r, HistoryRow row, Map<String, HistoryRow> previous, Map<String, Integer> firstLine) {
        String key = row.unit() + "\u0000" + row.year();
        Integer first = firstLine.putIfAbsent(key, row.line());
        String at = cells.at(r, columns.get("year"));
        if (first != null) {
            cells.problems.add(
                    at + "duplicate year " + row.year() + " for unit " + row.unit() + " (first on line " + first + ")");
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
        int segment = before == null
                ? 0
                : before.segment() + (marked || !before.basis().equals(row.basis()) ? 1 : 0);
        return new HistoryRow(
                row.unit(),
                row.nameZh(),
                row.nameEn(),
                row.year(),
                row.gdpYi(),
                row.gdpLowYi(),
                row.gdpHighYi(),
                row.realGrowth(),
                row.deflator(),
                row.sectorsYi(),
                row.basis(),
                segment,
                row.line());
    }
}
