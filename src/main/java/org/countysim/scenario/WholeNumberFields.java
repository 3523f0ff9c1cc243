package org.countysim.scenario;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The scenario fields that hold counts, so that a solve answers them with a whole number: a project's
 * {@code count} (projects per unit), {@code start}, {@code build_years} and a programme's {@code lag} (years),
 * {@code years.from}/{@code years.to}, a band's {@code target} (units) — all read as whole numbers — and a
 * programme's {@code quantity}, the number of things done a year (projects, stations, MW), which the reader
 * accepts as any number but which a planner decides in whole units.
 */
public final class WholeNumberFields {
    private static final List<Pattern> PATHS = List.of(
            Pattern.compile("interventions\\[[^\\]]+\\]\\.(count|quantity|start|build_years|lag)"),
            Pattern.compile("interventions\\[[^\\]]+\\]\\.years\\.(from|to)"),
            Pattern.compile("tiers\\.bands\\[[^\\]]+\\]\\.target"));

    private WholeNumberFields() {}

    /** Whether the value at this scenario path (as written for --set) is a count. */
    public static boolean contains(String path) {
        String p = path.strip();
        return PATHS.stream().anyMatch(x -> x.matcher(p).matches());
    }
}
