package org.countysim.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.countysim.util.InputText;
import org.countysim.util.Suggest;

/**
 * Reads the baseline CSV: one row per unit, a point {@code gdp}, a band {@code gdp_low}/{@code gdp_high},
 * or both, and optional {@code primary}/{@code secondary}/{@code tertiary} columns. Every problem is
 * collected and reported at once, each with file:line:column.
 *
 * <p>Columns that are not known are ignored (a notes column is fine), unless they look like a misspelt
 * known column, which is an error with a hint.
 */
public final class BaselineCsvReader {
    static final List<String> REQUIRED = List.of("code", "year");
    static final List<String> KNOWN = List.of(
            "code",
            "name_zh",
            "name_en",
            "kind",
            "year",
            "gdp",
            "gdp_low",
            "gdp_high",
            "status",
            "source",
            "primary",
            "secondary",
            "tertiary");
    /** Sector values must add up to GDP within this relative tolerance. */
    static final double SECTOR_SUM_TOLERANCE = 0.01;
    /**
     * Most rows a baseline may hold: all of China's county-level units (about 2,850) and its zones fit, while the
     * memory a run needs (which grows with units × years × threads) stays within what a laptop's Java gives.
     */
    public static final int MAX_UNITS = 5_000;
    /** Largest baseline file: thousands of rows of a few hundred bytes, with room for notes columns. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /**
     * Largest amount in any GDP or sector cell (亿元): far above any economy (China's GDP is about 1.3e6 亿元),
     * and far enough below the largest double that no sum, growth or square the run computes can overflow.
     */
    public static final double MAX_AMOUNT_YI = CsvCells.MAX_AMOUNT_YI;

    private final Path file;
    private CsvCells cells;
    private List<String> problems = new ArrayList<>();

    private BaselineCsvReader(Path file) {
        this.file = file;
    }

    public static Baseline read(Path file) {
        return read(file, "auto");
    }

    /** @param encoding a charset name, or "auto" (UTF-8, else GB18030) */
    public static Baseline read(Path file, String encoding) {
        byte[] bytes = TextFiles.readBytes(file, "baseline file", MAX_BYTES);
        TextFiles.Decoded decoded = TextFiles.decode(bytes, encoding, file);
        return new BaselineCsvReader(file).parse(decoded.text(), TextFiles.sha256(bytes), decoded.encoding());
    }

