package org.countysim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countysim.data.Baseline;
import org.countysim.data.BaselineUnit;
import org.countysim.data.DataQuality;
import org.countysim.data.Sector;
import org.countysim.distribution.Distribution;
import org.countysim.model.CompiledGrowth;
import org.countysim.model.CompiledModel;
import org.countysim.model.CompiledProgram;
import org.countysim.model.CompiledProject;
import org.countysim.model.Evidence;
import org.countysim.model.ParamRef;
import org.countysim.model.Targets;
import org.countysim.model.UnitInfo;
import org.countysim.scenario.Scenario.Allocation;

/**
 * Compiles a {@link Scenario} against its {@link Baseline}: selects the tier universe, resolves unit
 * names, lays out the draw buffer and builds the model's index arrays. Collects every problem.
 */
public final class ScenarioCompiler {
    private final Scenario sc;
    private final Baseline baseline;
    private final Problems problems = new Problems();
    private final UnitResolver resolver;
    private List<BaselineUnit> universe;
    private final Map<String, Integer> index = new HashMap<>();
    private DrawPlanBuilder plan;
    private int sectorsFilled;
    /** Each baseline row's base-year slot, made once: by the universe, a fold, or an observation of evidence. */
    private final Map<String, Integer> baseSlots = new HashMap<>();

    private ScenarioCompiler(Scenario scenario, Baseline baseline) {
        this.sc = scenario;
        this.baseline = baseline;
        this.resolver = new UnitResolver(baseline.units());
    }

    public static CompiledScenario compile(Scenario scenario, Baseline baseline) {
        return new ScenarioCompiler(scenario, baseline).compile();
    }

    private CompiledScenario compile() {
        if (sc.baseYear() != baseline.year()) {
            problems.add("base_year: the scenario's base year " + sc.baseYear() + " differs from the baseline file's "
                    + baseline.year() + " (" + baseline.file() + ")");
        }
        universe = new UniverseSelector(sc.universe(), baseline, resolver, problems).select();
        problems.throwIfAny();
        for (int i = 0; i < universe.size(); i++) {
            index.put(universe.get(i).code(), i);
        }
        int years = sc.horizon() - sc.baseYear();
        plan = new DrawPlanBuilder(universe.size(), years);
        ParamRef[] baseParts = baseParts();
        double[][] shares = sectorShares();
        ParamRef growth = unitParam(sc.trend().realGrowth());
        ParamRef[] offsets =
                Arrays.stream(sc.trend().sectorOffset()).map(plan::unitYear).toArray(ParamRef[]::new);
        ParamRef commonSd = plan.unitYear(sc.shocks().commonSd());
        ParamRef unitSd = unitParam(sc.shocks().unitSd());
        ParamRef rho = plan.unitYear(sc.shocks().rho());
        ParamRef[] deflator = deflatorByYear(years);
        int commonShock = standardNormals(
                "shocks.common",
                sc.shocks().commonSd().isFixed()
                        && sc.shocks().commonSd().distribution().mean() == 0,
                years);
        int unitShock = standardNormals("shocks.unit", unitSdIsZero(), universe.size() * (years + 1));
        List<CompiledProject> projects = new ArrayList<>();
        List<CompiledProgram> programs = new ArrayList<>();
        List<CompiledGrowth> growths = new ArrayList<>();
        for (Scenario.Intervention i : sc.enabledInterventions()) {
            i.accept(new Scenario.Visitor<Boolean>() {
                public Boolean project(Scenario.Project p) {
                    return projects.addAll(ScenarioCompiler.this.project(p));
                }

                public Boolean program(Scenario.Program p) {
                    return programs.add(ScenarioCompiler.this.program(p, years));
                }

                public Boolean growth(Scenario.Growth g) {
                    return growths.add(ScenarioCompiler.this.growth(g, years));
                }
            });
        }
        // A disabled intervention is one --set away from running: its unit names are checked all the same.
        sc.interventions().stream().filter(i -> !i.enabled()).forEach(this::checkUnits);
        Evidence evidence = new EvidenceCompiler(
                        sc,
                        baseline,
                        resolver,
                        index,
                        UniverseRows.countedInside(sc, resolver),
                        UniverseRows.foldedInto(sc, resolver),
                        this::baseSlot,
                        problems)
                .compile();
        problems.throwIfAny();
        double[] thresholds = sc.tiers().bands().stream()
                .mapToDouble(Scenario.Band::thresholdYi)
                .toArray();
        Targets targets = Targets.of(
                sc.tiers().targetForm(),
                sc.tiers().bands().stream().mapToInt(Scenario.Band::target).toArray());
        List<UnitInfo> infos = universe.stream()
                .map(u -> new UnitInfo(u.code(), u.nameZh(), u.nameEn()))
                .toList();
        CompiledModel model = new CompiledModel(
                infos,
                sc.baseYear(),
                sc.horizon(),
                plan.template(),
                plan.slots(),
                baseParts,
                shares,
                growth,
                offsets,
                commonSd,
                unitSd,
                rho,
                sc.shocks().loadings(),
                deflator,
                commonShock,
                unitShock,
                projects,
                programs,
                growths,
                thresholds,
                targets,
                evidence);
        String note = sc.data().sharesNote();
        return new CompiledScenario(
                sc,
                baseline,
                model,
                DataQuality.of(universe, sectorsFilled, note),
                sc.tiers().bands().stream().map(Scenario.Band::name).toList());
    }

