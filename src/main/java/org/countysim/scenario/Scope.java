package org.countysim.scenario;

import java.util.Locale;

/** How often an uncertain quantity is drawn (model.md §5). */
public enum Scope {
    /** Once per trial: an epistemic uncertainty that sensitivity analysis ranks. */
    TRIAL,
    /** Once per projected year. */
    YEAR,
    /** Once per unit per trial. */
    COUNTY,
    /** Once per unit and projected year. */
    COUNTY_YEAR;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Scope fromKey(String key) {
        for (Scope s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
