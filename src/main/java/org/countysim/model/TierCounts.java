package org.countysim.model;

/**
 * One trial's tier counts at the horizon and its city total: what every per-trial metric ({@link Measure}) is
 * computed from. The arrays are reused trial after trial (the engine counts millions of trials), so this is a
 * scratch holder, not a value.
 */
public final class TierCounts {
    private final double[] thresholds;
    private final Targets targets;
    private final int[] inBand;
    private final int[] reaching;
    private double cityGdp;

    public TierCounts(double[] thresholds, Targets targets) {
        this.thresholds = thresholds.clone();
        this.targets = targets;
        this.inBand = new int[thresholds.length + 1];
        this.reaching = new int[thresholds.length];
    }

    /** Counts the first {@code units} GDPs of {@code gdp} (by {@link TierOutcome#count}) and adds up the city. */
    public void count(double[] gdp, int units) {
        TierOutcome.count(gdp, units, thresholds, inBand, reaching);
        double city = 0;
        for (int c = 0; c < units; c++) {
            city += gdp[c];
        }
        cityGdp = city;
    }

    /** n_k: units in band k. */
    int inBand(int k) {
        return inBand[k];
    }

    /** N_k: units at or above threshold k. */
    int reaching(int k) {
        return reaching[k];
    }

    boolean met(int k) {
        return targets.met(k, reaching[k]);
    }

    boolean exact(int k) {
        return targets.exact(k, inBand[k]);
    }

    boolean allMet() {
        return TierOutcome.allMet(targets, reaching);
    }

    boolean exactAll() {
        return TierOutcome.exactAll(targets, inBand);
    }

    double cityGdp() {
        return cityGdp;
    }
}
