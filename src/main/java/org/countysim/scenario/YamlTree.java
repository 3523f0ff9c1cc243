package org.countysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Parses YAML 1.2 into {@link YNode}s with positions. SnakeYAML Engine constructs no Java types from
 * tags; on top of that this reader refuses explicit tags, duplicate keys, documents over
 * {@link #MAX_CODE_POINTS} (counted before parsing, comments included, as parse time grows faster than size),
 * nesting deeper than {@link #MAX_DEPTH}, more than {@link #MAX_ALIASES} aliases and alias expansion beyond
 * {@link #MAX_NODES} nodes ("billion laughs").
 */
public final class YamlTree {
    static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_DEPTH = 50;
    static final int MAX_NODES = 100_000;
    static final int MAX_ALIASES = 100;
    /** A document of {@link #MAX_CODE_POINTS} characters fits in this many bytes of UTF-8 (at most 4 a character). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final String label;
    private int nodes;

    private YamlTree(String label) {
        this.label = label;
    }

    /** Parses a whole document; an empty document is an empty mapping. */
    public static YNode parse(String text, String label) {
        return new YamlTree(label).parseRoot(text, "");
    }

    /** Parses one value given on the command line ({@code --set path=value}) as YAML flow. */
    public static YNode parseValue(String text, String path, String label) {
        return new YamlTree(label).parseRoot(text, path);
    }

    private YNode parseRoot(String text, String rootPath) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CODE_POINTS) {
            throw new ScenarioException(label + ": " + length + " characters; a scenario may have at most "
                    + MAX_CODE_POINTS + ", comments included");
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            Parser events = new GuardedEvents(
                    new ParserImpl(settings, new StreamReader(settings, text)), MAX_ALIASES, MAX_NODES, this::format);
            root = new Composer(settings, events).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            throw new ScenarioException(describe(e));
        } catch (YamlEngineException e) {
            throw new ScenarioException(label + ": invalid YAML: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new ScenarioException(label + ": YAML nested too deeply");
        }
        if (root.isEmpty()) {
            return new YNode.YMap(rootPath, label + ":1:1", Map.of());
        }
        return convert(root.get(), rootPath, 0);
    }

    private YNode convert(Node node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScenarioException(
                    path + " (" + location(node) + "): nested more than " + MAX_DEPTH + " levels deep");
        }
        if (++nodes > MAX_NODES) {
            throw new ScenarioException(label + ": more than " + MAX_NODES
                    + " YAML values (counting each alias as what it stands for); a scenario has hundreds");
        }
        if (node instanceof ScalarNode s) {
            return new YNode.YScalar(path, location(node), s.getValue(), s.getScalarStyle() != ScalarStyle.PLAIN);
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(item, path + "[" + items.size() + "]", depth + 1));
            }
            return new YNode.YList(path, location(node), items);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ScenarioException(path + " (" + location(tuple.getKeyNode()) + "): keys must be plain text");
            }
            String childPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            if (entries.containsKey(key.getValue())) {
                throw new ScenarioException(
                        childPath + " (" + location(key) + "): duplicate key '" + key.getValue() + "'");
            }
            entries.put(key.getValue(), convert(tuple.getValueNode(), childPath, depth + 1));
        }
        return new YNode.YMap(path, location(node), entries);
    }

    private String location(Node node) {
        return node.getStartMark().map(this::format).orElse(label);
    }

    private String format(Mark mark) {
        return label + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private String describe(MarkedYamlEngineException e) {
        String where = e.getProblemMark().map(this::format).orElse(label);
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        return where + ": invalid YAML: " + context + problem;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable document";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
