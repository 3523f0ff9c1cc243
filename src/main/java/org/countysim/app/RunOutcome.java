package org.countysim.app;

import java.nio.file.Path;
import java.util.List;
import org.countysim.result.Attribution;
import org.countysim.result.Summary;
import org.countysim.scenario.CompiledScenario;

/**
 * A finished run: what was compiled, the summary, the attribution (null without interventions), where it was
 * written, the model's warnings, and the --set overrides that make it a what-if (empty for the scenario itself).
 * With evidence (model.md §11) {@code summary} is conditioned on it (the answer) and {@code evidence} holds the
 * same trials unweighted (the prior), the effective sample size and what the evidence did to each banded baseline.
 */
public record RunOutcome(
        CompiledScenario compiled,
        Summary summary,
        Attribution attribution,
        Path outDir,
        long trials,
        long seed,
        int threads,
        double wallSeconds,
        List<String> warnings,
        PrecisionRule.Result precision,
        EvidenceOutcome evidence,
        List<String> overrides) {
    public RunOutcome {
        overrides = List.copyOf(overrides);
    }

    /** "" or " — what-if: a=1; b=2", for headers and titles. */
    public String whatIf() {
        return overrides.isEmpty() ? "" : " — what-if: " + String.join("; ", overrides);
    }

    /** Whether the run was conditioned on evidence. */
    public boolean conditioned() {
        return evidence != null;
    }
}
