package org.countysim.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.countysim.result.Summary;

/** Which units a per-unit chart draws when there are too many: the largest by median GDP at the horizon. */
final class LargestUnits {
    private LargestUnits() {}

    /** Unit indices in their original order, at most {@code max} of them. */
    static List<Integer> atHorizon(Summary summary, int max) {
        int horizon = summary.unitYears().stream()
                .mapToInt(Summary.UnitYear::year)
                .max()
                .orElse(0);
        List<Summary.UnitYear> last =
                summary.unitYears().stream().filter(u -> u.year() == horizon).toList();
        if (last.size() <= max) {
            return IntStream.range(0, last.size()).boxed().toList();
        }
        return last.stream()
                .sorted(Comparator.comparingDouble((Summary.UnitYear u) -> -u.quantiles()[Summary.MEDIAN])
                        .thenComparingInt(Summary.UnitYear::unit))
                .limit(max)
                .map(Summary.UnitYear::unit)
                .sorted()
                .toList();
    }

    static String note(ChartStyle style, int shown, int all) {
        return shown < all
                ? style.t(
                        "；仅绘出中位数最大的 " + shown + " 个（共 " + all + " 个，全部见 counties.csv）",
                        "; the " + shown + " largest of " + all + " units (all in counties.csv)")
                : "";
    }
}
