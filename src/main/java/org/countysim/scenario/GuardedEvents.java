package org.countysim.scenario;

import java.util.function.Function;
import org.countysim.util.InputText;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Checks the parser's events as the composer takes them, before any node is built: an explicit tag
 * ({@code !!java.io.File}, {@code !custom}) is refused, since no tag means anything in a scenario and SnakeYAML
 * Engine would otherwise pass it by silently; aliases are counted, scalars included (SnakeYAML's own limit
 * counts only aliases of collections); and so are values, so that a document of a million one-character
 * values stops before its tree is built.
 */
final class GuardedEvents implements Parser {
    private final Parser parser;
    private final int maxAliases;
    private final int maxNodes;
    private final Function<Mark, String> where;
    private int aliases;
    private int nodes;

    /** @param where formats a position as file:line:column */
    GuardedEvents(Parser parser, int maxAliases, int maxNodes, Function<Mark, String> where) {
        this.parser = parser;
        this.maxAliases = maxAliases;
        this.maxNodes = maxNodes;
        this.where = where;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        String tag = event instanceof ScalarEvent s
                ? s.getTag().orElse(null)
                : event instanceof CollectionStartEvent c ? c.getTag().orElse(null) : null;
        if (tag != null) {
            throw new ScenarioException(position(event) + ": YAML tags such as '" + asWritten(tag)
                    + "' are not allowed in a scenario: remove the tag (write plain values)");
        }
        if ((event instanceof ScalarEvent || event instanceof CollectionStartEvent) && ++nodes > maxNodes) {
            throw new ScenarioException(
                    position(event) + ": more than " + maxNodes + " YAML values; a scenario has hundreds");
        }
        if (event instanceof AliasEvent && ++aliases > maxAliases) {
            throw new ScenarioException(position(event) + ": more than " + maxAliases
                    + " YAML aliases (*name); a scenario needs few or none");
        }
        return event;
    }

    /** "!!java.io.File" rather than the resolved "tag:yaml.org,2002:java.io.File". */
    private static String asWritten(String tag) {
        String standard = "tag:yaml.org,2002:";
        return InputText.excerpt(tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag);
    }

    private String position(Event event) {
        return event.getStartMark().map(where).orElse("");
    }
}
