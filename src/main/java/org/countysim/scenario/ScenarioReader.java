package org.countysim.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countysim.data.Sector;
import org.countysim.data.TextFiles;
import org.countysim.model.CountingMode;
import org.countysim.model.TargetForm;
import org.countysim.scenario.Scenario.Band;
import org.countysim.scenario.Scenario.Intervention;
import org.countysim.scenario.Scenario.Tiers;
import org.countysim.scenario.Scenario.UnitSelection;
import org.countysim.scenario.Scenario.YearRange;
import org.countysim.scenario.YNode.YMap;

/**
 * Reads a scenario file (after {@code --set} overrides) into a {@link Scenario}, checking its form:
 * unknown keys, types, distribution parameters, years. Checks against the baseline (unit names) happen
 * in {@link ScenarioCompiler}. All problems are collected and thrown together.
 */
public final class ScenarioReader {
    static final List<String> TOP = List.of(
            "name",
            "title",
            "description",
            "data",
            "universe",
            "base_year",
            "horizon",
            "simulation",
            "tiers",
            "trend",
            "shocks",
            "deflator",
            "interventions",
            "evidence");
    static final double[] DEFAULT_RAMP = {0.4, 0.8, 1.0};
    static final int MAX_PROJECTS_PER_UNIT = 10;
    /** Projections further out than this are not what the model is for (and their tallies would be large). */
    static final int MAX_YEARS = 100;

    private final Problems problems = new Problems();
    private final NodeReader in = new NodeReader(problems);
    private final ParamReader params = new ParamReader(in);
    private final InterventionReader interventionReader = new InterventionReader(in, params);

    private ScenarioReader() {}

    /** Reads the file and applies overrides given as {@code path=value}. */
    public static Scenario read(Path file, List<String> overrides) {
        return load(file).read(overrides);
    }

    /** A scenario file read and parsed once: a command that runs many variants of it reads it from here. */
    public record Source(Path file, YNode root, String sha256) {
        /** The document with --set overrides applied, before it is read: for checking parameter paths. */
        public YNode document(List<String> overrides) {
            return Overrides.apply(root, overrides);
        }

        /** The scenario with overrides given as {@code path=value} text (--set). */
        public Scenario read(List<String> overrides) {
            return new ScenarioReader().scenario(Overrides.apply(root, overrides), file, sha256);
        }

        /** The scenario with --set overrides, then numbers the code chose for some paths (in the order given). */
        public Scenario read(List<String> overrides, Map<String, Double> numbers) {
            YNode doc = Overrides.apply(root, overrides);
            for (Map.Entry<String, Double> n : numbers.entrySet()) {
                doc = Overrides.setNumber(doc, n.getKey(), n.getValue());
            }
            return new ScenarioReader().scenario(doc, file, sha256);
        }
    }

    /** Reads and parses the file once (with the size bounds of every scenario read). */
    public static Source load(Path file) {
        byte[] bytes = TextFiles.readBytes(file, "scenario file", YamlTree.MAX_BYTES);
        return new Source(file, parse(file, bytes), TextFiles.sha256(bytes));
    }

    /** The scenario document with overrides applied, before it is read: for checking parameter paths. */
    public static YNode document(Path file, List<String> overrides) {
        byte[] bytes = TextFiles.readBytes(file, "scenario file", YamlTree.MAX_BYTES);
        return Overrides.apply(parse(file, bytes), overrides);
    }

    private static YNode parse(Path file, byte[] bytes) {
        return YamlTree.parse(TextFiles.decode(bytes, StandardCharsets.UTF_8, file), file.toString());
    }

