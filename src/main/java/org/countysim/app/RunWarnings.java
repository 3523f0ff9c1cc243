package org.countysim.app;

import java.util.ArrayList;
import java.util.List;
import org.countysim.format.Cells;
import org.countysim.model.BandLabels;
import org.countysim.model.CompiledModel;
import org.countysim.model.Targets;
import org.countysim.result.Attribution;
import org.countysim.result.Summary;
import org.countysim.scenario.CompiledScenario;

/** What a run warns about, in the order the console, report.html and manifest.json list it. */
public final class RunWarnings {
    private RunWarnings() {}

    /**
     * About the projection itself: growth clamped at zero, too few trials, a low effective sample size with
     * evidence, targets no trial can meet, and units the tier universe leaves out.
     */
    static List<String> of(CompiledScenario compiled, Summary summary, long trials, EvidenceOutcome evidence) {
        List<String> warnings = new ArrayList<>();
        if (summary.clamps() > 0) {
            warnings.add(summary.clamps() + " growth or price factors fell below zero and were clamped at 0"
                    + " (model.md §2): some growth draws are below −100%; check the scenario's distributions");
        }
        TrialCountWarning.of(trials).ifPresent(warnings::add);
        if (evidence != null) {
            warnings.addAll(EvidenceOutcome.essWarnings(summary.ess(), trials, ""));
        }
        warnings.addAll(targets(compiled));
        warnings.addAll(UniverseCheck.warnings(compiled));
        return warnings;
    }

    /**
     * Targets that no trial can meet are worth saying before anyone reads a probability of 0: "at least T units"
     * with T above the number of projected units (the first such band; every lower one asks for more).
     */
    public static List<String> targets(CompiledScenario compiled) {
        CompiledModel model = compiled.model();
        Targets targets = model.targets();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < targets.bands(); k++) {
            if (targets.cumulative(k) > model.unitCount()) {
                warnings.add("the target '" + BandLabels.atLeast(targets.cumulative(k), model.thresholds(), k)
                        + "' asks for more than the " + model.unitCount() + " projected units: it, and all targets"
                        + " together, cannot be met (nor the exact structure " + targets.structure() + ")");
                break;
            }
        }
        return warnings;
    }

    /** About the contributions: with evidence, their own sample; too many interventions for exact Shapley values. */
    static List<String> attribution(Attribution attribution, boolean fewerTrials, int interventions) {
        List<String> warnings = new ArrayList<>(AttributionPipeline.evidenceWarnings(attribution, fewerTrials));
        if (attribution.shapley() == null) {
            warnings.add(interventions + " interventions: more than " + Attribution.MAX_EXACT_SHAPLEY
                    + " for exact Shapley values (2^k runs); contributions are leave-one-out only");
        }
        return warnings;
    }

    /** --precision asked for and not reached. */
    static List<String> precision(PrecisionRule.Result precision, Double asked, long trials) {
        if (!precision.asked() || precision.reached()) {
            return List.of();
        }
        return List.of("the precision " + Cells.num(asked) + " was not reached within " + trials
                + " trials (largest probability SE " + Cells.twoDigits(precision.largestSe())
                + "); raise --max-trials");
    }
}
