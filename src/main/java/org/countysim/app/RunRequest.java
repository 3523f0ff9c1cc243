package org.countysim.app;

import java.nio.file.Path;

/**
 * What {@code countysim run} was asked to do: the options every simulating command shares, plus its own.
 *
 * @param precision with --precision: add blocks until every reported probability's SE is below it (null: off)
 */
public record RunRequest(Path scenario, Options options, long attributionTrials, Double precision, long maxTrials) {}
