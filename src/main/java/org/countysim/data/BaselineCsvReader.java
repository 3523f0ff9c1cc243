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
    static final List<String> KNOWN = List.of("code", "name_zh", "name_en", "kind", "year", "gdp", "gdp_low",
            "gdp_high", "status", "source", "primary", "secondary", "tertiary");
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
    public static final double MAX_AMOUNT_YI = 1e9;
    private static final List<String> AMOUNTS = List.of("gdp", "gdp_low", "gdp_high", "primary", "secondary",
            "tertiary");

    private final Path file;
    private final List<String> problems = new ArrayList<>();
    private int[] lineStarts;

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
        lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
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
            int width = namedWidth(headerRecord);
            Map<String, Integer> firstLine = new HashMap<>();
            int rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (++rows > MAX_UNITS) {
                    throw new DataException(line(record) + "more than " + MAX_UNITS + " units; a baseline holds at"
                            + " most " + MAX_UNITS + " rows (China has about 2,850 county-level units)");
                }
                if (!checkWidth(record, width)) {
                    continue;
                }
                String code = text(record, columns, "code");
                Integer first = code.isEmpty() ? null : firstLine.putIfAbsent(code, lineOf(record));
                if (first != null) {
                    problems.add(line(record) + "duplicate unit " + InputText.excerpt(code) + " (first on line "
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
                problems.add(at(header, i) + "duplicate column '" + InputText.excerpt(name) + "' (also column "
                        + (previous + 1) + ")");
            } else if (!KNOWN.contains(name)) {
                Suggest.closest(name, KNOWN).ifPresent(known -> problems.add(at(header, columns.get(name))
                        + "unknown column '" + name + "' (did you mean '" + known + "'?)"));
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
        long sectorColumns = Arrays.stream(Sector.values()).filter(s -> columns.containsKey(s.key())).count();
        if (sectorColumns != 0 && sectorColumns != Sector.COUNT) {
            problems.add(file + ":1: sector columns come as a set: primary, secondary and tertiary");
        }
        return columns;
    }

    /** Columns up to the last named one: Excel adds empty columns after the table, which mean nothing. */
    private static int namedWidth(CSVRecord header) {
        int width = header.size();
        while (width > 0 && header.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    /**
     * A row must reach the header's last named column (a shorter row is cut off, e.g. a truncated file) and
     * must not carry values beyond the header (an unquoted comma shifts every later cell).
     */
    private boolean checkWidth(CSVRecord r, int width) {
        if (r.size() < width) {
            problems.add(line(r) + "the row has " + r.size() + " fields but the header has " + width
                    + " (is the file cut short, or a comma missing?)");
            return false;
        }
        for (int i = width; i < r.size(); i++) {
            if (!r.get(i).isBlank()) {
                problems.add(at(r, i) + "the row has a value beyond the header's " + width
                        + " columns (a comma inside a name needs the name in double quotes)");
                return false;
            }
        }
        return true;
    }

    private BaselineUnit unit(CSVRecord r, Map<String, Integer> columns) {
        int before = problems.size();
        String code = text(r, columns, "code");
        if (code.isEmpty()) {
            problems.add(at(r, columns.get("code")) + "empty unit code");
        }
        double year = number(r, columns, "year");
        double gdp = number(r, columns, "gdp");
        double low = number(r, columns, "gdp_low");
        double high = number(r, columns, "gdp_high");
        double[] sectors = sectors(r, columns);
        String kind = choice(r, columns, "kind", BaselineUnit.KINDS);
        String status = choice(r, columns, "status", BaselineUnit.STATUSES);
        for (String name : List.of("code", "name_zh", "name_en")) {
            checkText(r, columns, name, InputText.MAX_NAME_CHARS);
        }
        checkText(r, columns, "source", InputText.MAX_NOTE_CHARS);
        if (problems.size() > before) {
            return null;
        }
        if (Double.isNaN(year) || year != Math.rint(year) || year < 1900 || year > 2200) {
            problems.add(at(r, columns.get("year")) + "year must be a whole year such as 2021");
            return null;
        }
        if (Double.isNaN(low) != Double.isNaN(high)) {
            problems.add(at(r, columns.get(Double.isNaN(low) ? "gdp_low" : "gdp_high"))
                    + "a band needs both gdp_low and gdp_high");
            return null;
        }
        if (Double.isNaN(low)) {
            if (Double.isNaN(gdp)) {
                problems.add(line(r) + "unit " + InputText.excerpt(code)
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
        return new BaselineUnit(code, text(r, columns, "name_zh"), text(r, columns, "name_en"),
                kind, (int) year, gdp, low, high, status, text(r, columns, "source"), sectors, lineOf(r));
    }

    private boolean checkGdp(CSVRecord r, Map<String, Integer> columns, double gdp, double low, double high) {
        String where = columns.containsKey("gdp_low") ? "gdp_low" : "gdp";
        if (!(low > 0)) {
            problems.add(at(r, columns.get(where)) + "GDP must be positive (亿元), got " + fmt(low));
            return false;
        }
        if (low > high) {
            problems.add(at(r, columns.get("gdp_low")) + "gdp_low " + fmt(low) + " is above gdp_high " + fmt(high));
            return false;
        }
        if (!Double.isNaN(gdp) && (gdp < low || gdp > high)) {
            problems.add(at(r, columns.get("gdp")) + "gdp " + fmt(gdp) + " lies outside its band ["
                    + fmt(low) + ", " + fmt(high) + "]");
            return false;
        }
        return true;
    }

    private boolean checkSectors(CSVRecord r, double gdp, double low, double high, double[] sectors) {
        double sum = 0;
        for (double v : sectors) {
            if (v < 0) {
                problems.add(line(r) + "sector value added must not be negative");
                return false;
            }
            sum += v;
        }
        boolean ok = Double.isNaN(gdp)
                ? sum >= low * (1 - SECTOR_SUM_TOLERANCE) && sum <= high * (1 + SECTOR_SUM_TOLERANCE)
                : Math.abs(sum - gdp) <= SECTOR_SUM_TOLERANCE * gdp;
        if (!ok) {
            problems.add(line(r) + "sectors sum to " + fmt(sum) + " but GDP is "
                    + (Double.isNaN(gdp) ? "[" + fmt(low) + ", " + fmt(high) + "]" : fmt(gdp))
                    + " (they must agree within 1%)");
        }
        return ok;
    }

    private double[] sectors(CSVRecord r, Map<String, Integer> columns) {
        if (!columns.containsKey("primary")) {
            return null;
        }
        double[] values = new double[Sector.COUNT];
        int empty = 0;
        for (Sector s : Sector.values()) {
            values[s.ordinal()] = number(r, columns, s.key());
            if (Double.isNaN(values[s.ordinal()])) {
                empty++;
            }
        }
        if (empty == Sector.COUNT) {
            return null;
        }
        if (empty > 0) {
            problems.add(line(r) + "give all three sector values or none");
            return null;
        }
        return values;
    }

    private void checkSameYear(List<BaselineUnit> units) {
        Set<Integer> years = new java.util.TreeSet<>();
        units.forEach(u -> years.add(u.year()));
        if (years.size() > 1) {
            problems.add(file + ": rows are for several years " + years
                    + "; a baseline file holds one base year");
        }
    }

    /** A cell from a fixed vocabulary, in lower case ("County" is county); empty when absent or empty. */
    private String choice(CSVRecord r, Map<String, Integer> columns, String name, List<String> allowed) {
        String cell = text(r, columns, name);
        String value = cell.toLowerCase(Locale.ROOT);
        if (!value.isEmpty() && !allowed.contains(value)) {
            problems.add(at(r, columns.get(name)) + "unknown " + name + " '" + InputText.excerpt(cell) + "'"
                    + Suggest.hint(value, allowed) + "; " + name + " is one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** Text that is copied into outputs: bounded in length, without control characters. */
    private void checkText(CSVRecord r, Map<String, Integer> columns, String name, int maxChars) {
        InputText.problem(text(r, columns, name), maxChars)
                .ifPresent(why -> problems.add(at(r, columns.get(name)) + name + " " + why));
    }

    private String text(CSVRecord r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= r.size() ? "" : r.get(i).strip();
    }

    /** NaN for an absent column or an empty cell; a problem for anything that is not a plain number. */
    private double number(CSVRecord r, Map<String, Integer> columns, String name) {
        String cell = text(r, columns, name);
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        if (cell.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
            problems.add(at(r, columns.get(name)) + name + " '" + cell
                    + "' has a thousands separator: write the number without commas");
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(cell);
            if (!Double.isFinite(v) || cell.matches(".*[a-zA-Z].*") && !cell.matches("[-+]?[0-9.]+[eE][-+]?\\d+")) {
                throw new NumberFormatException();
            }
            if (AMOUNTS.contains(name) && v > MAX_AMOUNT_YI) {
                problems.add(at(r, columns.get(name)) + name + " " + InputText.excerpt(cell) + " is above "
                        + String.format(Locale.ROOT, "%,.0f", MAX_AMOUNT_YI)
                        + " 亿元, the limit for any amount (GDP is in 亿元, 100 million yuan)");
                return Double.NaN;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(at(r, columns.get(name)) + name + " '" + InputText.excerpt(cell) + "' is not a number");
            return Double.NaN;
        }
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String at(CSVRecord r, int column) {
        return file + ":" + lineOf(r) + ":" + (column + 1) + ": ";
    }

    private String line(CSVRecord r) {
        return file + ":" + lineOf(r) + ": ";
    }

    private int lineOf(CSVRecord r) {
        int pos = Arrays.binarySearch(lineStarts, (int) r.getCharacterPosition());
        return (pos >= 0 ? pos : -pos - 2) + 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
