package org.countysim.model;

import java.util.Arrays;

/**
 * model.md §2 for a chunk of up to {@code lanes} trials at once. Every quantity is a column, an array of
 * lanes (trial r of position p of the draw buffer is {@code cols[p][r]}), so each step is a loop over trials
 * that the JIT compiles to vector instructions (it does so for loops over whole arrays, not over slices of
 * one large array), without branches that random draws would mispredict.
 * Each trial goes through exactly the same floating-point operations, in the same order, as it would alone,
 * so results do not depend on the number of lanes. Holds its own workspace: one instance per thread;
 * {@link #run} allocates nothing.
 *
 * <p>Units are run one after another, each through all its years, once what they share is known (the base
 * year of every unit, programmes' allocation totals, prices and common shocks per year): a unit's sector-year
 * workspace is then reused by the next, so the workspace stays in cache at any number of units (2,850 units
 * × 10 years of sector-year columns were 300 MB a chunk of 128 lanes; docs/benchmarks.md). Every unit-sector-year
 * receives the same additions in the same order as when all units went year by year.
 */
public final class ChunkModel {
    private static final int S = 3;

    private final CompiledModel m;
    private final ProjectTable projects;
    private final CompiledProgram[] programs;
    private final CompiledGrowth[] growths;
    private final int units;
    private final int years;
    /** Per unit-year (unit × (years + 1) + t); year index 0 is the base year. */
    private final double[][] gdp;
    /** Per projected year: the price level, the inflation factor (1+π clamped at 0) and the common shock η. */
    private final double[][] price;

    private final double[][] inflation;
    private final double[][] eta;
    /** Per programme: the lane's normaliser of computed shares (null for explicit shares). */
    private final double[][] allocation;
    /** Per programme and projected year it spends: the quantity beyond the trend (null in other years). */
    private final double[][][] programQuantity;
    /** sqrt(1 − ρ²) per lane. */
    private final double[] innovation;
    /** One unit's workspace, reused unit after unit: per sector (sector × years + t) new permanent value N... */
    private final double[][] permanent;
    /** ...transient demand D and direct growth adjustments (none without growth interventions)... */
    private final double[][] transient_;

    private final double[][] growthDelta;
    /** ...per sector its core level K and its trend growth, and the unit's AR(1) shock, share and growth factor. */
    private final double[][] core;

    private final double[][] trend;
    private final double[] eps;
    private final double[] share;
    private final double[] factor;
    /** The permanent and transient rows padded with a sink row for years outside the projection (ProjectTable). */
    private final double[][] projectValue;

    private final double[][] projectDemand;
    private final double[] sink;
    private long clamps;

    public ChunkModel(CompiledModel model, int lanes) {
        this.m = model;
        this.projects = new ProjectTable(model.projects(), model.years(), model.baseYear(), model.unitCount());
        this.programs = model.programs().toArray(CompiledProgram[]::new);
        this.growths = model.growths().toArray(CompiledGrowth[]::new);
        this.units = model.unitCount();
        this.years = model.years();
        this.gdp = new double[units * (years + 1)][lanes];
        this.price = new double[years][lanes];
        this.inflation = new double[years][lanes];
        this.eta = new double[years][lanes];
        this.allocation = new double[programs.length][];
        this.programQuantity = new double[programs.length][years][];
        for (int p = 0; p < programs.length; p++) {
            if (programs[p].explicitShares() == null) {
                allocation[p] = new double[lanes];
            }
            for (int t = 0; t < years; t++) {
                if (programs[p].activeYear()[t]) {
                    programQuantity[p][t] = new double[lanes];
                }
            }
        }
        this.innovation = new double[lanes];
        this.permanent = new double[S * years][lanes];
        this.transient_ = new double[S * years][lanes];
        this.growthDelta = new double[growths.length > 0 ? S * years : 0][lanes];
        this.core = new double[S][lanes];
        this.trend = new double[S][lanes];
        this.eps = new double[lanes];
        this.share = new double[lanes];
        this.factor = new double[lanes];
        this.sink = new double[lanes];
        this.projectValue = projects.padPermanent(permanent, sink);
        this.projectDemand = projects.padDemand(transient_, sink);
    }

