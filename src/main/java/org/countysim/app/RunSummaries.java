package org.countysim.app;

import org.countysim.model.CompiledModel;
import org.countysim.result.Summarizer;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.result.WeightedSummarizer;
import org.countysim.scenario.CompiledScenario;

/** A run's tally summarised: as drawn (the prior, with evidence) and conditioned on the evidence (model.md §11). */
final class RunSummaries {
    private RunSummaries() {}

    static Summary summarize(CompiledScenario compiled, Tally tally) {
        CompiledModel model = compiled.model();
        return Summarizer.summarize(
                tally, model.thresholds(), model.targets(), compiled.scenario().baseYear(), compiled.bandNames());
    }

    /** The summary conditioned on the evidence; an error when the evidence is impossible. */
    static Summary conditioned(CompiledScenario compiled, Tally tally) {
        CompiledModel model = compiled.model();
        return WeightedSummarizer.summarize(
                tally,
                model.evidence(),
                model.thresholds(),
                model.targets(),
                compiled.scenario().baseYear(),
                compiled.bandNames());
    }

    /** --precision: every probability the run reports, conditioned and prior (with evidence) or plain. */
    static double largestSe(CompiledScenario compiled, Tally tally) {
        double prior = PrecisionRule.largestSe(summarize(compiled, tally));
        return compiled.model().weighted()
                ? Math.max(prior, PrecisionRule.largestSe(conditioned(compiled, tally)))
                : prior;
    }
}
