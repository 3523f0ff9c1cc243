package org.countysim.app;

import java.nio.file.Path;
import java.util.List;
import org.countysim.result.Attribution;
import org.countysim.result.Summary;
import org.countysim.scenario.CompiledScenario;

/** A finished run: what was compiled, the summary, the attribution (null without interventions), where it was written and the model's warnings. */
public record RunOutcome(CompiledScenario compiled, Summary summary, Attribution attribution, Path outDir, long trials, long seed,
                         int threads, double wallSeconds, List<String> warnings,
                         PrecisionRule.Result precision) {
}
