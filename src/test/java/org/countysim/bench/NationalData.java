package org.countysim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A synthetic national-scale study for benchmarks (issue 15): 2,850 county-level units with a seeded, documented
 * distribution, fitted to nothing real (no figure in it is any place's), and a scenario with the plan's kinds of
 * levers scaled to them. Writes {@code national_units_2021.csv} and {@code national.yaml} to a folder; both pass the
 * normal validation. Run by bench/national.sh (test classpath), so the CLI jar carries none of it. The distribution is
 * in docs/benchmarks.md ("National scale on one machine").
 */
public final class NationalData {
    static final int UNITS = 2_850;
    static final long SEED = 20_261_201L;
    /** Lognormal base-year GDP (亿元): median and log-scale sd, redrawn outside [MIN, MAX]. */
    static final double MEDIAN_YI = 200;

    static final double LOG_SD = 0.8;
    static final double MIN_YI = 10;
    static final double MAX_YI = 5_000;
    /** Share of units known only to a band ("at the 200亿 level"), as most of Jining's are. */
    static final double BANDED = 0.25;
    /** Kinds by round shares (district, city, county, banner): of the order of China's mix, not fitted. */
    static final String[] KINDS = {"district", "city", "county", "banner"};

    static final double[] KIND_SHARES = {0.34, 0.14, 0.50, 0.02};
    /** Sector shares: Dirichlet(CONCENTRATION × mean), the plan's city shares rounded. */
    static final double[] SECTOR_MEAN = {0.10, 0.40, 0.50};

    static final double CONCENTRATION = 20;
    /** Tier thresholds (亿元) of the scenario; targets: 25% more units at or above each than in the base year. */
    static final double[] THRESHOLDS = {1000, 500, 300, 200};

    static final double TARGET_RAISE = 1.25;

    private NationalData() {}

    /** One generated unit: its kind, true base-year GDP, band (equal ends when exact) and sector values. */
    record Unit(String kind, double gdp, double low, double high, double[] sectors) {
        boolean banded() {
            return high > low;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/national");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        List<Unit> units = generate(seed);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("national_units_2021.csv"), csv(units), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("national.yaml"), scenario(units, seed), StandardCharsets.UTF_8);
        System.out.println("wrote " + units.size() + " synthetic units and the scenario to " + dir);
    }

    static List<Unit> generate(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        List<Unit> units = new ArrayList<>(UNITS);
        for (int i = 0; i < UNITS; i++) {
            String kind = KINDS[pick(rng.nextDouble(), KIND_SHARES)];
            double gdp;
            do {
                gdp = MEDIAN_YI * Math.exp(LOG_SD * normal.sample());
            } while (gdp < MIN_YI || gdp > MAX_YI);
            gdp = round2(gdp);
            double low = gdp;
            double high = gdp;
            if (rng.nextDouble() < BANDED) {
                double level = gdp >= 200 ? 100 : gdp >= 50 ? 50 : 10;
                low = Math.floor(gdp / level) * level;
                high = low + level;
            }
            units.add(new Unit(kind, gdp, low, high, sectors(rng, gdp)));
        }
        return units;
    }

    /** Sector values summing to {@code gdp} (to rounding): Dirichlet shares from gamma draws. */
    private static double[] sectors(UniformRandomProvider rng, double gdp) {
        double[] g = new double[SECTOR_MEAN.length];
        double sum = 0;
        for (int s = 0; s < g.length; s++) {
            g[s] = AhrensDieterMarsagliaTsangGammaSampler.of(rng, CONCENTRATION * SECTOR_MEAN[s], 1)
                    .sample();
            sum += g[s];
        }
        for (int s = 0; s < g.length; s++) {
            g[s] = round2(gdp * g[s] / sum);
        }
        return g;
    }

    private static int pick(double u, double[] shares) {
        double cumulative = 0;
        for (int i = 0; i < shares.length - 1; i++) {
            cumulative += shares[i];
            if (u < cumulative) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    static String csv(List<Unit> units) {
        StringBuilder out = new StringBuilder(
                "code,name_zh,name_en,kind,year,gdp,gdp_low,gdp_high,status,primary,secondary,tertiary,source\n");
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String code = String.format(Locale.ROOT, "S%04d", i + 1);
            out.append(code)
                    .append(",合成县")
                    .append(code.substring(1))
                    .append(",Synthetic ")
                    .append(code.substring(1))
                    .append(',')
                    .append(u.kind())
                    .append(",2021,")
                    .append(u.banded() ? "" : fmt(u.gdp()))
                    .append(',')
                    .append(fmt(u.low()))
                    .append(',')
                    .append(fmt(u.high()))
                    .append(',')
                    .append(u.banded() ? "band" : "exact");
            for (double v : u.sectors()) {
                out.append(',').append(fmt(v));
            }
            out.append(",synthetic (bench NationalData)\n");
        }
        return out.toString();
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /** Units at or above a threshold in the base year, at their true values. */
    static int reaching(List<Unit> units, double threshold) {
        return (int) units.stream().filter(u -> u.gdp() >= threshold).count();
    }

    static String scenario(List<Unit> units, long seed) {
        double scale = units.size() / 11.0; // the plan's quantities are for Jining's 11 units
        double total = units.stream().mapToDouble(Unit::gdp).sum();
        StringBuilder bands = new StringBuilder();
        for (double threshold : THRESHOLDS) {
            int target = (int) Math.min(units.size(), Math.ceil(TARGET_RAISE * reaching(units, threshold)));
            bands.append(String.format(Locale.ROOT, "    - {threshold: %.0f, target: %d}%n", threshold, target));
        }
        return String.format(
                Locale.ROOT,
                """
                # Synthetic national-scale study (generated by org.countysim.bench.NationalData, seed %d): %d
                # county-level units whose figures are drawn from a documented distribution fitted to nothing real
                # (docs/benchmarks.md, "National scale on one machine"), with the plan's kinds of levers scaled by
                # units / 11. For benchmarks only: no number here describes any place.
                name: national
                title: Synthetic national study (benchmark)
                data:
                  baseline: national_units_2021.csv
                  band_draw: uniform
                universe:
                  kinds: [city, district, county, banner]
                base_year: 2021
                horizon: 2031
                simulation:
                  trials: 10000
                  seed: 20261201
                tiers:
                  # Targets: 25%% more units at or above each threshold than in the base year (generated).
                  targets: cumulative
                  counting: both
                  bands:
                %s
                trend:
                  real_growth: {dist: normal, mean: 0.05, sd: 0.01}
                shocks:
                  common_sd: 0.015
                  unit_sd: 0.02
                  rho: 0.3
                deflator:
                  2022: {dist: normal, mean: 0.02, sd: 0.005}
                  default: {dist: normal, mean: 0.0, sd: 0.01, scope: year}
                interventions:
                  - id: sanbai
                    label: projects in every unit (the plan's 三百工程 kind)
                    kind: project
                    counties: all
                    count: {dist: discrete, values: [1, 2], weights: [0.5, 0.5]}
                    sector: secondary
                    output: {dist: triangular, min: 20, mode: 40, max: 80}
                    va_ratio: {dist: uniform, min: 0.2, max: 0.3}
                    additionality: {dist: uniform, min: 0.3, max: 0.6}
                    success: 0.7
                    start: {dist: discrete, values: [2025, 2026, 2027], weights: [0.4, 0.4, 0.2]}
                    ramp: [0.4, 0.8, 1.0]
                    capex: {dist: uniform, min: 10, max: 30}
                    build_years: 1
                    demand_multiplier: 0.3
                  - id: tech-upgrade
                    label: technical upgrades (the plan's 技术改造 kind)
                    kind: program
                    quantity: %.0f
                    trend_quantity: %.0f
                    years: {from: 2025, to: 2030}
                    allocation: by_sector:secondary
                    unit_cost: {dist: pert, min: 0.05, mode: 0.12, max: 1.0}
                    demand_multiplier: 0.2
                    return: {dist: uniform, min: 0.05, max: 0.15}
                    lag: 1
                    sector: secondary
                  - id: new-infra-5g
                    label: base stations (the plan's 新基建 kind)
                    kind: program
                    quantity: %.0f
                    years: {from: 2025, to: 2030}
                    allocation: by_gdp
                    unit_cost: {dist: uniform, min: 0.0015, max: 0.004}
                    demand_multiplier: 0.3
                    return: {dist: uniform, min: 0.02, max: 0.08}
                    lag: 1
                    sector: tertiary
                  - id: new-infra-pv
                    label: distributed PV (the plan's 新基建 kind)
                    kind: program
                    quantity: %.0f
                    trend_quantity: {dist: uniform, min: %.0f, max: %.0f}
                    years: {from: 2025, to: 2030}
                    allocation: by_gdp
                    unit_cost: {dist: uniform, min: 0.035, max: 0.045}
                    demand_multiplier: 0.2
                    unit_output: {dist: uniform, min: 0.0034, max: 0.0041}
                    lag: 1
                    sector: secondary
                # The generated total of the base year, known to 0.5%%: for a conditioned run (bench/national.sh with
                # EVIDENCE=1; without it the script runs --set 'evidence=[]').
                evidence:
                  - units: all
                    year: 2021
                    value: %.2f
                    sd: %.2f
                    label: the synthetic national total
                """,
                seed,
                units.size(),
                bands.toString().stripTrailing(),
                1000 * scale,
                800 * scale,
                8500 * scale,
                920 * scale,
                230 * scale,
                690 * scale,
                total,
                0.005 * total);
    }
}
