package org.countysim.engine;

import org.countysim.model.Bands;
import org.countysim.model.CompiledModel;
import org.countysim.model.TrialModel;
import org.countysim.result.Tally;

/** Records one trial's GDP paths into a tally (counts, sketches) and a block's sums. */
final class TrialRecorder {
    private final CompiledModel model;
    private final int units;
    private final int years;
    private final double[] thresholds;
    private final int[] targets;
    private final int[] exclusive;

    TrialRecorder(CompiledModel model) {
        this.model = model;
        this.units = model.unitCount();
        this.years = model.years();
        this.thresholds = model.thresholds();
        this.targets = model.targets();
        this.exclusive = new int[thresholds.length + 1];
    }

    void record(TrialModel trial, long trialIndex, Tally tally, double[] sum, double[] squares) {
        tally.addTrial();
        for (int t = 0; t <= years; t++) {
            double city = 0;
            java.util.Arrays.fill(exclusive, 0);
            for (int c = 0; c < units; c++) {
                double y = trial.gdp(c, t);
                add(tally, tally.variable(c, t), y, sum, squares);
                int band = Bands.exclusive(y, thresholds);
                tally.addUnitBand(c, t, band);
                exclusive[band]++;
                city += y;
            }
            add(tally, tally.variable(units, t), city, sum, squares);
            if (t == years) {
                countTiers(tally);
            }
        }
    }

    private static void add(Tally tally, int v, double y, double[] sum, double[] squares) {
        tally.addValue(v, y);
        sum[v] += y;
        squares[v] += y * y;
    }

    /** n_k per band, exclusive and cumulative (a unit counts in every band whose threshold it reaches). */
    private void countTiers(Tally tally) {
        boolean allExclusive = true;
        boolean allCumulative = true;
        int cumulative = 0;
        for (int k = 0; k < thresholds.length; k++) {
            cumulative += exclusive[k];
            tally.addCount(Tally.EXCLUSIVE, k, exclusive[k]);
            tally.addCount(Tally.CUMULATIVE, k, cumulative);
            allExclusive &= exclusive[k] >= targets[k];
            allCumulative &= cumulative >= targets[k];
        }
        if (allExclusive) {
            tally.addAllMet(Tally.EXCLUSIVE);
        }
        if (allCumulative) {
            tally.addAllMet(Tally.CUMULATIVE);
        }
    }
}
