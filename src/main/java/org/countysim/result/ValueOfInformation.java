package org.countysim.result;

import java.util.List;
import org.countysim.model.TrialOutput;

/**
 * Which official figure to obtain first (model.md §8, §1.1): for a binary output, the first-order Sobol index of a
 * banded baseline is the share of the output's variance expected to go if that unit's true figure became known.
 *
 * @param rankings one per output (all targets met, then each target), the baselines by first-order index, largest
 *                 first
 * @param skipped  outputs without variance in the design (always or never met), with the reason
 * @param given    with evidence (model.md §11), the weighted trials the rankings rest on: each share is then the
 *                 first-order index given the evidence (the given-data estimator); null without evidence
 */
public record ValueOfInformation(List<Ranking> rankings, List<String> skipped, Conditioned given) {
    public ValueOfInformation {
        rankings = List.copyOf(rankings);
        skipped = List.copyOf(skipped);
    }

    /** Rankings by the Saltelli design's first-order indices (no evidence). */
    public ValueOfInformation(List<Ranking> rankings, List<String> skipped) {
        this(rankings, skipped, null);
    }

    /**
     * @param probability the output's mean over the design's A and B rows: P(met)
     * @param together    all the banded baselines at once: their closed first-order index (null with fewer than two)
     */
    public record Ranking(
            TrialOutput output, double probability, List<SobolResult.Index> baselines, SobolResult.Index together) {
        public Ranking {
            baselines = List.copyOf(baselines);
        }
    }
}
