package org.countysim.app;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.result.SobolResult;
import org.countysim.result.TornadoResult;
import org.countysim.result.ValueOfInformation;
import org.countysim.scenario.CompiledScenario;

/**
 * What a sensitivity run found; a part not asked for is null (or empty).
 *
 * @param tornado    the tornado of the chosen metric
 * @param tornadoAll the same arms read for every metric (tornado.csv)
 * @param sobol      the chosen output's indices first, then those behind the value of information; with evidence the
 *                   prior's (the Saltelli design cannot condition)
 * @param conditioned with evidence (model.md §11): the first-order indices given the evidence, the chosen output's
 *                   first (empty without evidence, or when none could be estimated)
 * @param voi        the value of information: given the evidence when the scenario has some
 * @param seconds    wall time of each pass, for the manifest and the benchmarks
 * @param ranked     how many factors were ranked: all, or those of --factors
 * @param rankedNote why the methods rank a target other than all targets met (also the first warning), or null
 */
public record SensitivityOutcome(
        CompiledScenario compiled,
        List<Factor> factors,
        TornadoResult tornado,
        List<TornadoResult> tornadoAll,
        List<SobolResult> sobol,
        List<ConditionedIndices> conditioned,
        ValueOfInformation voi,
        PrimResult prim,
        Path outDir,
        String exportFile,
        long exportTrials,
        Map<String, Double> seconds,
        List<String> warnings,
        String rankedNote,
        int ranked) {
    public SensitivityOutcome {
        factors = List.copyOf(factors);
        tornadoAll = List.copyOf(tornadoAll);
        sobol = List.copyOf(sobol);
        conditioned = List.copyOf(conditioned);
        // in the order the stages ran (Map.copyOf would shuffle the manifest's keys from run to run)
        seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
        warnings = List.copyOf(warnings);
    }

    /** Whether the scenario has evidence: the tornado, the value of information and PRIM are then conditioned on it. */
    public boolean hasEvidence() {
        return compiled.model().weighted();
    }

    /** The conditioned first-order indices of the Sobol analysis' output, or null. */
    public ConditionedIndices mainConditioned() {
        SobolResult s = mainSobol();
        return s == null
                ? null
                : conditioned.stream()
                        .filter(c -> c.output().equals(s.output()))
                        .findFirst()
                        .orElse(null);
    }

    /** The Sobol indices of the chosen output, or null. */
    public SobolResult mainSobol() {
        return sobol.isEmpty() ? null : sobol.get(0);
    }
}