    private boolean unitSdIsZero() {
        UnitParam sd = sc.shocks().unitSd();
        return sd.perUnit().isEmpty()
                && sd.byDefault().isFixed()
                && sd.byDefault().distribution().mean() == 0;
    }

    private int standardNormals(String key, boolean unused, int count) {
        Distribution d = unused ? new Distribution.Fixed(0) : Distribution.Normal.of(0, 1);
        return plan.slot(key, key, d, count);
    }

    /**
     * One reference per projected year: a year with its own value (model.md §2: known past years) points at its
     * own slot; the others share the default's slots, drawn as before, so fixing one year changes no other
     * year's draws.
     */
    private ParamRef[] deflatorByYear(int years) {
        Scenario.Deflator d = sc.deflator();
        ParamRef byDefault = d.byDefault() == null ? null : plan.unitYear(d.byDefault());
        ParamRef[] refs = new ParamRef[years];
        for (int t = 0; t < years; t++) {
            Param own = d.byYear().get(sc.baseYear() + 1 + t);
            refs[t] = own != null ? plan.unitYear(own) : byDefault;
            if (refs[t] == null) {
                problems.add("deflator: no value for " + (sc.baseYear() + 1 + t) + "; give it, or a 'default:'");
                refs[t] = DrawPlanBuilder.broadcast(
                        plan.slot(Param.fixed("deflator.missing." + t, 0), 1), universe.size(), 0);
            }
        }
        return refs;
    }

    /** Each unit's base-year GDP: exact values are fixed, bands are drawn per trial (model.md §1.1). */
    private ParamRef[] baseParts() {
        Map<Integer, List<BaselineUnit>> folded = new HashMap<>();
        sc.universe()
                .fold()
                .forEach((zone, host) -> folded.computeIfAbsent(
                                index.get(resolver.find(host).code()), k -> new ArrayList<>())
                        .add(resolver.find(zone)));
        ParamRef[] parts = new ParamRef[universe.size()];
        for (int c = 0; c < universe.size(); c++) {
            List<BaselineUnit> members = new ArrayList<>();
            members.add(universe.get(c));
            members.addAll(folded.getOrDefault(c, List.of()));
            int[] base = new int[members.size()];
            for (int i = 0; i < members.size(); i++) {
                base[i] = baseSlot(members.get(i));
            }
            parts[c] = new ParamRef(base, new int[members.size()]);
        }
        return parts;
    }

    private int baseSlot(BaselineUnit u) {
        Integer made = baseSlots.get(u.code());
        if (made != null) {
            return made;
        }
        Distribution d;
        if (!u.isBanded()) {
            d = new Distribution.Fixed(u.gdpLowYi());
        } else if (sc.data().bandDraw() == Scenario.BandDraw.TRIANGULAR && !Double.isNaN(u.gdpYi())) {
            d = new Distribution.Triangular(u.gdpLowYi(), u.gdpYi(), u.gdpHighYi());
        } else {
            d = new Distribution.Uniform(u.gdpLowYi(), u.gdpHighYi());
        }
        int slot = plan.slot("baseline:" + u.code(), "baseline:" + u.code(), d, 1);
        baseSlots.put(u.code(), slot);
        return slot;
    }