    /** Doubles of workspace one lane needs besides its draw buffer: for sizing chunks within a memory budget. */
    public static long doublesPerLane(CompiledModel model) {
        long units = model.unitCount();
        long years = model.years();
        long programs = model.programs().size();
        return units * (years + 1) + 3 * years + programs * (years + 1) + 3 * S * years + 2 * S + 5;
    }

    /** GDP of unit c in year index t (0 = base year, t = 1..Y projected) for lane r, valid after {@link #run}. */
    public double gdp(int c, int t, int r) {
        return gdp[c * (years + 1) + t][r];
    }

    /** The column of unit c's GDP in year index t, one value per lane (read only). */
    public double[] gdpColumn(int c, int t) {
        return gdp[c * (years + 1) + t];
    }

    /**
     * The first lane (below {@code rows}) with a non-finite GDP, or −1; with {@link #firstNonFinite(int)} it
     * names the value in the order a trial-by-trial run would have met it.
     */
    public int firstNonFiniteLane(int rows) {
        int first = -1;
        for (double[] column : gdp) {
            for (int r = 0; r < (first < 0 ? rows : first); r++) {
                if (!Double.isFinite(column[r])) {
                    first = r;
                    break;
                }
            }
        }
        return first;
    }

    /** The index (unit × (Y+1) + year index) of lane r's first non-finite GDP, or −1. */
    public int firstNonFinite(int r) {
        for (int i = 0; i < gdp.length; i++) {
            if (!Double.isFinite(gdp[i][r])) {
                return i;
            }
        }
        return -1;
    }

    /** Number of growth factors (1+g) or (1+π) clamped at 0 since construction. */
    public long clamps() {
        return clamps;
    }

    /** Runs lanes 0..rows−1 on the draw columns {@code cols}. */
    public void run(double[][] cols, int rows) {
        baseYear(cols, rows);
        for (int p = 0; p < programs.length; p++) {
            programTotals(p, cols, rows);
        }
        years(cols, rows);
        Arrays.fill(sink, 0);
        for (int c = 0; c < units; c++) {
            unitWorkspace(c, cols, rows);
            projectUnit(c, cols, rows);
        }
    }

    private static void zero(double[][] columns, int rows) {
        for (double[] column : columns) {
            Arrays.fill(column, 0, rows, 0);
        }
    }

    private static double[] column(double[][] cols, ParamRef ref, int i) {
        return cols[ref.base()[i]];
    }

    private static double[] column(double[][] cols, ParamRef ref, int i, int t) {
        return cols[ref.base()[i] + t * ref.stride()[i]];
    }

    /** Each unit's base-year GDP: the sum of its parts (a folded zone's GDP is a part of its host's). */
    private void baseYear(double[][] cols, int rows) {
        for (int c = 0; c < units; c++) {
            ParamRef parts = m.baseParts()[c];
            double[] sum = gdpColumn(c, 0);
            Arrays.fill(sum, 0, rows, 0);
            for (int i = 0; i < parts.size(); i++) {
                double[] part = column(cols, parts, i);
                for (int r = 0; r < rows; r++) {
                    sum[r] += part[r];
                }
            }
        }
    }

    /**
     * A programme's quantity beyond the trend in each year it spends, and for computed shares the normaliser: a
     * unit's share is its base-year value (GDP, or the sector's core level) times this (model.md §9a).
     */
    private void programTotals(int index, double[][] cols, int rows) {
        CompiledProgram p = programs[index];
        for (int t = 0; t < years; t++) {
            double[] q = programQuantity[index][t];
            if (q != null) {
                double[] gross = column(cols, p.quantity(), 0, t);
                double[] usual = column(cols, p.trendQuantity(), 0, t);
                for (int r = 0; r < rows; r++) {
                    q[r] = gross[r] - usual[r];
                }
            }
        }
        double[] total = allocation[index];
        if (total == null) {
            return;
        }
        Arrays.fill(total, 0, rows, 0);
        for (int c = 0; c < units; c++) {
            shareBase(p, c, rows);
            for (int r = 0; r < rows; r++) {
                total[r] += share[r];
            }
        }
        double universe = p.universeShare();
        if (Double.isNaN(universe)) {
            // Computed share: each unit takes its part of the whole file's base-year total (model.md §9a).
            double outside = p.outsideBaseYi();
            for (int r = 0; r < rows; r++) {
                double all = total[r] + outside;
                total[r] = all > 0 ? 1 / all : 0;
            }
        } else {
            for (int r = 0; r < rows; r++) {
                total[r] = total[r] > 0 ? universe / total[r] : 0;
            }
        }
    }

