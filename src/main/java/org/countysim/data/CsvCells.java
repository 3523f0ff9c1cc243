package org.countysim.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.countysim.util.InputText;

/**
 * Cells of a CSV read with positions: file:line:column for every message, numbers parsed strictly (no thousands
 * separators, no NaN or infinities, amounts bounded), rows as wide as the header, text that goes into outputs
 * bounded and free of control characters, problems collected rather than thrown. Shared by the baseline and
 * history readers, so that both hold their files to the same rules.
 */
final class CsvCells {
    /** About 800 times China's GDP: far above any real amount, far below where sums could overflow. */
    static final double MAX_AMOUNT_YI = 1e9;
    /** Columns holding money (亿元), bounded by {@link #MAX_AMOUNT_YI}. */
    private static final List<String> AMOUNTS =
            List.of("gdp", "gdp_low", "gdp_high", "primary", "secondary", "tertiary");

    private final String file;
    private final int[] lineStarts;
    final List<String> problems = new ArrayList<>();

    CsvCells(String file, String text) {
        this.file = file;
        this.lineStarts = lineStarts(text);
    }

    String text(CSVRecord r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= r.size() ? "" : r.get(i).strip();
    }

    /** NaN for an absent column or an empty cell; a problem for anything that is not a plain number. */
    double number(CSVRecord r, Map<String, Integer> columns, String name) {
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

    /** Columns up to the last named one: Excel adds empty columns after the table, which mean nothing. */
    static int namedWidth(CSVRecord header) {
        int width = header.size();
        while (width > 0 && header.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    /**
     * A row must reach the header's last named column (a shorter row is cut off, e.g. a truncated file) and
     * must not carry values beyond the header (an unquoted comma shifts every later cell). False after adding
     * a problem: the row's cells cannot be trusted.
     */
    boolean checkWidth(CSVRecord r, int width) {
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

    /** Text that is copied into outputs or messages: bounded in length, without control characters. */
    void checkText(CSVRecord r, Map<String, Integer> columns, String name, int maxChars) {
        InputText.problem(text(r, columns, name), maxChars)
                .ifPresent(why -> problems.add(at(r, columns.get(name)) + name + " " + why));
    }

    /** All three sector values, none (null), or a problem (null) for a partial set or a negative value. */
    double[] sectors(CSVRecord r, Map<String, Integer> columns) {
        if (!columns.containsKey("primary")) {
            return null;
        }
        double[] values = new double[Sector.COUNT];
        int empty = 0;
        for (Sector s : Sector.values()) {
            values[s.ordinal()] = number(r, columns, s.key());
            if (Double.isNaN(values[s.ordinal()])) {
                empty++;
            } else if (values[s.ordinal()] < 0) {
                problems.add(at(r, columns.get(s.key())) + "sector value added must not be negative");
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

    static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** "file:line:column: " (column 0-based here, 1-based in the text). */
    String at(CSVRecord r, int column) {
        return file + ":" + lineOf(r) + ":" + (column + 1) + ": ";
    }

    String line(CSVRecord r) {
        return file + ":" + lineOf(r) + ": ";
    }

    int lineOf(CSVRecord r) {
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