    private double[][] sectorShares() {
        double[][] shares = new double[universe.size()][];
        for (int c = 0; c < universe.size(); c++) {
            BaselineUnit u = universe.get(c);
            if (u.hasSectors()) {
                double sum = Arrays.stream(u.sectorsYi()).sum();
                shares[c] = Arrays.stream(u.sectorsYi()).map(v -> v / sum).toArray();
            } else if (sc.data().sectorShares() != null) {
                shares[c] = sc.data().sectorShares().clone();
                sectorsFilled++;
            } else {
                problems.add("data.sector_shares: unit " + u.code() + " (" + baseline.file() + ":" + u.line()
                        + ") has no sector values; give data.sector_shares to fill them");
                shares[c] = new double[] {0, 1, 0};
            }
        }
        return shares;
    }

    /** A per-unit parameter: the default's layout, with each listed unit pointing at its own slot. */
    private ParamRef unitParam(UnitParam p) {
        ParamRef byDefault = plan.unitYear(p.byDefault());
        int[] base = byDefault.base().clone();
        int[] stride = byDefault.stride().clone();
        for (Map.Entry<String, Param> e : p.perUnit().entrySet()) {
            Param own = new Param(
                    e.getValue().path(), e.getValue().streamKey(), e.getValue().distribution(), Scope.TRIAL);
            ParamRef ref = plan.unitYear(own);
            Integer c = universeIndex(e.getKey(), e.getValue().path());
            if (c != null) {
                base[c] = ref.base()[0];
                stride[c] = 0;
            }
        }
        return new ParamRef(base, stride);
    }

    private Integer universeIndex(String ref, String path) {
        BaselineUnit u = resolver.find(ref);
        Integer c = u == null ? null : index.get(u.code());
        if (resolver.isAmbiguous(ref)) {
            problems.add(path + ": " + resolver.problem(ref, "unit"));
        } else if (c == null) {
            problems.add(path + ": '" + ref + "' is not a unit of the tier universe"
                    + org.countysim.util.Suggest.hint(ref, index.keySet()));
        }
        return c;
    }