    /** Into {@link #share}: what unit c's computed share of programme p is proportional to, its base-year value. */
    private void shareBase(CompiledProgram p, int c, int rows) {
        double[] base = gdpColumn(c, 0);
        if (p.shareSector() < 0) {
            System.arraycopy(base, 0, share, 0, rows);
        } else {
            double sh = m.sectorShares()[c][p.shareSector()];
            for (int r = 0; r < rows; r++) {
                share[r] = base[r] * sh; // the sector's core level in the base year
            }
        }
    }

    /** What all units share per projected year: inflation (clamped at 0, counted), the price level, η_t. */
    private void years(double[][] cols, int rows) {
        double[] rho = column(cols, m.rho(), 0);
        double[] commonSd = column(cols, m.commonSd(), 0);
        for (int r = 0; r < rows; r++) {
            innovation[r] = Math.sqrt(1 - rho[r] * rho[r]);
        }
        for (int t = 0; t < years; t++) {
            double[] deflator = column(cols, m.deflator()[t], 0, t);
            double[] inf = inflation[t];
            for (int r = 0; r < rows; r++) {
                inf[r] = 1 + deflator[r];
            }
            clampAtZero(inf, rows);
            double[] common = cols[m.commonShock() + t];
            double[] level = price[t];
            if (t == 0) {
                System.arraycopy(inf, 0, level, 0, rows); // 1 × (1+π)
            } else {
                double[] before = price[t - 1];
                for (int r = 0; r < rows; r++) {
                    level[r] = before[r] * inf[r];
                }
            }
            double[] shock = eta[t];
            for (int r = 0; r < rows; r++) {
                shock[r] = commonSd[r] * common[r];
            }
        }
    }

    /** Unit c's new permanent value, transient demand and growth adjustments: projects, programmes, growths. */
    private void unitWorkspace(int c, double[][] cols, int rows) {
        if (!projects.isEmpty() || programs.length > 0) {
            zero(permanent, rows);
            zero(transient_, rows);
        }
        projects.addTo(c, cols, rows, projectValue, projectDemand);
        for (int p = 0; p < programs.length; p++) {
            addProgram(p, c, cols, rows);
        }
        if (growths.length > 0) {
            zero(growthDelta, rows);
            for (CompiledGrowth g : growths) {
                addGrowth(g, c, cols, rows);
            }
        }
    }

    /** D += q·cost·multiplier in the spending year; N += q·(cost·return + unit output) lag years later. */
    private void addProgram(int index, int c, double[][] cols, int rows) {
        CompiledProgram p = programs[index];
        if (p.explicitShares() != null) {
            Arrays.fill(share, 0, rows, p.explicitShares()[c]);
        } else {
            shareBase(p, c, rows);
            double[] total = allocation[index];
            for (int r = 0; r < rows; r++) {
                share[r] *= total[r];
            }
        }
        double[] dm = column(cols, p.demandMultiplier(), 0);
        double[] ret = column(cols, p.returnRate(), 0);
        double[] unitOutput = column(cols, p.unitOutput(), 0);
        for (int t = 0; t < years; t++) {
            double[] q = programQuantity[index][t];
            if (q == null) {
                continue;
            }
            double[] cost = column(cols, p.unitCost(), 0, t);
            double[] now = transient_[p.sector() * years + t];
            int later = t + p.lag();
            if (later < years) {
                double[] then = permanent[p.sector() * years + later];
                for (int r = 0; r < rows; r++) {
                    double units = q[r] * share[r];
                    now[r] += units * cost[r] * dm[r];
                    then[r] += units * (cost[r] * ret[r] + unitOutput[r]);
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    now[r] += q[r] * share[r] * cost[r] * dm[r];
                }
            }
        }
    }

