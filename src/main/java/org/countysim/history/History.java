package org.countysim.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A history file as read: every row, each unit's rows in ascending years, and where each column sits so that
 * later checks can name file:line:column.
 *
 * @param file    the file as given, for messages
 * @param sha256  of the file's bytes, for manifests
 * @param columns column name → 1-based column number
 * @param warnings  what the file may get wrong without being invalid (file:line:column: …), for the console and
 *                  the outputs
 */
public record History(
        String file,
        String sha256,
        String encoding,
        Map<String, Integer> columns,
        List<HistoryRow> rows,
        List<String> warnings) {
    /** The unit code of a city-wide row. */
    public static final String CITY = "city";

    public History {
        columns = Map.copyOf(columns);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** Unit codes in the order of their first row. */
    public List<String> units() {
        return new ArrayList<>(byUnit().keySet());
    }

    /** The unit's rows, ascending in year (the reader guarantees the order). */
    public List<HistoryRow> rows(String unit) {
        return rows.stream().filter(r -> r.unit().equals(unit)).toList();
    }

    public Map<String, List<HistoryRow>> byUnit() {
        Map<String, List<HistoryRow>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r));
        return m;
    }

    /** "file:line:column: " for a cell of a row, or "file:line: " when the column is absent. */
    public String at(HistoryRow row, String column) {
        Integer c = columns.get(column);
        return file + ":" + row.line() + (c == null ? "" : ":" + c) + ": ";
    }

    /** The column that marks the break between two rows of a unit: {@code basis} when it changed, else {@code series_break}. */
    public String breakColumn(HistoryRow before, HistoryRow after) {
        return !before.basis().equals(after.basis()) || !columns.containsKey("series_break") ? "basis" : "series_break";
    }
}