    private Baseline parse(String text, String sha256, String encoding) {
        cells = new CsvCells(file.toString(), text);
        problems = cells.problems;
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<BaselineUnit> units = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new DataException(file + ": the file is empty; expected a header line with at least "
                        + String.join(", ", REQUIRED) + " and gdp or gdp_low/gdp_high");
            }
            CSVRecord headerRecord = records.next();
            Map<String, Integer> columns = header(headerRecord);
            if (!problems.isEmpty()) {
                throw new DataException(String.join("\n", problems));
            }
            int width = CsvCells.namedWidth(headerRecord);
            Map<String, Integer> firstLine = new HashMap<>();
            int rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (CsvCells.isBlank(record)) {
                    continue;
                }
                if (++rows > MAX_UNITS) {
                    throw new DataException(
                            cells.line(record) + "more than " + MAX_UNITS + " units; a baseline holds at" + " most "
                                    + MAX_UNITS + " rows (China has about 2,850 county-level units)");
                }
                if (!cells.checkWidth(record, width)) {
                    continue;
                }
                String code = cells.text(record, columns, "code");
                Integer first = code.isEmpty() ? null : firstLine.putIfAbsent(code, cells.lineOf(record));
                if (first != null) {
                    problems.add(cells.line(record) + "duplicate unit " + InputText.excerpt(code) + " (first on line "
                            + first + ")");
                    continue;
                }
                BaselineUnit unit = unit(record, columns);
                if (unit != null) {
                    units.add(unit);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(file + ": malformed CSV: " + e.getMessage());
        }
        checkSameYear(units);
        if (units.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": no data rows after the header");
        }
        if (!problems.isEmpty()) {
            throw new DataException(String.join("\n", problems));
        }
        return new Baseline(file, sha256, encoding, units.get(0).year(), units);
    }

    private Map<String, Integer> header(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Integer previous = columns.putIfAbsent(name, i);
            if (previous != null) {
                problems.add(cells.at(header, i) + "duplicate column '" + InputText.excerpt(name) + "' (also column "
                        + (previous + 1) + ")");
            } else if (!KNOWN.contains(name)) {
                Suggest.closest(name, KNOWN)
                        .ifPresent(known -> problems.add(cells.at(header, columns.get(name)) + "unknown column '" + name
                                + "' (did you mean '" + known + "'?)"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(file + ":1: missing column '" + required + "'");
            }
        }
        boolean point = columns.containsKey("gdp");
        boolean low = columns.containsKey("gdp_low");
        boolean high = columns.containsKey("gdp_high");
        if (low != high) {
            problems.add(file + ":1: a band needs both columns gdp_low and gdp_high");
        } else if (!point && !low) {
            problems.add(file + ":1: missing column 'gdp' (or the band columns gdp_low and gdp_high)");
        }
        long sectorColumns = Arrays.stream(Sector.values())
                .filter(s -> columns.containsKey(s.key()))
                .count();
        if (sectorColumns != 0 && sectorColumns != Sector.COUNT) {
            problems.add(file + ":1: sector columns come as a set: primary, secondary and tertiary");
        }
        return columns;
    }

    private BaselineUnit unit(CSVRecord r, Map<String, Integer> columns) {
        int before = problems.size();
        String code = cells.text(r, columns, "code");
        if (code.isEmpty()) {
            problems.add(cells.at(r, columns.get("code")) + "empty unit code");
        }
        double year = cells.number(r, columns, "year");
        double gdp = cells.number(r, columns, "gdp");
        double low = cells.number(r, columns, "gdp_low");
        double high = cells.number(r, columns, "gdp_high");
        double[] sectors = cells.sectors(r, columns);
        String kind = choice(r, columns, "kind", BaselineUnit.KINDS);
        String status = choice(r, columns, "status", BaselineUnit.STATUSES);
        for (String name : List.of("code", "name_zh", "name_en")) {
            cells.checkText(r, columns, name, InputText.MAX_NAME_CHARS);
        }
        cells.checkText(r, columns, "source", InputText.MAX_NOTE_CHARS);
        if (problems.size() > before) {
            return null;
        }
        if (Double.isNaN(year) || year != Math.rint(year) || year < 1900 || year > 2200) {
            problems.add(cells.at(r, columns.get("year")) + "year must be a whole year such as 2021");
            return null;
        }
        if (Double.isNaN(low) != Double.isNaN(high)) {
            problems.add(cells.at(r, columns.get(Double.isNaN(low) ? "gdp_low" : "gdp_high"))
                    + "a band needs both gdp_low and gdp_high");
            return null;
        }
        if (Double.isNaN(low)) {
            if (Double.isNaN(gdp)) {
                problems.add(cells.line(r) + "unit " + InputText.excerpt(code)
                        + " has no GDP: give gdp, or gdp_low and gdp_high");
                return null;
            }
            low = gdp;
            high = gdp;
        }
        if (!checkGdp(r, columns, gdp, low, high)) {
            return null;
        }
        if (sectors != null && !checkSectors(r, gdp, low, high, sectors)) {
            return null;
        }
        return new BaselineUnit(
                code,
                cells.text(r, columns, "name_zh"),
                cells.text(r, columns, "name_en"),
                kind,
                (int) year,
                gdp,
                low,
                high,
                status,
                cells.text(r, columns, "source"),
                sectors,
                cells.lineOf(r));
    }

    private boolean checkGdp(CSVRecord r, Map<String, Integer> columns, double gdp, double low, double high) {
        // a point value is checked in its own cell: a row without a band has low = high = gdp
        if (!Double.isNaN(gdp) && !(gdp > 0)) {
            problems.add(cells.at(r, columns.get("gdp")) + "GDP must be positive (亿元), got " + CsvCells.fmt(gdp));
            return false;
        }
        if (!(low > 0)) {
            problems.add(cells.at(r, columns.get("gdp_low")) + "GDP must be positive (亿元), got " + CsvCells.fmt(low));
            return false;
        }
        if (low > high) {
            problems.add(cells.at(r, columns.get("gdp_low")) + "gdp_low " + CsvCells.fmt(low) + " is above gdp_high "
                    + CsvCells.fmt(high));
            return false;
        }
        if (!Double.isNaN(gdp) && (gdp < low || gdp > high)) {
            problems.add(cells.at(r, columns.get("gdp")) + "gdp " + CsvCells.fmt(gdp) + " lies outside its band ["
                    + CsvCells.fmt(low) + ", " + CsvCells.fmt(high) + "]");
            return false;
        }
        return true;
    }

    private boolean checkSectors(CSVRecord r, double gdp, double low, double high, double[] sectors) {
        double sum = 0;
        for (double v : sectors) {
            if (v < 0) {
                return false; // reported with its column by CsvCells.sectors
            }
            sum += v;
        }
        boolean ok = Double.isNaN(gdp)
                ? sum >= low * (1 - SECTOR_SUM_TOLERANCE) && sum <= high * (1 + SECTOR_SUM_TOLERANCE)
                : Math.abs(sum - gdp) <= SECTOR_SUM_TOLERANCE * gdp;
        if (!ok) {
            problems.add(cells.line(r) + "sectors sum to " + CsvCells.fmt(sum) + " but GDP is "
                    + (Double.isNaN(gdp)
                            ? "[" + CsvCells.fmt(low) + ", " + CsvCells.fmt(high) + "]"
                            : CsvCells.fmt(gdp))
                    + " (they must agree within 1%)");
        }
        return ok;
    }

    private void checkSameYear(List<BaselineUnit> units) {
        Set<Integer> years = new java.util.TreeSet<>();
        units.forEach(u -> years.add(u.year()));
        if (years.size() > 1) {
            problems.add(file + ": rows are for several years " + years + "; a baseline file holds one base year");
        }
    }

    /** A cell from a fixed vocabulary, in lower case ("County" is county); empty when absent or empty. */
    private String choice(CSVRecord r, Map<String, Integer> columns, String name, List<String> allowed) {
        String cell = cells.text(r, columns, name);
        String value = cell.toLowerCase(Locale.ROOT);
        if (!value.isEmpty() && !allowed.contains(value)) {
            problems.add(cells.at(r, columns.get(name)) + "unknown " + name + " '" + InputText.excerpt(cell) + "'"
                    + Suggest.hint(value, allowed) + "; " + name + " is one of " + String.join(", ", allowed));
        }
        return value;
    }
}