    private void addGrowth(CompiledGrowth g, int c, double[][] cols, int rows) {
        if (!g.units()[c]) {
            return;
        }
        for (int t = 0; t < years; t++) {
            if (!g.years()[t]) {
                continue;
            }
            double[] delta = column(cols, g.delta(), c, t);
            for (int s = 0; s < S; s++) {
                if (g.sectors()[s]) {
                    double[] into = growthDelta[s * years + t];
                    for (int r = 0; r < rows; r++) {
                        into[r] += delta[r];
                    }
                }
            }
        }
    }

    /**
     * Unit c through its years: K_t = K_{t-1}(1+g)(1+π) + N·P_t; Y = Σ_s K + D·P_t; AR(1) idiosyncratic shocks
     * from the stationary law.
     */
    private void projectUnit(int c, double[][] cols, int rows) {
        double[] rho = column(cols, m.rho(), 0);
        double[] sd = column(cols, m.unitSd(), c);
        double[] z0 = cols[m.unitShock() + c * (years + 1)];
        double[] mu = column(cols, m.realGrowth(), c);
        double[] base = gdpColumn(c, 0);
        double[] sectorShare = m.sectorShares()[c];
        for (int r = 0; r < rows; r++) {
            eps[r] = sd[r] * z0[r];
        }
        for (int s = 0; s < S; s++) {
            double[] offset = column(cols, m.sectorOffset()[s], c);
            double[] tr = trend[s];
            double[] level = core[s];
            double sh = sectorShare[s];
            for (int r = 0; r < rows; r++) {
                tr[r] = mu[r] + offset[r];
                level[r] = base[r] * sh;
            }
        }
        double[] loadings = m.loadings();
        for (int t = 0; t < years; t++) {
            double[] z = cols[m.unitShock() + c * (years + 1) + t + 1];
            for (int r = 0; r < rows; r++) {
                eps[r] = rho[r] * eps[r] + innovation[r] * sd[r] * z[r];
            }
            double[] out = gdpColumn(c, t + 1);
            for (int s = 0; s < S; s++) {
                sector(s, t, loadings[s], out, s == 0, rows);
            }
        }
    }

    /**
     * One sector-year: the core level grows and gains new permanent value; core plus transient demand is
     * added to the unit's GDP column (the first sector sets it), in the order Y = (K₀ + D₀) + (K₁ + D₁) + ….
     */
    private void sector(int s, int t, double loading, double[] out, boolean first, int rows) {
        double[] level = core[s];
        double[] tr = trend[s];
        double[] shock = eta[t];
        double[] inf = inflation[t];
        double[] p = price[t];
        int st = s * years + t;
        for (int r = 0; r < rows; r++) {
            factor[r] = 1 + tr[r] + loading * shock[r] + eps[r];
        }
        if (growthDelta.length > 0) {
            double[] delta = growthDelta[st];
            for (int r = 0; r < rows; r++) {
                factor[r] += delta[r];
            }
        }
        clampAtZero(factor, rows);
        double[] newValue = permanent[st];
        double[] demand = transient_[st];
        if (first) {
            for (int r = 0; r < rows; r++) {
                double grown = level[r] * factor[r] * inf[r] + newValue[r] * p[r];
                level[r] = grown;
                out[r] = grown + demand[r] * p[r];
            }
        } else {
            for (int r = 0; r < rows; r++) {
                double grown = level[r] * factor[r] * inf[r] + newValue[r] * p[r];
                level[r] = grown;
                out[r] += grown + demand[r] * p[r];
            }
        }
    }

    /** Growth factors below zero become zero and are counted (almost never: the branch is predictable). */
    private void clampAtZero(double[] factors, int rows) {
        for (int r = 0; r < rows; r++) {
            if (factors[r] < 0) {
                factors[r] = 0;
                clamps++;
            }
        }
    }
}
