package org.countysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.scenario.YNode.YList;
import org.countysim.scenario.YNode.YMap;
import org.countysim.util.Suggest;

/**
 * Applies {@code --set PATH=VALUE} to a parsed scenario. PATH is dotted keys with list indices
 * ({@code interventions[1].unit_cost}) or intervention ids ({@code interventions[tech-upgrade].quantity});
 * VALUE is YAML ({@code 0.05}, or {@code {dist: uniform, min: 1, max: 2}}). A new key may be added to an
 * existing mapping (the reader then rejects it if it is not a scenario key).
 */
public final class Overrides {
    private Overrides() {}

    public static YNode apply(YNode root, List<String> assignments) {
        YNode result = root;
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException("--set " + assignment + ": expected PATH=VALUE");
            }
            String path = assignment.substring(0, eq).strip();
            YNode value = YamlTree.parseValue(assignment.substring(eq + 1), path, "--set " + path);
            result = set(result, segments(path, assignment), 0, value, path);
        }
        return result;
    }

    /**
     * Sets a number the code itself chose (a sweep point, a solve step): the value goes into the document as it
     * is, without writing and re-reading YAML text.
     */
    public static YNode setNumber(YNode root, String path, double value) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : Double.toString(value);
        YNode.YScalar scalar = new YNode.YScalar(path, "--param " + path, text, false);
        return set(root, segments(path, path), 0, scalar, path);
    }

    static List<String> segments(String path, String assignment) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            String rest = part;
            int bracket = rest.indexOf('[');
            String head = bracket < 0 ? rest : rest.substring(0, bracket);
            if (head.isEmpty()) {
                throw new ScenarioException("--set " + assignment + ": empty key in path '" + path + "'");
            }
            out.add(head);
            while (bracket >= 0) {
                int close = rest.indexOf(']', bracket);
                if (close < 0) {
                    throw new ScenarioException("--set " + assignment + ": unclosed '[' in path '" + path + "'");
                }
                out.add("[" + rest.substring(bracket + 1, close));
                rest = rest.substring(close + 1);
                bracket = rest.indexOf('[');
            }
        }
        return out;
    }

    private static YNode set(YNode node, List<String> segs, int i, YNode value, String fullPath) {
        if (i == segs.size()) {
            return relocate(value, node.path());
        }
        String seg = segs.get(i);
        if (seg.startsWith("[")) {
            if (!(node instanceof YList list)) {
                throw new ScenarioException("--set " + fullPath + ": " + node.where() + " is not a list");
            }
            int index = index(list, seg.substring(1), fullPath);
            List<YNode> items = new ArrayList<>(list.items());
            items.set(index, set(items.get(index), segs, i + 1, value, fullPath));
            return new YList(list.path(), list.location(), items);
        }
        if (!(node instanceof YMap map)) {
            throw new ScenarioException("--set " + fullPath + ": " + node.where() + " is not a mapping");
        }
        YNode child = map.get(seg);
        if (child == null) {
            // A new key (or a new mapping on the way) is fine: the reader rejects keys a scenario does not know.
            String childPath = map.path().isEmpty() ? seg : map.path() + "." + seg;
            child = new YMap(childPath, "--set " + fullPath, Map.of());
        }
        Map<String, YNode> entries = new LinkedHashMap<>(map.entries());
        entries.put(seg, set(child, segs, i + 1, value, fullPath));
        return new YMap(map.path(), map.location(), entries);
    }

    private static int index(YList list, String token, String fullPath) {
        if (token.matches("\\d+")) {
            // Beyond nine digits the index exceeds any list (and an int): reported like any index too large.
            int index = token.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(token);
            if (index >= list.items().size()) {
                throw new ScenarioException("--set " + fullPath + ": " + list.path() + " has "
                        + list.items().size() + " entries (indices start at 0)");
            }
            return index;
        }
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < list.items().size(); k++) {
            if (list.items().get(k) instanceof YMap m && m.get("id") instanceof YNode.YScalar id) {
                if (id.value().equals(token)) {
                    return k;
                }
                ids.add(id.value());
            }
        }
        throw new ScenarioException("--set " + fullPath + ": no entry with id '" + token + "' in " + list.path()
                + Suggest.hint(token, ids));
    }

    /** Gives the parsed value the path it now stands at, so later messages name the scenario path. */
    private static YNode relocate(YNode value, String path) {
        if (value instanceof YMap m) {
            Map<String, YNode> entries = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> entries.put(k, relocate(v, path + "." + k)));
            return new YMap(path, m.location(), entries);
        }
        if (value instanceof YList l) {
            List<YNode> items = new ArrayList<>();
            for (YNode item : l.items()) {
                items.add(relocate(item, path + "[" + items.size() + "]"));
            }
            return new YList(path, l.location(), items);
        }
        YNode.YScalar s = (YNode.YScalar) value;
        return new YNode.YScalar(path, s.location(), s.value(), s.quoted());
    }

    /**
     * The node at a path of the document, or a {@link ScenarioException} naming the first missing key with a
     * did-you-mean: for parameters that must already exist (sweeps, solve).
     */
    public static YNode existing(YNode root, String path) {
        YNode node = root;
        for (String seg : segments(path, path)) {
            if (seg.startsWith("[")) {
                if (!(node instanceof YList list)) {
                    throw new ScenarioException(path + ": " + node.where() + " is not a list");
                }
                node = list.items().get(index(list, seg.substring(1), path));
            } else {
                if (!(node instanceof YMap map) || map.get(seg) == null) {
                    java.util.Set<String> keys =
                            node instanceof YMap m ? m.entries().keySet() : java.util.Set.of();
                    throw new ScenarioException(
                            path + ": the scenario has no value at '" + seg + "'" + Suggest.hint(seg, keys)
                                    + (keys.isEmpty() ? "" : "; keys there: " + String.join(", ", keys)));
                }
                node = map.get(seg);
            }
        }
        return node;
    }
}
