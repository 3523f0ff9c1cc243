package org.countysim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countysim.data.Sector;

/**
 * A scenario as read and checked for form (not yet against the baseline): see scenarios/README.md for
 * the file format and model.md for the meaning of every field.
 */
public record Scenario(String name, String title, Path file, String sha256, DataSpec data, Universe universe,
                       int baseYear, int horizon, long trials, long seed, Tiers tiers, Trend trend,
                       Shocks shocks, Param deflator, List<Intervention> interventions) {

    public Scenario {
        interventions = List.copyOf(interventions);
    }

    /** Whether comparisons and attribution count bands cumulatively (exclusive for "exclusive" and "both"). */
    public boolean cumulative() {
        return tiers.counting() == Counting.CUMULATIVE;
    }

    public List<Intervention> enabledInterventions() {
        return interventions.stream().filter(Intervention::enabled).toList();
    }

    /** The same scenario with only the given intervention ids enabled (for attribution). */
    public Scenario withOnly(java.util.Set<String> enabledIds) {
        List<Intervention> list = interventions.stream().map(i -> enabled(i, enabledIds.contains(i.id()))).toList();
        return new Scenario(name, title, file, sha256, data, universe, baseYear, horizon, trials, seed, tiers, trend,
                shocks, deflator, list);
    }

    /**
     * The scenario with the command line's run settings (--trials, --seed, --counting; null keeps the scenario's).
     * They replace values after the file was read, so the file's own values are checked all the same.
     */
    public Scenario withRunSettings(Long newTrials, Long newSeed, Counting newCounting) {
        return new Scenario(name, title, file, sha256, data, universe, baseYear, horizon,
                newTrials != null ? newTrials : trials, newSeed != null ? newSeed : seed,
                newCounting != null ? new Tiers(newCounting, tiers.bands()) : tiers, trend, shocks, deflator,
                interventions);
    }

    private static Intervention enabled(Intervention i, boolean on) {
        if (i instanceof Project p) {
            return new Project(p.id(), p.label(), on, p.path(), p.counties(), p.count(), p.maxCount(), p.sector(),
                    p.output(), p.vaRatio(), p.additionality(), p.success(), p.start(), p.ramp(), p.capex(),
                    p.buildYears(), p.demandMultiplier());
        }
        if (i instanceof Program p) {
            return new Program(p.id(), p.label(), on, p.path(), p.quantity(), p.years(), p.allocation(), p.unitCost(),
                    p.demandMultiplier(), p.returnRate(), p.lag(), p.unitOutput(), p.sector());
        }
        Growth g = (Growth) i;
        return new Growth(g.id(), g.label(), on, g.path(), g.delta(), g.counties(), g.sectors(), g.years());
    }

    public enum BandDraw { UNIFORM, TRIANGULAR }

    public enum Counting { EXCLUSIVE, CUMULATIVE, BOTH }

    /**
     * @param sectorShares shares used for units without sector values (null: every unit must have them)
     * @param encoding     the baseline's text encoding, or "auto" (UTF-8, else GB18030)
     */
    public record DataSpec(Path baseline, double[] sectorShares, String sharesNote, BandDraw bandDraw, String encoding) {
    }

    /** Which baseline rows are projected: by kind or explicit list, minus exclusions; fold adds zones into hosts. */
    public record Universe(List<String> kinds, List<String> units, List<String> exclude, Map<String, String> fold) {
    }

    public record Band(String name, double thresholdYi, int target) {
    }

    /** Bands sorted by descending threshold. */
    public record Tiers(Counting counting, List<Band> bands) {
        public Tiers {
            bands = List.copyOf(bands);
        }
    }

    /** Trend real growth μ, with optional per-sector offsets added to it. */
    public record Trend(UnitParam realGrowth, Param[] sectorOffset) {
    }

    /** σ_common, σ_c, ρ and the sector loadings λ_s on the common shock. */
    public record Shocks(Param commonSd, UnitParam unitSd, Param rho, double[] loadings) {
    }

    /** A selection of units: all of the universe, or the listed references. */
    public record UnitSelection(boolean all, List<String> refs, YNode node) {
    }

    /** A set of calendar years, inclusive; null bounds mean "every projected year". */
    public record YearRange(Integer from, Integer to) {
        public boolean contains(int year) {
            return (from == null || year >= from) && (to == null || year <= to);
        }
    }

    public sealed interface Intervention permits Project, Program, Growth {
        String id();

        String label();

        boolean enabled();

        String path();

        String kind();
    }

    /** model.md §3.1; {@code count} is drawn once per unit per trial. */
    public record Project(String id, String label, boolean enabled, String path, UnitSelection counties,
                          Param count, int maxCount, Sector sector, Param output, Param vaRatio,
                          Param additionality, double success, Param start, double[] ramp, Param capex,
                          int buildYears, Param demandMultiplier) implements Intervention {
        public String kind() {
            return "project";
        }
    }

    /** model.md §3.2. */
    public record Program(String id, String label, boolean enabled, String path, Param quantity, YearRange years,
                          Allocation allocation, Param unitCost, Param demandMultiplier, Param returnRate,
                          int lag, Param unitOutput, Sector sector) implements Intervention {
        public String kind() {
            return "program";
        }
    }

    /** model.md §3.3. */
    public record Growth(String id, String label, boolean enabled, String path, Param delta,
                         UnitSelection counties, Set<Sector> sectors, YearRange years) implements Intervention {
        public String kind() {
            return "growth";
        }
    }

    /** How a programme's quantity is split among units (shares of base-year values, model.md §9a). */
    public sealed interface Allocation {
        /** @param universeShare fraction of the city-wide quantity that lands in the tier universe */
        record ByGdp(double universeShare) implements Allocation {
        }

        record BySector(Sector sector, double universeShare) implements Allocation {
        }

        record Explicit(Map<String, Double> shares, YNode node) implements Allocation {
        }
    }
}
