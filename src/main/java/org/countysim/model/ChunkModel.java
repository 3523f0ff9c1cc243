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
 */
public final class ChunkModel {
    private static final int S = 3;

    private final CompiledModel m;
    private final ProjectTable projects;
    private final CompiledProgram[] programs;
    private final CompiledGrowth[] growths;
    private final int units;
    private final int years;
    /** Per unit. */
    private final double[][] base;
    /** Per unit-sector (unit × 3 + sector). */
    private final double[][] core;
    /** Per unit-sector-year ((unit × 3 + sector) × years + t). */
    private final double[][] permanent;

    private final double[][] transient_;
    private final double[][] growthDelta;
    private final double[][] eps;
    private final double[][] unitSd;
    private final double[][] trend;
    private final double[][] shares;
    /** Per unit-year (unit × (years + 1) + t). */
    private final double[][] gdp;
    /** Per-lane scratch: price level, inflation factor, common shock, growth factor, AR(1) innovation scale. */
    private final double[] price;

    private final double[] inflation;
    private final double[] eta;
    private final double[] factor;
    private final double[] programQuantity;
    private final double[] innovation;
    /** The permanent and transient rows padded with a sink row for years outside the projection (ProjectTable). */
    private final double[][] projectValue;

    private final double[][] projectDemand;
    private final double[] sink;
    private long clamps;

    public ChunkModel(CompiledModel model, int lanes) {
        this.m = model;
        this.projects = new ProjectTable(model.projects(), model.years(), model.baseYear());
        this.programs = model.programs().toArray(CompiledProgram[]::new);
        this.growths = model.growths().toArray(CompiledGrowth[]::new);
        this.units = model.unitCount();
        this.years = model.years();
        this.base = new double[units][lanes];
        this.core = new double[units * S][lanes];
        this.permanent = new double[units * S * years][lanes];
        this.transient_ = new double[units * S * years][lanes];
        this.growthDelta = new double[growths.length > 0 ? units * S * years : 0][lanes];
        this.eps = new double[units][lanes];
        this.unitSd = new double[units][lanes];
        this.trend = new double[units * S][lanes];
        this.shares = new double[units][lanes];
        this.gdp = new double[units * (years + 1)][lanes];
        this.price = new double[lanes];
        this.inflation = new double[lanes];
        this.eta = new double[lanes];
        this.factor = new double[lanes];
        this.programQuantity = new double[lanes];
        this.innovation = new double[lanes];
        this.sink = new double[lanes];
        this.projectValue = projects.padPermanent(permanent, sink);
        this.projectDemand = projects.padDemand(transient_, sink);
    }

