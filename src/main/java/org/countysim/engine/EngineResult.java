package org.countysim.engine;

import org.countysim.result.PairedTally;
import org.countysim.result.Tally;

/** Tallies of the variants asked for (null for the others) and the paired contrast sums. */
public record EngineResult(Tally[] tallies, PairedTally paired) {}
