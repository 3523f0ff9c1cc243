package org.countysim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countysim.data.Sector;
import org.countysim.model.CountingMode;
import org.countysim.model.TargetForm;

/**
 * A scenario as read and checked for form (not yet against the baseline): see scenarios/README.md for
 * the file format and model.md for the meaning of every field.
 */
public record Scenario(
        String name,
        String title,
        Path file,
        String sha256,
        DataSpec data,
        Universe universe,
        int baseYear,
        int horizon,
        long trials,
        long seed,
        Tiers tiers,
        Trend trend,
        Shocks shocks,
        Deflator deflator,
        List<Intervention> interventions,
        List<Observation> evidence) {

    public Scenario {
        interventions = List.copyOf(interventions);
        evidence = List.copyOf(evidence);
    }

    /** A scenario without evidence (model.md §11). */
    public Scenario(
            String name,
            String title,
            Path file,
            String sha256,
            DataSpec data,
            Universe universe,
            int baseYear,
            int horizon,
            long trials,
            long seed,
            Tiers tiers,
            Trend trend,
            Shocks shocks,
            Deflator deflator,
            List<Intervention> interventions) {
        this(
                name,
                title,
                file,
                sha256,
                data,
                universe,
                baseYear,
                horizon,
                trials,
                seed,
                tiers,
                trend,
                shocks,
                deflator,
                interventions,
                List.of());
    }

    /** The same scenario without its evidence: the prior (a backtest scores the model, not the data it is fitted to). */
    public Scenario withoutEvidence() {
        return new Scenario(
                name,
                title,
                file,
                sha256,
                data,
                universe,
                baseYear,
                horizon,
                trials,
                seed,
                tiers,
                trend,
                shocks,
                deflator,
                interventions,
                List.of());
    }

    /**
     * The GDP deflator per projected year: {@code byYear} fixes the years whose value is known (published or
     * given its own distribution); the others use {@code byDefault}, or have none when it is null.
     */
    public record Deflator(Param byDefault, Map<Integer, Param> byYear) {
        public Deflator {
            byYear = Map.copyOf(byYear);
        }

        public static Deflator of(Param byDefault) {
            return new Deflator(byDefault, Map.of());
        }
    }

    public List<Intervention> enabledInterventions() {
        return interventions.stream().filter(Intervention::enabled).toList();
    }

    /** The same scenario with only the given intervention ids enabled (for attribution). */
    public Scenario withOnly(java.util.Set<String> enabledIds) {
        List<Intervention> list = interventions.stream()
                .map(i -> i.withEnabled(enabledIds.contains(i.id())))
                .toList();
        return new Scenario(
                name, title, file, sha256, data, universe, baseYear, horizon, trials, seed, tiers, trend, shocks,
                deflator, list, evidence);
    }

    /**
     * The scenario with the command line's run settings (--trials, --seed, --counting; null keeps the scenario's).
     * They replace values after the file was read, so the file's own values are checked all the same; counting
     * only chooses the counts shown, never what is computed.
     */
    public Scenario withRunSettings(Long newTrials, Long newSeed, CountingMode newCounting) {
        return new Scenario(
                name,
                title,
                file,
                sha256,
                data,
                universe,
                baseYear,
                horizon,
                newTrials != null ? newTrials : trials,
                newSeed != null ? newSeed : seed,
                newCounting != null ? new Tiers(newCounting, tiers.targetForm(), tiers.bands()) : tiers,
                trend,
                shocks,
                deflator,
                interventions,
                evidence);
    }

    public enum BandDraw {
        UNIFORM,
        TRIANGULAR
    }

    /**
     * @param sectorShares shares used for units without sector values (null: every unit must have them)
     * @param encoding     the baseline's text encoding, or "auto" (UTF-8, else GB18030)
     */
    public record DataSpec(
            Path baseline, double[] sectorShares, String sharesNote, BandDraw bandDraw, String encoding) {}

    /**
     * Which baseline rows are projected: by kind or explicit list, minus exclusions; fold adds zones into hosts.
     *
     * @param countedInside rows whose GDP the other rows' figures already include (functional zones counted inside
     *                      their districts): never projected, no share of a city-wide programme, not in
     *                      {@code evidence: units: all}
     */
    public record Universe(
            List<String> kinds,
            List<String> units,
            List<String> exclude,
            Map<String, String> fold,
            List<String> countedInside) {
        public Universe(List<String> kinds, List<String> units, List<String> exclude, Map<String, String> fold) {
            this(kinds, units, exclude, fold, List.of());
        }
    }

    /**
     * One observation of evidence (model.md §11): the sum of nominal GDP of {@code units} in {@code year} was
     * {@code value}, within a Gaussian {@code sd} or a uniform half-width {@code within} (the other is NaN).
     *
     * @param units all (every row of the baseline file but those counted inside others), or the rows listed
     * @param label what is observed, in words; empty for a generated one
     */
    public record Observation(
            String path,
            UnitSelection units,
            int year,
            double value,
            double sd,
            double within,
            String label,
            YNode node) {}

    /** @param target as the scenario states it: a band count or a cumulative one, by {@link Tiers#targetForm()} */
    public record Band(String name, double thresholdYi, int target) {}

    /**
     * Bands sorted by descending threshold.
     *
     * @param counting   which counts the run shows (both are always computed)
     * @param targetForm whether the bands' targets are band counts or cumulative
     */
    public record Tiers(CountingMode counting, TargetForm targetForm, List<Band> bands) {
        public Tiers {
            bands = List.copyOf(bands);
        }
    }

    /** Trend real growth μ, with optional per-sector offsets added to it. */
    public record Trend(UnitParam realGrowth, Param[] sectorOffset) {}

    /** σ_common, σ_c, ρ and the sector loadings λ_s on the common shock. */
    public record Shocks(Param commonSd, UnitParam unitSd, Param rho, double[] loadings) {}

    /** A selection of units: all of the universe, or the listed references. */
    public record UnitSelection(boolean all, List<String> refs, YNode node) {}

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

        /** The same intervention switched on or off (attribution runs every subset). */
        Intervention withEnabled(boolean on);

        <R> R accept(Visitor<R> visitor);
    }

    /**
     * One method per kind of intervention: adding a kind to {@link Intervention}'s permits list fails to compile
     * until every visitor handles it (Java 17 has no exhaustive pattern switch; a visitor gives the same check).
     */
    public interface Visitor<R> {
        R project(Project p);

        R program(Program p);

        R growth(Growth g);
    }

    /** model.md §3.1; {@code count} is drawn once per unit per trial. */
    public record Project(
            String id,
            String label,
            boolean enabled,
            String path,
            UnitSelection counties,
            Param count,
            int maxCount,
            Sector sector,
            Param output,
            Param vaRatio,
            Param additionality,
            double success,
            Param start,
            double[] ramp,
            Param capex,
            int buildYears,
            Param demandMultiplier)
            implements Intervention {
        public String kind() {
            return "project";
        }

        public Project withEnabled(boolean on) {
            return new Project(
                    id,
                    label,
                    on,
                    path,
                    counties,
                    count,
                    maxCount,
                    sector,
                    output,
                    vaRatio,
                    additionality,
                    success,
                    start,
                    ramp,
                    capex,
                    buildYears,
                    demandMultiplier);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.project(this);
        }
    }

    /** model.md §3.2; {@code trendQuantity}: the part of {@code quantity} the trend already contains. */
    public record Program(
            String id,
            String label,
            boolean enabled,
            String path,
            Param quantity,
            Param trendQuantity,
            YearRange years,
            Allocation allocation,
            Param unitCost,
            Param demandMultiplier,
            Param returnRate,
            int lag,
            Param unitOutput,
            Sector sector)
            implements Intervention {
        public String kind() {
            return "program";
        }

        public Program withEnabled(boolean on) {
            return new Program(
                    id,
                    label,
                    on,
                    path,
                    quantity,
                    trendQuantity,
                    years,
                    allocation,
                    unitCost,
                    demandMultiplier,
                    returnRate,
                    lag,
                    unitOutput,
                    sector);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.program(this);
        }
    }

    /** model.md §3.3. */
    public record Growth(
            String id,
            String label,
            boolean enabled,
            String path,
            Param delta,
            UnitSelection counties,
            Set<Sector> sectors,
            YearRange years)
            implements Intervention {
        public String kind() {
            return "growth";
        }

        public Growth withEnabled(boolean on) {
            return new Growth(id, label, on, path, delta, counties, sectors, years);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.growth(this);
        }
    }

    /** How a programme's quantity is split among units (shares of base-year values, model.md §9a). */
    public sealed interface Allocation {
        /**
         * No {@code universe_share} given: the projected units take their share of the base-year total of every
         * row of the baseline file (zones included), the rows outside the universe the rest.
         */
        double COMPUTED_SHARE = Double.NaN;

        /**
         * @param universeShare fraction of the city-wide quantity that lands in the tier universe, or
         *                      {@link #COMPUTED_SHARE}
         */
        record ByGdp(double universeShare) implements Allocation {}

        record BySector(Sector sector, double universeShare) implements Allocation {}

        record Explicit(Map<String, Double> shares, YNode node) implements Allocation {}
    }
}