    /** Doubles of workspace one lane needs besides its draw buffer: for sizing chunks within a memory budget. */
    public static long doublesPerLane(CompiledModel model) {
        long units = model.unitCount();
        return units * S * model.years() * 3 + units * (model.years() + 1) + units * (4 + 2 * S) + 8;
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

    private int at(int c, int s, int t) {
        return (c * S + s) * years + t;
    }

    /** Runs lanes 0..rows−1 on the draw columns {@code cols}. */
    public void run(double[][] cols, int rows) {
        baseYear(cols, rows);
        if (!projects.isEmpty() || programs.length > 0) {
            zero(permanent, rows);
            zero(transient_, rows);
        }
        zero(growthDelta, rows);
        Arrays.fill(sink, 0);
        projects.addTo(cols, rows, projectValue, projectDemand);
        for (CompiledProgram p : programs) {
            addProgram(p, cols, rows);
        }
        for (CompiledGrowth g : growths) {
            addGrowth(g, cols, rows);
        }
        project(cols, rows);
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

    private void baseYear(double[][] cols, int rows) {
        for (int c = 0; c < units; c++) {
            ParamRef parts = m.baseParts()[c];
            double[] sum = base[c];
            Arrays.fill(sum, 0, rows, 0);
            for (int i = 0; i < parts.size(); i++) {
                double[] part = column(cols, parts, i);
                for (int r = 0; r < rows; r++) {
                    sum[r] += part[r];
                }
            }
            double[] share = m.sectorShares()[c];
            for (int s = 0; s < S; s++) {
                double[] level = core[c * S + s];
                double sh = share[s];
                for (int r = 0; r < rows; r++) {
                    level[r] = sum[r] * sh;
                }
            }
            System.arraycopy(sum, 0, gdpColumn(c, 0), 0, rows);
        }
    }

    /** D += q·cost·multiplier in the spending year; N += q·(cost·return + unit output) lag years later. */
    private void addProgram(CompiledProgram p, double[][] cols, int rows) {
        allocationShares(p, rows);
        double[] dm = column(cols, p.demandMultiplier(), 0);
        double[] ret = column(cols, p.returnRate(), 0);
        double[] unitOutput = column(cols, p.unitOutput(), 0);
        for (int t = 0; t < years; t++) {
            if (!p.activeYear()[t]) {
                continue;
            }
            double[] gross = column(cols, p.quantity(), 0, t);
            double[] usual = column(cols, p.trendQuantity(), 0, t);
            double[] q = programQuantity;
            for (int r = 0; r < rows; r++) {
                q[r] = gross[r] - usual[r];
            }
            double[] cost = column(cols, p.unitCost(), 0, t);
            int later = t + p.lag();
            for (int c = 0; c < units; c++) {
                double[] share = shares[c];
                double[] now = transient_[at(c, p.sector(), t)];
                for (int r = 0; r < rows; r++) {
                    now[r] += q[r] * share[r] * cost[r] * dm[r];
                }
                if (later < years) {
                    double[] then = permanent[at(c, p.sector(), later)];
                    for (int r = 0; r < rows; r++) {
                        then[r] += q[r] * share[r] * (cost[r] * ret[r] + unitOutput[r]);
                    }
                }
            }
        }
    }

    private void allocationShares(CompiledProgram p, int rows) {
        if (p.explicitShares() != null) {
            for (int c = 0; c < units; c++) {
                Arrays.fill(shares[c], 0, rows, p.explicitShares()[c]);
            }
            return;
        }
        double[] total = factor;
        Arrays.fill(total, 0, rows, 0);
        for (int c = 0; c < units; c++) {
            double[] from = p.shareSector() < 0 ? base[c] : core[c * S + p.shareSector()];
            double[] share = shares[c];
            for (int r = 0; r < rows; r++) {
                share[r] = from[r];
                total[r] += from[r];
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
        for (int c = 0; c < units; c++) {
            double[] share = shares[c];
            for (int r = 0; r < rows; r++) {
                share[r] *= total[r];
            }
        }
    }

    private void addGrowth(CompiledGrowth g, double[][] cols, int rows) {
        for (int c = 0; c < units; c++) {
            if (!g.units()[c]) {
                continue;
            }
            for (int t = 0; t < years; t++) {
                if (!g.years()[t]) {
                    continue;
                }
                double[] delta = column(cols, g.delta(), c, t);
                for (int s = 0; s < S; s++) {
                    if (g.sectors()[s]) {
                        double[] into = growthDelta[at(c, s, t)];
                        for (int r = 0; r < rows; r++) {
                            into[r] += delta[r];
                        }
                    }
                }
            }
        }
    }

    /** K_t = K_{t-1}(1+g)(1+π) + N·P_t; Y = Σ_s K + D·P_t; AR(1) idiosyncratic shocks from the stationary law. */
    private void project(double[][] cols, int rows) {
        double[] rho = column(cols, m.rho(), 0);
        double[] commonSd = column(cols, m.commonSd(), 0);
        for (int r = 0; r < rows; r++) {
            innovation[r] = Math.sqrt(1 - rho[r] * rho[r]);
        }
        for (int c = 0; c < units; c++) {
            double[] sd = column(cols, m.unitSd(), c);
            double[] z0 = cols[m.unitShock() + c * (years + 1)];
            double[] mu = column(cols, m.realGrowth(), c);
            double[] ownSd = unitSd[c];
            double[] e = eps[c];
            for (int r = 0; r < rows; r++) {
                ownSd[r] = sd[r];
                e[r] = sd[r] * z0[r];
            }
            for (int s = 0; s < S; s++) {
                double[] offset = column(cols, m.sectorOffset()[s], c);
                double[] tr = trend[c * S + s];
                for (int r = 0; r < rows; r++) {
                    tr[r] = mu[r] + offset[r];
                }
            }
        }
        Arrays.fill(price, 0, rows, 1);
        double[] loadings = m.loadings();
        for (int t = 0; t < years; t++) {
            double[] deflator = column(cols, m.deflator()[t], 0, t);
            for (int r = 0; r < rows; r++) {
                inflation[r] = 1 + deflator[r];
            }
            clampAtZero(inflation, rows);
            double[] common = cols[m.commonShock() + t];
            for (int r = 0; r < rows; r++) {
                price[r] *= inflation[r];
                eta[r] = commonSd[r] * common[r];
            }
            for (int c = 0; c < units; c++) {
                double[] e = eps[c];
                double[] ownSd = unitSd[c];
                double[] z = cols[m.unitShock() + c * (years + 1) + t + 1];
                for (int r = 0; r < rows; r++) {
                    e[r] = rho[r] * e[r] + innovation[r] * ownSd[r] * z[r];
                }
                double[] out = gdpColumn(c, t + 1);
                for (int s = 0; s < S; s++) {
                    sector(c * S + s, t, loadings[s], e, out, s == 0, rows);
                }
            }
        }
    }

    /**
     * One sector-year: the core level grows and gains new permanent value; core plus transient demand is
     * added to the unit's GDP column (the first sector sets it), in the order Y = (K₀ + D₀) + (K₁ + D₁) + ….
     */
    private void sector(int k, int t, double loading, double[] e, double[] out, boolean first, int rows) {
        double[] level = core[k];
        double[] tr = trend[k];
        int kt = k * years + t;
        for (int r = 0; r < rows; r++) {
            factor[r] = 1 + tr[r] + loading * eta[r] + e[r];
        }
        if (growthDelta.length > 0) {
            double[] delta = growthDelta[kt];
            for (int r = 0; r < rows; r++) {
                factor[r] += delta[r];
            }
        }
        clampAtZero(factor, rows);
        double[] newValue = permanent[kt];
        double[] demand = transient_[kt];
        if (first) {
            for (int r = 0; r < rows; r++) {
                double grown = level[r] * factor[r] * inflation[r] + newValue[r] * price[r];
                level[r] = grown;
                out[r] = grown + demand[r] * price[r];
            }
        } else {
            for (int r = 0; r < rows; r++) {
                double grown = level[r] * factor[r] * inflation[r] + newValue[r] * price[r];
                level[r] = grown;
                out[r] += grown + demand[r] * price[r];
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
