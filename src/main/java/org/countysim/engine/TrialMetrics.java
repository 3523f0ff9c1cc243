package org.countysim.engine;

import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.model.Targets;
import org.countysim.model.TierOutcome;

/**
 * The per-trial outcomes that comparisons, sweeps, solve and attribution work on, in the order of
 * {@link org.countysim.result.MetricIds}: per band n_k (units in the band), then per band N_k (units at or above
 * the threshold), then per band met_k (N_k ≥ T_k), then per band exact_k (n_k = t_k), then all met, the exact
 * structure, and the city total GDP at the horizon. Counted by {@link TierOutcome#count}, the same function the
 * tests check by hand and by property.
 */
public final class TrialMetrics {
    private final CompiledModel model;
    private final Targets targets;
    private final double[] gdp;
    private final int[] inBand;
    private final int[] reaching;

    public TrialMetrics(CompiledModel model) {
        this.model = model;
        this.targets = model.targets();
        this.gdp = new double[model.unitCount()];
        this.inBand = new int[model.bandCount() + 1];
        this.reaching = new int[model.bandCount()];
    }

    public static int size(int bands) {
        return 4 * bands + 3;
    }

    /** Lane r's metrics. */
    public void extract(ChunkModel chunk, int r, double[] out) {
        int bands = model.bandCount();
        int years = model.years();
        double city = 0;
        for (int c = 0; c < gdp.length; c++) {
            gdp[c] = chunk.gdp(c, years, r);
            city += gdp[c];
        }
        TierOutcome.count(gdp, gdp.length, model.thresholds(), inBand, reaching);
        for (int k = 0; k < bands; k++) {
            out[k] = inBand[k];
            out[bands + k] = reaching[k];
            out[2 * bands + k] = targets.met(k, reaching[k]) ? 1 : 0;
            out[3 * bands + k] = targets.exact(k, inBand[k]) ? 1 : 0;
        }
        out[4 * bands] = TierOutcome.allMet(targets, reaching) ? 1 : 0;
        out[4 * bands + 1] = TierOutcome.exactAll(targets, inBand) ? 1 : 0;
        out[4 * bands + 2] = city;
    }
}
