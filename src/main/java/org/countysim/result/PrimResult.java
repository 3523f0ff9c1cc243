package org.countysim.result;

import java.util.List;

/**
 * Scenario discovery by PRIM (Friedman and Fisher 1999) on a run's trials: boxes of factor values where a condition
 * (all targets met, a target met) is concentrated, model.md §8.
 *
 * @param condition   the output id of the condition ({@code all_met}, {@code met_1000})
 * @param trials      trials the boxes were found on
 * @param hits        trials meeting the condition
 * @param factors     the dimensions, in the order of the limits
 * @param trajectory  the peeling trajectory, from the whole space to the smallest box
 * @param chosen      the box stated as rules: picked on the trajectory, pasted, and stripped of limits that hardly
 *                    change its density
 * @param chosenStep  the trajectory step the chosen box was picked at
 * @param given       with evidence, the weighted trials the shares rest on (model.md §11); null without
 */
public record PrimResult(
        String condition,
        String conditionLabel,
        String conditionLabelZh,
        long trials,
        long hits,
        List<Factor> factors,
        List<Box> trajectory,
        Box chosen,
        int chosenStep,
        double minCoverage,
        Conditioned given) {
    public PrimResult {
        factors = List.copyOf(factors);
        trajectory = List.copyOf(trajectory);
    }

    /** PRIM on unweighted trials. */
    public PrimResult(
            String condition,
            String conditionLabel,
            String conditionLabelZh,
            long trials,
            long hits,
            List<Factor> factors,
            List<Box> trajectory,
            Box chosen,
            int chosenStep,
            double minCoverage) {
        this(
                condition,
                conditionLabel,
                conditionLabelZh,
                trials,
                hits,
                factors,
                trajectory,
                chosen,
                chosenStep,
                minCoverage,
                null);
    }

    /**
     * A box: lower and upper limits per factor (±∞ where it does not restrict). With evidence (model.md §11) the
     * shares are of the trials' likelihood weights; {@code trials} and {@code hits} stay counts.
     *
     * @param coverage the share of the condition's trials inside the box
     * @param density  the share of the box's trials meeting the condition
     * @param mass     the share of all trials inside the box (its support)
     * @param ess      the box's effective sample size (Σw)²/Σw²: its trials without evidence
     */
    public record Box(
            double[] lower,
            double[] upper,
            long trials,
            long hits,
            double coverage,
            double density,
            double mass,
            double ess) {
        /** A box of unweighted trials. */
        public Box(
                double[] lower, double[] upper, long trials, long hits, double coverage, double density, double mass) {
            this(lower, upper, trials, hits, coverage, density, mass, trials);
        }

        public boolean restricts(int factor) {
            return lower[factor] != Double.NEGATIVE_INFINITY || upper[factor] != Double.POSITIVE_INFINITY;
        }

        public int restrictedCount() {
            int n = 0;
            for (int j = 0; j < lower.length; j++) {
                n += restricts(j) ? 1 : 0;
            }
            return n;
        }
    }

    /** Whether a box is stated: the chosen box limits some factor (else the rule says why no box can be). */
    public boolean statesBox() {
        return chosen.restrictedCount() > 0;
    }

    /** P(condition) over all the trials (weighted by the evidence when there is some): the first box's density. */
    public double baseRate() {
        return trajectory.get(0).density();
    }
}
