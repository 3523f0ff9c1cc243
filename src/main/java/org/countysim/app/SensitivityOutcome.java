package org.countysim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * @param sobol      the chosen output's indices first, then those behind the value of information
 * @param seconds    wall time of each pass, for the manifest and the benchmarks
 */
public record SensitivityOutcome(
        CompiledScenario compiled,
        List<Factor> factors,
        TornadoResult tornado,
        List<TornadoResult> tornadoAll,
        List<SobolResult> sobol,
        ValueOfInformation voi,
        PrimResult prim,
        Path outDir,
        String exportFile,
        long exportTrials,
        Map<String, Double> seconds,
        List<String> warnings) {
    public SensitivityOutcome {
        factors = List.copyOf(factors);
        tornadoAll = List.copyOf(tornadoAll);
        sobol = List.copyOf(sobol);
        seconds = Map.copyOf(seconds);
        warnings = List.copyOf(warnings);
    }

    /** The Sobol indices of the chosen output, or null. */
    public SobolResult mainSobol() {
        return sobol.isEmpty() ? null : sobol.get(0);
    }
}