    private List<Integer> selected(Scenario.UnitSelection sel) {
        if (sel.all()) {
            List<Integer> all = new ArrayList<>();
            for (int c = 0; c < universe.size(); c++) {
                all.add(c);
            }
            return all;
        }
        List<Integer> out = new ArrayList<>();
        for (String ref : sel.refs()) {
            BaselineUnit u = resolver.resolve(ref, sel.node(), problems, "unit");
            if (u != null) {
                Integer c = index.get(u.code());
                if (c == null) {
                    problems.add(sel.node(), "unit '" + ref + "' is not in the tier universe");
                } else if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Expands a project entry into count × units independent projects (model.md §3.1). */
    private List<CompiledProject> project(Scenario.Project p) {
        List<Integer> units = selected(p.counties());
        int elements = units.size() * p.maxCount();
        int countOffset = plan.slot(p.count(), units.size());
        int[] countBase = new int[universe.size()];
        Arrays.fill(countBase, countOffset);
        if (!p.count().isFixed()) {
            for (int i = 0; i < units.size(); i++) {
                countBase[units.get(i)] = countOffset + i;
            }
        }
        ParamRef count = new ParamRef(countBase, new int[universe.size()]);
        String key = "interventions[" + p.id() + "]";
        Param success = new Param(
                p.path() + ".success",
                key + ".success",
                p.success() >= 1 ? new Distribution.Fixed(1) : new Distribution.Bernoulli(p.success()),
                Scope.TRIAL);
        ParamRef successRef = plan.perElement(success, elements);
        ParamRef output = plan.perElement(p.output(), elements);
        ParamRef va = plan.perElement(p.vaRatio(), elements);
        ParamRef add = plan.perElement(p.additionality(), elements);
        ParamRef start = plan.perElement(p.start(), elements);
        ParamRef capex = p.capex() == null ? null : plan.perElement(p.capex(), elements);
        ParamRef dm = plan.perElement(p.demandMultiplier(), elements);
        List<CompiledProject> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            for (int rank = 0; rank < p.maxCount(); rank++) {
                out.add(new CompiledProject(
                        units.get(i),
                        p.sector().ordinal(),
                        i * p.maxCount() + rank,
                        rank,
                        count,
                        successRef,
                        output,
                        va,
                        add,
                        start,
                        p.ramp(),
                        capex,
                        p.buildYears(),
                        dm));
            }
        }
        return out;
    }

    /**
     * Base-year value of the baseline rows neither projected nor folded into a projected unit: their point GDP
     * (a band's midpoint), or its part in {@code sector} (own sector values, else data.sector_shares). Rows counted
     * inside others' figures take no share: their GDP is already in the rows that hold them.
     */
    private double outsideBase(int sector) {
        Set<String> inside = UniverseRows.countedInside(sc, resolver);
        universe.forEach(u -> inside.add(u.code()));
        sc.universe().fold().keySet().forEach(zone -> {
            BaselineUnit z = resolver.find(zone);
            if (z != null) {
                inside.add(z.code());
            }
        });
        double sum = 0;
        for (BaselineUnit u : baseline.units()) {
            if (inside.contains(u.code())) {
                continue;
            }
            double gdp = Double.isNaN(u.gdpYi()) ? (u.gdpLowYi() + u.gdpHighYi()) / 2 : u.gdpYi();
            if (sector < 0) {
                sum += gdp;
            } else if (u.hasSectors()) {
                sum += u.sectorsYi()[sector];
            } else if (sc.data().sectorShares() != null) {
                sum += gdp * sc.data().sectorShares()[sector];
            }
        }
        return sum;
    }

    private CompiledProgram program(Scenario.Program p, int years) {
        double[] explicit = null;
        int shareSector = -1;
        double universeShare = 1;
        double outsideBase = 0;
        if (p.allocation() instanceof Allocation.Explicit e) {
            explicit = explicitShares(e);
        } else if (p.allocation() instanceof Allocation.BySector s) {
            shareSector = s.sector().ordinal();
            universeShare = s.universeShare();
            outsideBase = outsideBase(shareSector);
        } else if (p.allocation() instanceof Allocation.ByGdp g) {
            universeShare = g.universeShare();
            outsideBase = outsideBase(-1);
        }
        return new CompiledProgram(
                p.sector().ordinal(),
                plan.unitYear(p.quantity()),
                plan.unitYear(p.trendQuantity()),
                yearMask(p.years(), years),
                explicit,
                shareSector,
                universeShare,
                outsideBase,
                plan.unitYear(p.unitCost()),
                plan.unitYear(p.demandMultiplier()),
                plan.unitYear(p.returnRate()),
                p.lag(),
                plan.unitYear(p.unitOutput()));
    }

    /** Each universe unit's share of an explicit allocation; problems for names that are no such unit. */
    private double[] explicitShares(Allocation.Explicit e) {
        double[] explicit = new double[universe.size()];
        for (Map.Entry<String, Double> share : e.shares().entrySet()) {
            BaselineUnit u = resolver.resolve(share.getKey(), e.node(), problems, "unit");
            Integer c = u == null ? null : index.get(u.code());
            if (u != null && c == null) {
                problems.add(e.node(), "unit '" + share.getKey() + "' is not in the tier universe");
            } else if (c != null) {
                explicit[c] += share.getValue();
            }
        }
        return explicit;
    }

    /** Resolves the units an intervention names, for the problems only. */
    private void checkUnits(Scenario.Intervention i) {
        if (i instanceof Scenario.Project p) {
            selected(p.counties());
        } else if (i instanceof Scenario.Program p && p.allocation() instanceof Allocation.Explicit e) {
            explicitShares(e);
        } else if (i instanceof Scenario.Growth g) {
            selected(g.counties());
        }
    }

    private CompiledGrowth growth(Scenario.Growth g, int years) {
        boolean[] units = new boolean[universe.size()];
        selected(g.counties()).forEach(c -> units[c] = true);
        boolean[] sectors = new boolean[Sector.COUNT];
        g.sectors().forEach(s -> sectors[s.ordinal()] = true);
        return new CompiledGrowth(plan.unitYear(g.delta()), units, sectors, yearMask(g.years(), years));
    }

    private boolean[] yearMask(Scenario.YearRange range, int years) {
        boolean[] mask = new boolean[years];
        for (int t = 0; t < years; t++) {
            mask[t] = range.contains(sc.baseYear() + 1 + t);
        }
        return mask;
    }
}