    Scenario scenario(YNode rootNode, Path file, String sha256) {
        YMap root = in.map(rootNode).orElse(null);
        if (root == null) {
            problems.throwIfAny();
        }
        in.allowOnly(root, TOP);
        String name = name(root, file);
        int baseYear = (int) in.integer(root, "base_year", 0, 1900, 2200);
        int horizon = (int) in.integer(root, "horizon", 0, 1900, 2300);
        requireKey(root, "base_year");
        requireKey(root, "horizon");
        if (baseYear > 0 && horizon > 0 && horizon <= baseYear) {
            problems.add(root.get("horizon"), "horizon " + horizon + " must come after the base year " + baseYear);
        } else if (baseYear > 0 && horizon - baseYear > MAX_YEARS) {
            problems.add(
                    root.get("horizon"),
                    "horizon " + horizon + " is more than " + MAX_YEARS + " years after the base year " + baseYear);
        }
        long[] sim = simulation(root);
        Scenario.DataSpec data = data(root, file);
        Scenario.Universe universe = universe(root);
        Tiers tiers = tiers(root);
        Scenario.Trend trend = trend(root);
        Scenario.Shocks shocks = shocks(root);
        Scenario.Deflator deflator = has(root, "deflator")
                ? new DeflatorReader(in, params).read(root.get("deflator"), baseYear, horizon)
                : Scenario.Deflator.of(Param.fixed("deflator", 0));
        List<Intervention> interventions = interventionReader.readAll(root.get("interventions"));
        String title = in.label(root, "title", name);
        List<Scenario.Observation> evidence = has(root, "evidence")
                ? new EvidenceReader(in).read(root.get("evidence"), baseYear, horizon)
                : List.of();
        problems.throwIfAny();
        return new Scenario(
                name,
                title,
                file,
                sha256,
                data,
                universe,
                baseYear,
                horizon,
                sim[0],
                sim[1],
                tiers,
                trend,
                shocks,
                deflator,
                interventions,
                evidence);
    }

    private boolean has(YMap map, String key) {
        return in.has(map, key);
    }

    private void requireKey(YMap map, String key) {
        if (!has(map, key)) {
            problems.add(map, "missing required key '" + key + "'");
        }
    }

