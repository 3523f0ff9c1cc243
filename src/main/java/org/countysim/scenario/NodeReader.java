package org.countysim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.countysim.scenario.YNode.YList;
import org.countysim.scenario.YNode.YMap;
import org.countysim.scenario.YNode.YScalar;
import org.countysim.util.InputText;
import org.countysim.util.Suggest;

/** Typed access to {@link YNode}s that records a problem (with path and position) instead of throwing. */
final class NodeReader {
    private final Problems problems;

    NodeReader(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** Reports every key of the map that is not allowed, with a did-you-mean hint. */
    void allowOnly(YMap map, Collection<String> allowed) {
        for (var e : map.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(
                        e.getValue(),
                        "unknown key '" + e.getKey() + "'" + Suggest.hint(e.getKey(), allowed) + "; allowed here: "
                                + String.join(", ", allowed));
            }
        }
    }

    Optional<YMap> map(YNode node) {
        if (node instanceof YMap m) {
            return Optional.of(m);
        }
        problems.add(node, "expected a mapping (key: value lines), got " + node.kindName());
        return Optional.empty();
    }

    Optional<YList> list(YNode node) {
        if (node instanceof YList l) {
            return Optional.of(l);
        }
        problems.add(node, "expected a list, got " + node.kindName());
        return Optional.empty();
    }

    YNode required(YMap map, String key) {
        YNode node = map.get(key);
        if (node == null || node instanceof YScalar s && s.isNull()) {
            problems.add(map, "missing required key '" + key + "'");
            return null;
        }
        return node;
    }

    boolean has(YMap map, String key) {
        YNode node = map.get(key);
        return node != null && !(node instanceof YScalar s && s.isNull());
    }

    /**
     * Decimal notation with an optional exponent (2, -0.5, .5, 2e-2, 1.5E3): what Double.parseDouble accepts
     * beyond it (hexadecimal 0x1p3, the suffixes 1f and 1d) is not a number in a scenario.
     */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** A finite number; NaN (with a problem) when the node is not one. */
    double number(YNode node) {
        if (node instanceof YScalar s && !s.quoted()) {
            String v = s.value().strip().replace("_", "");
            if (v.matches("[-+]?\\.(?i:nan|inf)") || v.matches("(?i)[-+]?(nan|infinity)")) {
                problems.add(node, "'" + s.value() + "' is not a finite number");
                return Double.NaN;
            }
            try {
                double d = Double.parseDouble(v);
                if (!DECIMAL.matcher(v).matches()) {
                    problems.add(node, "'" + s.value() + "' is not a number in decimal notation (e.g. 0.02 or 2e-2)");
                    return Double.NaN;
                }
                if (Double.isFinite(d)) {
                    return d;
                }
                problems.add(node, "'" + s.value() + "' is not a finite number");
                return Double.NaN;
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        problems.add(node, "expected a number, got " + node.kindName());
        return Double.NaN;
    }

    double number(YMap map, String key, double fallback) {
        return has(map, key) ? number(map.get(key)) : fallback;
    }

    /** A whole number within [min, max]; {@code fallback} when absent, Long.MIN_VALUE when invalid. */
    long integer(YMap map, String key, long fallback, long min, long max) {
        if (!has(map, key)) {
            return fallback;
        }
        YNode node = map.get(key);
        if (node instanceof YScalar s && !s.quoted() && s.value().strip().matches("[-+]?[0-9_]{1,25}")) {
            try {
                long v = Long.parseLong(s.value().strip().replace("_", ""));
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // too large for a long: reported below
            }
            problems.add(node, "expected a whole number in [" + min + ", " + max + "], got " + s.value());
            return Long.MIN_VALUE;
        }
        double d = number(node);
        if (Double.isNaN(d)) {
            return Long.MIN_VALUE;
        }
        if (d != Math.rint(d) || d < min || d > max) {
            problems.add(node, "expected a whole number in [" + min + ", " + max + "], got " + text(node));
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    String text(YNode node) {
        if (node instanceof YScalar s) {
            return s.value();
        }
        problems.add(node, "expected text, got " + node.kindName());
        return "";
    }

    String text(YMap map, String key, String fallback) {
        return has(map, key) ? text(map.get(key)) : fallback;
    }

    /**
     * Text shown in outputs (a title, a label, a band's name): at most {@link InputText#MAX_NAME_CHARS}
     * characters and no control characters (a YAML escape such as "\0" could bring one in).
     */
    String label(YMap map, String key, String fallback) {
        String value = text(map, key, fallback);
        InputText.problem(value, InputText.MAX_NAME_CHARS)
                .ifPresent(why -> problems.add(map.get(key), "the text " + why));
        return value;
    }

    boolean bool(YMap map, String key, boolean fallback) {
        if (!has(map, key)) {
            return fallback;
        }
        String v = text(map.get(key));
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        problems.add(map.get(key), "expected true or false, got '" + v + "'");
        return fallback;
    }

    /** Text restricted to a set of choices. */
    String choice(YMap map, String key, String fallback, List<String> choices) {
        String v = text(map, key, fallback);
        if (!choices.contains(v)) {
            problems.add(map.get(key), "'" + v + "' is not one of " + choices + Suggest.hint(v, choices));
            return fallback;
        }
        return v;
    }

    /**
     * One of an enum's constants, written as its lower-case name; {@code fallback} when absent. A value that is
     * not a constant's name is a problem at its scenario path (with a did-you-mean), never another constant.
     */
    <E extends Enum<E>> E choice(YMap map, String key, E fallback, Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        String v = choice(map, key, fallback.name().toLowerCase(java.util.Locale.ROOT), names);
        return type.getEnumConstants()[names.indexOf(v)];
    }

    List<Double> numbers(YNode node) {
        List<Double> out = new ArrayList<>();
        list(node).ifPresent(l -> l.items().forEach(i -> out.add(number(i))));
        return out;
    }

    List<String> texts(YNode node) {
        List<String> out = new ArrayList<>();
        if (node instanceof YScalar) {
            out.add(text(node));
        } else {
            list(node).ifPresent(l -> l.items().forEach(i -> out.add(text(i))));
        }
        return out;
    }
}
