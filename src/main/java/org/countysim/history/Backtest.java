package org.countysim.history;

import java.util.List;

/**
 * A backtest's result: every actual scored, the fans it was scored against, and the totals over actuals.
 *
 * @param notes what a reader must know (e.g. how the city was projected)
 */
public record Backtest(int baseYear, long trials, long seed, List<Score> scores, List<Fan> fans, List<String> notes) {
    public Backtest {
        scores = List.copyOf(scores);
        fans = List.copyOf(fans);
        notes = List.copyOf(notes);
    }

    /** Totals over the actuals: points for the PIT, every actual for coverage and CRPS (bands by their shares). */
    public record Totals(
            int actuals,
            int points,
            double meanPit,
            double inside90,
            double inside50,
            double meanCrps,
            double meanRelativeCrps) {}

    public Totals totals() {
        int points = 0;
        double pit = 0;
        double in90 = 0;
        double in50 = 0;
        double crps = 0;
        double relative = 0;
        for (Score s : scores) {
            if (!s.actual().isBand()) {
                points++;
                pit += s.pit();
            }
            in90 += s.inside90();
            in50 += s.inside50();
            crps += s.crps();
            relative += s.crps() / s.actual().value();
        }
        int n = scores.size();
        return new Totals(
                n, points, points == 0 ? Double.NaN : pit / points, in90 / n, in50 / n, crps / n, relative / n);
    }
}