    private String name(YMap root, Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = in.text(root, "name", stem);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            problems.add(
                    root.get("name") == null ? root : root.get("name"),
                    "name '" + name
                            + "' names the output folder: use letters, digits, '.', '_' and '-' only (no '/' or '..')");
        }
        return name;
    }

    private long[] simulation(YMap root) {
        long[] out = {10_000, 20240930L};
        if (has(root, "simulation")) {
            in.map(root.get("simulation")).ifPresent(m -> {
                in.allowOnly(m, List.of("trials", "seed"));
                out[0] = in.integer(m, "trials", out[0], 1, 1_000_000_000L);
                out[1] = in.integer(m, "seed", out[1], Long.MIN_VALUE + 1, Long.MAX_VALUE);
            });
        }
        return out;
    }

    private Scenario.DataSpec data(YMap root, Path file) {
        YNode node = in.required(root, "data");
        if (node == null) {
            return null;
        }
        YMap m = in.map(node).orElse(null);
        if (m == null) {
            return null;
        }
        in.allowOnly(m, List.of("baseline", "sector_shares", "band_draw", "encoding"));
        YNode baselineNode = in.required(m, "baseline");
        Path dir = file.toAbsolutePath().getParent();
        Path baseline = baselineNode == null ? null : baselinePath(baselineNode, dir);
        double[] shares = null;
        String note = "";
        if (has(m, "sector_shares")) {
            YMap s = in.map(m.get("sector_shares")).orElse(null);
            if (s != null) {
                List<String> allowed = new ArrayList<>(sectorKeys());
                allowed.addAll(ParamReader.NOTE_KEYS);
                in.allowOnly(s, allowed);
                shares = sectorShares(s);
                note = in.text(s, "source", "");
            }
        }
        String draw = in.choice(m, "band_draw", "uniform", List.of("uniform", "triangular"));
        return new Scenario.DataSpec(
                baseline,
                shares,
                note,
                draw.equals("uniform") ? Scenario.BandDraw.UNIFORM : Scenario.BandDraw.TRIANGULAR,
                in.text(m, "encoding", "auto"));
    }

    /** The baseline's path, relative to the scenario's folder; null after a problem (e.g. a NUL in it). */
    private Path baselinePath(YNode node, Path dir) {
        try {
            return dir.resolve(in.text(node)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(node, "not a valid file path: " + e.getReason());
            return null;
        }
    }

    private double[] sectorShares(YMap s) {
        double[] shares = new double[Sector.COUNT];
        double sum = 0;
        for (Sector sector : Sector.values()) {
            YNode v = in.required(s, sector.key());
            shares[sector.ordinal()] = v == null ? 0 : in.number(v);
            if (shares[sector.ordinal()] < 0) {
                problems.add(v, "a sector share must not be negative");
            }
            sum += shares[sector.ordinal()];
        }
        if (Math.abs(sum - 1) > 0.01) {
            problems.add(s, "sector shares must sum to 1 (within 0.01), got " + sum);
            return null;
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        return shares;
    }

    private Scenario.Universe universe(YMap root) {
        if (!has(root, "universe")) {
            return new Scenario.Universe(List.of(), List.of(), List.of(), Map.of());
        }
        YMap m = in.map(root.get("universe")).orElse(null);
        if (m == null) {
            return null;
        }
        in.allowOnly(m, List.of("kinds", "units", "exclude", "fold", "counted_inside", "note"));
        List<String> kinds = has(m, "kinds") ? in.texts(m.get("kinds")) : List.of();
        List<String> units = has(m, "units") ? in.texts(m.get("units")) : List.of();
        List<String> exclude = has(m, "exclude") ? in.texts(m.get("exclude")) : List.of();
        List<String> inside = has(m, "counted_inside") ? in.texts(m.get("counted_inside")) : List.of();
        Map<String, String> fold = new LinkedHashMap<>();
        if (has(m, "fold")) {
            in.map(m.get("fold")).ifPresent(f -> f.entries().forEach((zone, host) -> fold.put(zone, in.text(host))));
        }
        return new Scenario.Universe(kinds, units, exclude, fold, inside);
    }

    private Tiers tiers(YMap root) {
        YNode node = in.required(root, "tiers");
        YMap m = node == null ? null : in.map(node).orElse(null);
        if (m == null) {
            return null;
        }
        in.allowOnly(m, List.of("counting", "targets", "bands", "source", "note"));
        CountingMode counting = in.choice(m, "counting", CountingMode.CUMULATIVE, CountingMode.class);
        TargetForm form = in.choice(m, "targets", TargetForm.BANDS, TargetForm.class);
        List<Band> bands = new ArrayList<>();
        YNode bandsNode = in.required(m, "bands");
        if (bandsNode != null) {
            in.list(bandsNode)
                    .ifPresent(l -> l.items()
                            .forEach(item -> in.map(item).ifPresent(b -> {
                                in.allowOnly(b, List.of("threshold", "target", "name", "source", "note"));
                                YNode t = in.required(b, "threshold");
                                double threshold = t == null ? Double.NaN : in.number(t);
                                if (threshold <= 0) {
                                    problems.add(t, "a threshold must be positive (亿元)");
                                }
                                int target = (int) in.integer(b, "target", 0, 0, 100_000);
                                requireKey(b, "target");
                                bands.add(new Band(in.label(b, "name", ""), threshold, target));
                            })));
        }
        bands.sort((a, b) -> Double.compare(b.thresholdYi(), a.thresholdYi()));
        Set<Double> seen = new HashSet<>();
        for (Band b : bands) {
            if (!seen.add(b.thresholdYi())) {
                problems.add(bandsNode, "threshold " + b.thresholdYi() + " appears twice");
            }
        }
        if (bandsNode != null && bands.isEmpty()) {
            problems.add(bandsNode, "at least one band is needed");
        }
        if (form == TargetForm.CUMULATIVE) {
            cumulativeTargetsRise(bands, bandsNode);
        }
        return new Tiers(counting, form, bands);
    }

    /**
     * Cumulative targets ("at least T units at or above the threshold") cannot fall as the threshold falls: every
     * unit at or above a higher threshold is also at or above a lower one, so a smaller number says nothing, and
     * as band counts it would be negative.
     */
    private void cumulativeTargetsRise(List<Band> bands, YNode bandsNode) {
        for (int k = 1; k < bands.size(); k++) {
            Band higher = bands.get(k - 1);
            Band lower = bands.get(k);
            if (lower.target() < higher.target() && lower.target() >= 0 && higher.target() >= 0) {
                problems.add(
                        bandsNode,
                        "with targets: cumulative, each target counts the units at or above its"
                                + " threshold, so it cannot be smaller than a higher threshold's: ≥"
                                + org.countysim.model.BandLabels.yi(lower.thresholdYi()) + "亿 has " + lower.target()
                                + " but ≥"
                                + org.countysim.model.BandLabels.yi(higher.thresholdYi()) + "亿 has " + higher.target()
                                + " (band counts, as the plan lists them, are targets: bands)");
            }
        }
    }

    private Scenario.Trend trend(YMap root) {
        YNode node = in.required(root, "trend");
        YMap m = node == null ? null : in.map(node).orElse(null);
        if (m == null) {
            return null;
        }
        in.allowOnly(m, List.of("real_growth", "sector_offset", "source", "note"));
        YNode g = in.required(m, "real_growth");
        UnitParam growth = g == null ? null : unitParam(g, "trend.real_growth");
        Param[] offsets = new Param[Sector.COUNT];
        for (Sector s : Sector.values()) {
            offsets[s.ordinal()] = Param.fixed("trend.sector_offset." + s.key(), 0);
        }
        if (has(m, "sector_offset")) {
            in.map(m.get("sector_offset")).ifPresent(o -> {
                in.allowOnly(o, sectorKeys());
                o.entries().forEach((k, v) -> {
                    Sector s = Sector.fromKey(k);
                    if (s != null) {
                        offsets[s.ordinal()] = params.read(v, v.path(), List.of(Scope.TRIAL, Scope.COUNTY));
                    }
                });
            });
        }
        return new Scenario.Trend(growth, offsets);
    }

    private Scenario.Shocks shocks(YMap root) {
        YMap m = has(root, "shocks") ? in.map(root.get("shocks")).orElse(null) : null;
        if (m == null) {
            return new Scenario.Shocks(
                    Param.fixed("shocks.common_sd", 0),
                    UnitParam.of(Param.fixed("shocks.unit_sd", 0)),
                    Param.fixed("shocks.rho", 0),
                    new double[] {1, 1, 1});
        }
        in.allowOnly(m, List.of("common_sd", "unit_sd", "rho", "loadings", "source", "note"));
        Param common = has(m, "common_sd")
                ? params.read(m.get("common_sd"), "shocks.common_sd", List.of(Scope.TRIAL))
                : Param.fixed("shocks.common_sd", 0);
        UnitParam unit = has(m, "unit_sd")
                ? unitParam(m.get("unit_sd"), "shocks.unit_sd")
                : UnitParam.of(Param.fixed("shocks.unit_sd", 0));
        Param rho = has(m, "rho")
                ? params.read(m.get("rho"), "shocks.rho", List.of(Scope.TRIAL))
                : Param.fixed("shocks.rho", 0);
        checkRange(rho, m.get("rho"), -0.999, 0.999, "rho");
        checkRange(common, m.get("common_sd"), 0, 10, "common_sd");
        double[] loadings = {1, 1, 1};
        if (has(m, "loadings")) {
            in.map(m.get("loadings")).ifPresent(l -> {
                in.allowOnly(l, sectorKeys());
                l.entries().forEach((k, v) -> {
                    Sector s = Sector.fromKey(k);
                    if (s != null) {
                        loadings[s.ordinal()] = in.number(v);
                    }
                });
            });
        }
        return new Scenario.Shocks(common, unit, rho, loadings);
    }

    /** A number or distribution for every unit, or {@code {default: .., units: {unit: ..}}}. */
    UnitParam unitParam(YNode node, String key) {
        List<Scope> scopes = List.of(Scope.TRIAL, Scope.COUNTY);
        if (node instanceof YMap m
                && !m.entries().containsKey("dist")
                && m.entries().containsKey("default")) {
            in.allowOnly(m, List.of("default", "units", "source", "note"));
            Param def = params.read(m.get("default"), key, scopes);
            Map<String, Param> perUnit = new LinkedHashMap<>();
            if (has(m, "units")) {
                in.map(m.get("units"))
                        .ifPresent(u -> u.entries()
                                .forEach((ref, v) -> perUnit.put(ref, params.read(v, key + "[" + ref + "]", scopes))));
            }
            return new UnitParam(def, perUnit);
        }
        return UnitParam.of(params.read(node, key, scopes));
    }

    private void checkRange(Param p, YNode node, double lo, double hi, String what) {
        if (node != null && p.isFixed()) {
            double v = p.distribution().mean();
            if (v < lo || v > hi) {
                problems.add(node, what + " must lie in [" + lo + ", " + hi + "], got " + v);
            }
        }
    }

    static List<String> sectorKeys() {
        return java.util.Arrays.stream(Sector.values()).map(Sector::key).toList();
    }

    static UnitSelection allUnits(YNode node) {
        return new UnitSelection(true, List.of(), node);
    }

    static YearRange allYears() {
        return new YearRange(null, null);
    }

    static Set<Sector> allSectors() {
        return EnumSet.allOf(Sector.class);
    }
}
