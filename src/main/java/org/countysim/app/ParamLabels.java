package org.countysim.app;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.countysim.report.ParamAxis;
import org.countysim.scenario.Scenario;

/**
 * Readable names for scenario paths on chart axes: {@code interventions[tech-upgrade].quantity} becomes
 * "技术改造（…）：每年数量" (the intervention's label) or "tech-upgrade: quantity a year" without a CJK font.
 * Unknown paths keep their path.
 */
final class ParamLabels {
    private static final Pattern INTERVENTION = Pattern.compile("interventions\\[([^\\]]+)\\]\\.(.+)");
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("quantity", List.of("每年数量", "quantity a year")),
            Map.entry("count", List.of("每单位项目数", "projects per unit")),
            Map.entry("unit_cost", List.of("单位成本（亿元）", "unit cost (100M yuan)")),
            Map.entry("return", List.of("回报率", "return rate")),
            Map.entry("unit_output", List.of("单位年产出（亿元）", "output per unit a year (100M yuan)")),
            Map.entry("demand_multiplier", List.of("需求乘数", "demand multiplier")),
            Map.entry("output", List.of("产出（亿元）", "output (100M yuan)")),
            Map.entry("va_ratio", List.of("增加值率", "value-added ratio")),
            Map.entry("additionality", List.of("额外性", "additionality")),
            Map.entry("success", List.of("成功概率", "success probability")),
            Map.entry("start", List.of("投产年份", "start year")),
            Map.entry("lag", List.of("滞后年数", "lag (years)")),
            Map.entry("build_years", List.of("建设年数", "build years")),
            Map.entry("delta", List.of("增速调整", "growth adjustment")),
            Map.entry("universe_share", List.of("落入各单位的份额", "share landing in the units")),
            Map.entry("years.from", List.of("起始年份", "first year")),
            Map.entry("years.to", List.of("结束年份", "last year")));
    private static final Map<String, List<String>> TOP = Map.of(
            "trend.real_growth", List.of("趋势实际增速", "trend real growth"),
            "shocks.common_sd", List.of("共同冲击标准差", "common shock SD"),
            "shocks.unit_sd", List.of("单位冲击标准差", "unit shock SD"),
            "shocks.rho", List.of("单位冲击持续性 ρ", "unit shock persistence (rho)"),
            "deflator", List.of("GDP 平减指数", "GDP deflator"));

    private ParamLabels() {}

    static ParamAxis of(Scenario scenario, String path) {
        String p = path.strip();
        if (TOP.containsKey(p)) {
            return new ParamAxis(p, TOP.get(p).get(0), TOP.get(p).get(1));
        }
        Matcher m = INTERVENTION.matcher(p);
        if (m.matches() && FIELDS.containsKey(m.group(2))) {
            Scenario.Intervention i = intervention(scenario, m.group(1));
            if (i != null) {
                List<String> field = FIELDS.get(m.group(2));
                return new ParamAxis(p, i.label() + "：" + field.get(0), i.id() + ": " + field.get(1));
            }
        }
        return new ParamAxis(p, p, p);
    }

    /** The intervention an index or id in brackets refers to, or null. */
    private static Scenario.Intervention intervention(Scenario scenario, String ref) {
        List<Scenario.Intervention> all = scenario.interventions();
        if (ref.matches("[0-9]+")) {
            int i = Integer.parseInt(ref);
            return i < all.size() ? all.get(i) : null;
        }
        return all.stream().filter(x -> x.id().equals(ref)).findFirst().orElse(null);
    }
}
