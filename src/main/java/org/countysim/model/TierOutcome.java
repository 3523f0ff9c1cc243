package org.countysim.model;

/**
 * One trial's tiers at the horizon (model.md §4): per band k, n_k units in the exclusive band and N_k units at
 * or above the threshold; met_k = N_k ≥ T_k, exact_k = n_k = t_k; all met, and the exact structure.
 *
 * <p>All met is the same as "the units' GDPs sorted from the largest reach the structure": the T_k-th largest
 * is at or above threshold k for every k. Raising a unit's GDP can only raise N_k, so it never unmeets a
 * target; exact_k has no such property (a unit that moves up leaves its band).
 *
 * @param inBand   n_k for k = 0..bands−1, then the units below every threshold
 * @param reaching N_k
 */
public record TierOutcome(
        int[] inBand, int[] reaching, boolean[] met, boolean[] exact, boolean allMet, boolean exactAll) {

    /** The outcome of a trial whose units end with these GDPs (thresholds descending). */
    public static TierOutcome of(double[] gdp, double[] thresholds, Targets targets) {
        int bands = thresholds.length;
        int[] inBand = new int[bands + 1];
        int[] reaching = new int[bands];
        count(gdp, gdp.length, thresholds, inBand, reaching);
        boolean[] met = new boolean[bands];
        boolean[] exact = new boolean[bands];
        for (int k = 0; k < bands; k++) {
            met[k] = targets.met(k, reaching[k]);
            exact[k] = targets.exact(k, inBand[k]);
        }
        return new TierOutcome(inBand, reaching, met, exact, allMet(targets, reaching), exactAll(targets, inBand));
    }

    /**
     * The counts of the first {@code units} values of {@code gdp}, into arrays the caller owns (the engine reuses
     * them trial after trial): n_k from each value's exclusive band, N_k as the running sum of n_0..n_k.
     */
    public static void count(double[] gdp, int units, double[] thresholds, int[] inBand, int[] reaching) {
        java.util.Arrays.fill(inBand, 0);
        for (int c = 0; c < units; c++) {
            inBand[Bands.exclusive(gdp[c], thresholds)]++;
        }
        int running = 0;
        for (int k = 0; k < thresholds.length; k++) {
            running += inBand[k];
            reaching[k] = running;
        }
    }

    public static boolean allMet(Targets targets, int[] reaching) {
        boolean all = true;
        for (int k = 0; k < targets.bands(); k++) {
            all &= targets.met(k, reaching[k]);
        }
        return all;
    }

    public static boolean exactAll(Targets targets, int[] inBand) {
        boolean all = true;
        for (int k = 0; k < targets.bands(); k++) {
            all &= targets.exact(k, inBand[k]);
        }
        return all;
    }
}
