package org.countysim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code countysim sensitivity} was asked to do.
 *
 * @param metric        the tornado's metric ({@code p_all_met}, any id of sweep)
 * @param output        the Sobol analysis' per-trial output ({@code all_met}, {@code city_gdp}, …)
 * @param samples       N, base samples of the Saltelli design (N(k + 2) model evaluations)
 * @param tornadoTrials trials per tornado arm, or null for the scenario's
 * @param factors       the factors to rank (empty: all); in the Sobol design the others are pooled as one group
 * @param condition     the binary output PRIM looks for ({@code all_met}, {@code met_1000})
 * @param minCoverage   PRIM picks the densest box with at least this coverage
 * @param exportName    a file name for the per-trial export in the output folder, or null
 * @param exportTrials  trials to export, or null for the scenario's
 */
public record SensitivityRequest(
        Path scenario,
        Options options,
        Set<Method> methods,
        String metric,
        String output,
        int samples,
        Long tornadoTrials,
        int resamples,
        List<String> factors,
        boolean splitShocks,
        String condition,
        double minCoverage,
        String exportName,
        Long exportTrials,
        Progress progress) {
    public SensitivityRequest {
        methods = Set.copyOf(methods);
        factors = List.copyOf(factors);
    }

    /** The analyses a sensitivity run can make. */
    public enum Method {
        TORNADO,
        SOBOL,
        PRIM
    }

    public boolean has(Method m) {
        return methods.contains(m);
    }
}
