package org.countysim.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** The one style of countysim's JSON: snake_case keys, paths as plain strings. */
public final class JsonStyle {
    /** Objects keyed by data (scenario paths of a sweep point), not by field names. */
    private static final Set<String> KEYED_BY_DATA = Set.of("params");

    private JsonStyle() {}

    /** Every field name is snake_case (metric ids are too); no value is a file: URI. */
    public static void assertSnakeCase(JsonNode node, String where) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = where + "/" + e.getKey();
                if (KEYED_BY_DATA.contains(e.getKey()) && e.getValue().isObject()) {
                    continue;
                }
                assertTrue(e.getKey().matches("[a-z][a-z0-9_]*"), "not snake_case: " + at);
                assertSnakeCase(e.getValue(), at);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertSnakeCase(node.get(i), where + "/" + i);
            }
        } else if (node.isTextual()) {
            assertFalse(node.asText().startsWith("file:"), "a path as a URI at " + where + ": " + node.asText());
        }
    }
}
