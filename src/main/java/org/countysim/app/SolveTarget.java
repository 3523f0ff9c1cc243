package org.countysim.app;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.countysim.CountySimException;
import org.countysim.model.Measure;
import org.countysim.model.Metric;
import org.countysim.model.MetricSet;
import org.countysim.util.Suggest;

/**
 * What a solve aims at: a metric (the ids of sweep and compare: {@code p_all_met}, {@code p_met_300},
 * {@code mean_count_300}, {@code city_gdp}; or the short forms {@code P(all)} and {@code P(300)}), a comparison
 * and a level, e.g. {@code p_met_300>=0.72}.
 *
 * @param op one of {@code >=}, {@code >}, {@code <=}, {@code <}
 */
public record SolveTarget(String text, Metric metric, String op, double level) {
    private static final Pattern FORM = Pattern.compile("\\s*(P\\(\\s*(all|[0-9]+(?:\\.[0-9]+)?)\\s*\\)"
            + "|[a-z][a-z0-9_]*)\\s*(>=|>|<=|<)\\s*(-?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*");

    /** Reads the --target text; the metric is checked against those the scenario reports. */
    public static SolveTarget parse(String text, MetricSet metrics) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new CountySimException("--target '" + text + "': write METRIC>=LEVEL, e.g. p_all_met>=0.8 or"
                    + " P(all)>=0.8, or P(300)>=0.5 for the band whose threshold is 300");
        }
        String id = m.group(2) == null ? m.group(1) : shortForm(m.group(2), metrics);
        Metric metric = metrics.find(id);
        if (metric == null) {
            throw new CountySimException("--target '" + text + "': the scenario has no metric '" + id + "'"
                    + Suggest.hint(id, metrics.ids()) + "; write METRIC>=LEVEL with one of "
                    + String.join(", ", metrics.ids()) + ", or P(all)>=0.8, P(300)>=0.5 for short");
        }
        double level = Double.parseDouble(m.group(4));
        if (metric.isProbability() && (level < 0 || level > 1)) {
            throw new CountySimException("--target '" + text + "': a probability lies in [0, 1], got " + level);
        }
        return new SolveTarget(text.strip(), metric, m.group(3), level);
    }

    /** P(all): all targets met; P(300): the target of the band whose threshold is 300 (its id, found or not). */
    private static String shortForm(String inside, MetricSet metrics) {
        return inside.equals("all") ? metrics.of(Measure.ALL_MET).id() : Measure.MET.idAt(Double.parseDouble(inside));
    }

    public boolean isProbability() {
        return metric.isProbability();
    }

    /** Whether a value meets the target. */
    public boolean reached(double value) {
        return switch (op) {
            case ">=" -> value >= level;
            case ">" -> value > level;
            case "<=" -> value <= level;
            default -> value < level;
        };
    }

    /** How far a value lies on the meeting side of the level (negative: on the missing side). */
    public double margin(double value) {
        return op.startsWith(">") ? value - level : level - value;
    }

    /** Met by more than 2 standard errors. */
    public boolean clearlyReached(double value, double se) {
        return margin(value) - 2 * se >= 0 && reached(value);
    }

    /** Missed by more than 2 standard errors. */
    public boolean clearlyMissed(double value, double se) {
        return margin(value) + 2 * se < 0;
    }

    /** The canonical form, with the metric's id: {@code p_all_met>=0.02}. */
    public String canonical() {
        return metric.id() + op + String.format(Locale.ROOT, "%s", level);
    }
}
