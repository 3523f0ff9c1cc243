package org.countysim.data;

import java.util.List;
import java.util.Locale;

/**
 * How well the projected units' baselines are known (model.md §1.1): exact figures, figures rounded by the
 * source, bands drawn per trial, and estimates; plus how many units had sectors filled from shares.
 */
public record DataQuality(
        int units, int exact, int rounded, int banded, int estimated, int sectorsFilled, String sharesNote) {

    public static DataQuality of(List<BaselineUnit> units, int sectorsFilled, String sharesNote) {
        int exact = 0;
        int rounded = 0;
        int banded = 0;
        int estimated = 0;
        for (BaselineUnit u : units) {
            String status = u.status().toLowerCase(Locale.ROOT);
            if (status.equals("estimate")) {
                estimated++;
            } else if (u.isBanded() && !status.equals("rounded")) {
                banded++;
            } else if (status.equals("rounded")) {
                rounded++;
            } else {
                exact++;
            }
        }
        return new DataQuality(units.size(), exact, rounded, banded, estimated, sectorsFilled, sharesNote);
    }

    public String line() {
        return String.format(
                Locale.ROOT,
                "data quality: %d units — %d exact, %d rounded, %d banded, %d estimated;"
                        + " sectors filled from shares for %d%s",
                units,
                exact,
                rounded,
                banded,
                estimated,
                sectorsFilled,
                sectorsFilled > 0 && !sharesNote.isEmpty() ? " (" + sharesNote + ")" : "");
    }
}
