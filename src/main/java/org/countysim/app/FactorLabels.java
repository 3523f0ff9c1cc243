package org.countysim.app;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.countysim.report.ParamAxis;
import org.countysim.result.Factor.Scale;
import org.countysim.scenario.Scenario;

/**
 * Readable names of factors, from their stream keys: the intervention's label shortened to its name before any
 * parenthesis ("三百工程：产出（亿元）"), the field's name, and how its values read (a percentage, 亿元, a year).
 */
final class FactorLabels {
    private static final Pattern FIELD = Pattern.compile("interventions\\[[^\\]]+\\]\\.(.+)");
    private static final Pattern DEFLATOR_YEAR = Pattern.compile("deflator\\.([0-9]{4})");
    private static final Pattern PER_UNIT = Pattern.compile("(.+)\\[(.+)\\]");
    private static final Map<String, Scale> SCALES = Map.ofEntries(
            Map.entry("output", Scale.YI),
            Map.entry("capex", Scale.YI),
            Map.entry("unit_cost", Scale.YI),
            Map.entry("unit_output", Scale.YI),
            Map.entry("va_ratio", Scale.PERCENT),
            Map.entry("additionality", Scale.PERCENT),
            Map.entry("return", Scale.PERCENT),
            Map.entry("delta", Scale.PERCENT),
            Map.entry("start", Scale.YEAR));

    /** Fields sweep's axis names do not cover. */
    private static final Map<String, String[]> EXTRA = Map.of(
            "capex", new String[] {"投资（亿元）", "capex (100M yuan)"},
            "trend_quantity", new String[] {"趋势内已有数量", "quantity already in the trend"});

    private FactorLabels() {}

    record Label(String zh, String en, Scale scale) {}

    static Label of(Scenario sc, String key) {
        Matcher year = DEFLATOR_YEAR.matcher(key);
        if (year.matches()) {
            return new Label(year.group(1) + "年GDP平减指数", "GDP deflator " + year.group(1), Scale.PERCENT);
        }
        Matcher perUnit = PER_UNIT.matcher(key);
        if (perUnit.matches() && !key.startsWith("interventions[")) {
            Label base = of(sc, perUnit.group(1));
            return new Label(
                    base.zh() + "（" + perUnit.group(2) + "）", base.en() + " (" + perUnit.group(2) + ")", base.scale());
        }
        Matcher field = FIELD.matcher(key);
        if (field.matches() && field.group(1).equals("success")) {
            ParamAxis a = ParamLabels.of(sc, key.replace(".success", ".output"));
            return new Label(
                    shortZh(a.zh()).replaceFirst("：.*", "：项目是否成功"),
                    a.en().replaceFirst(": .*", ": whether each project succeeds"),
                    Scale.PLAIN);
        }
        if (field.matches() && EXTRA.containsKey(field.group(1))) {
            ParamAxis a = ParamLabels.of(sc, key.replaceFirst("\\.[a-z_]+$", ".output"));
            String[] names = EXTRA.get(field.group(1));
            return new Label(
                    shortZh(a.zh()).replaceFirst("：.*", "：" + names[0]),
                    a.en().replaceFirst(": .*", ": " + names[1]),
                    SCALES.getOrDefault(field.group(1), Scale.PLAIN));
        }
        ParamAxis a = ParamLabels.of(sc, key);
        Scale scale = field.matches()
                ? SCALES.getOrDefault(field.group(1), Scale.PLAIN)
                : key.startsWith("trend.") || key.startsWith("deflator") || key.endsWith("_sd")
                        ? Scale.PERCENT
                        : Scale.PLAIN;
        if (key.startsWith("trend.sector_offset.")) {
            String s = key.substring("trend.sector_offset.".length());
            return new Label("趋势增速行业调整（" + s + "）", "trend sector offset (" + s + ")", Scale.PERCENT);
        }
        return new Label(shortZh(a.zh()), a.en(), scale);
    }

    /** The shocks group, or one of its members when they are split. */
    static Label shocks(String id) {
        return switch (id) {
            case "shocks.common" -> new Label("共同冲击（各年）", "common shock (each year)", Scale.PLAIN);
            case "shocks.unit" -> new Label("单位冲击（各单位各年）", "unit shocks (each unit and year)", Scale.PLAIN);
            case FactorCatalog.SHOCKS ->
                new Label("年度与单位冲击（共同、单位、平减指数）", "year and unit shocks (common, unit, deflator)", Scale.PLAIN);
            default ->
                new Label("GDP平减指数（无单列因素的年份）", "GDP deflator (the years without a factor of their own)", Scale.PERCENT);
        };
    }

    /** "三百工程（百亿产业·…）：产出" → "三百工程：产出": the label's parenthesis is too long for a chart row. */
    private static String shortZh(String zh) {
        return zh.replaceFirst("（[^）]*）：", "：");
    }
}
