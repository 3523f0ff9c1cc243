package org.countysim.model;

import java.util.Arrays;

/**
 * One trial of model.md §2, given the trial's draw buffer. Holds its own workspace, so one instance
 * per thread; {@link #run} allocates nothing.
 */
public final class TrialModel {
    private static final int S = 3;

    private final CompiledModel m;
    /** The interventions as arrays: the hot loop iterates them without list iterators. */
    private final ProjectTable projects;
    private final CompiledProgram[] programs;
    private final CompiledGrowth[] growths;
    private final int units;
    private final int years;
    private final double[] base;
    private final double[] core;
    private final double[] permanent;
    private final double[] transient_;
    private final double[] growthDelta;
    private final double[] eps;
    private final double[] unitSd;
    private final double[] trend;
    private final double[] shares;
    private final double[] gdp;
    private long clamps;

    public TrialModel(CompiledModel model) {
        this.m = model;
        this.projects = new ProjectTable(model.projects(), model.years());
        this.programs = model.programs().toArray(CompiledProgram[]::new);
        this.growths = model.growths().toArray(CompiledGrowth[]::new);
        this.units = model.unitCount();
        this.years = model.years();
        this.base = new double[units];
        this.core = new double[units * S];
        this.permanent = new double[units * S * years];
        this.transient_ = new double[units * S * years];
        this.growthDelta = new double[units * S * years];
        this.eps = new double[units];
        this.unitSd = new double[units];
        this.trend = new double[units * S];
        this.shares = new double[units];
        this.gdp = new double[units * (years + 1)];
    }

    /** GDP of unit c in year index t (0 = base year, t = 1..Y projected), valid after {@link #run}. */
    public double gdp(int c, int t) {
        return gdp[c * (years + 1) + t];
    }

    /** The index (unit × (Y+1) + year index) of the first non-finite GDP of the last trial, or −1. */
    public int firstNonFinite() {
        for (int i = 0; i < gdp.length; i++) {
            if (!Double.isFinite(gdp[i])) {
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

    public void run(double[] buf) {
        baseYear(buf);
        if (!projects.isEmpty() || programs.length > 0) {
            Arrays.fill(permanent, 0);
            Arrays.fill(transient_, 0);
        }
        if (growths.length > 0) {
            Arrays.fill(growthDelta, 0);
        }
        projects.addTo(buf, permanent, transient_, m.baseYear(), years);
        for (CompiledProgram p : programs) {
            addProgram(p, buf);
        }
        for (CompiledGrowth g : growths) {
            addGrowth(g, buf);
        }
        project(buf);
    }

    private void baseYear(double[] buf) {
        for (int c = 0; c < units; c++) {
            ParamRef parts = m.baseParts()[c];
            double sum = 0;
            for (int i = 0; i < parts.size(); i++) {
                sum += parts.value(buf, i);
            }
            base[c] = sum;
            double[] share = m.sectorShares()[c];
            for (int s = 0; s < S; s++) {
                core[c * S + s] = sum * share[s];
            }
            gdp[c * (years + 1)] = sum;
        }
    }

    /** D += q·cost·multiplier in the spending year; N += q·(cost·return + unit output) lag years later. */
    private void addProgram(CompiledProgram p, double[] buf) {
        allocationShares(p);
        double dm = p.demandMultiplier().value(buf, 0);
        double ret = p.returnRate().value(buf, 0);
        double unitOutput = p.unitOutput().value(buf, 0);
        for (int t = 0; t < years; t++) {
            if (!p.activeYear()[t]) {
                continue;
            }
            double q = p.quantity().value(buf, 0, t);
            double cost = p.unitCost().value(buf, 0, t);
            int later = t + p.lag();
            for (int c = 0; c < units; c++) {
                double qc = q * shares[c];
                transient_[at(c, p.sector(), t)] += qc * cost * dm;
                if (later < years) {
                    permanent[at(c, p.sector(), later)] += qc * (cost * ret + unitOutput);
                }
            }
        }
    }

    private void allocationShares(CompiledProgram p) {
        if (p.explicitShares() != null) {
            System.arraycopy(p.explicitShares(), 0, shares, 0, units);
            return;
        }
        double total = 0;
        for (int c = 0; c < units; c++) {
            shares[c] = p.shareSector() < 0 ? base[c] : core[c * S + p.shareSector()];
            total += shares[c];
        }
        double scale = total > 0 ? p.universeShare() / total : 0;
        for (int c = 0; c < units; c++) {
            shares[c] *= scale;
        }
    }

    private void addGrowth(CompiledGrowth g, double[] buf) {
        for (int c = 0; c < units; c++) {
            if (!g.units()[c]) {
                continue;
            }
            for (int t = 0; t < years; t++) {
                if (!g.years()[t]) {
                    continue;
                }
                double delta = g.delta().value(buf, c, t);
                for (int s = 0; s < S; s++) {
                    if (g.sectors()[s]) {
                        growthDelta[at(c, s, t)] += delta;
                    }
                }
            }
        }
    }

    /** K_t = K_{t-1}(1+g)(1+π) + N·P_t; Y = Σ_s K + D·P_t; AR(1) idiosyncratic shocks from the stationary law. */
    private void project(double[] buf) {
        double rho = m.rho().value(buf, 0);
        double innovation = Math.sqrt(1 - rho * rho);
        double commonSd = m.commonSd().value(buf, 0);
        double[] loadings = m.loadings();
        int unitShock = m.unitShock();
        for (int c = 0; c < units; c++) {
            double sd = m.unitSd().value(buf, c);
            unitSd[c] = sd;
            eps[c] = sd * buf[unitShock + c * (years + 1)];
            double mu = m.realGrowth().value(buf, c);
            for (int s = 0; s < S; s++) {
                trend[c * S + s] = mu + m.sectorOffset()[s].value(buf, c);
            }
        }
        double price = 1;
        double[] core = this.core;
        double[] permanent = this.permanent;
        double[] transientDemand = this.transient_;
        double[] growthDelta = this.growthDelta;
        double[] trend = this.trend;
        for (int t = 0; t < years; t++) {
            double inflation = clamp(1 + m.deflator().value(buf, 0, t));
            price *= inflation;
            double eta = commonSd * buf[m.commonShock() + t];
            double shock0 = loadings[0] * eta;
            double shock1 = loadings[1] * eta;
            double shock2 = loadings[2] * eta;
            for (int c = 0; c < units; c++) {
                int row = c * (years + 1);
                double e = rho * eps[c] + innovation * unitSd[c] * buf[unitShock + row + t + 1];
                eps[c] = e;
                int k = c * S;
                int kt = k * years + t;
                double y = sector(core, permanent, transientDemand, growthDelta, k, kt, 1 + trend[k] + shock0 + e,
                        inflation, price)
                        + sector(core, permanent, transientDemand, growthDelta, k + 1, kt + years,
                        1 + trend[k + 1] + shock1 + e, inflation, price)
                        + sector(core, permanent, transientDemand, growthDelta, k + 2, kt + 2 * years,
                        1 + trend[k + 2] + shock2 + e, inflation, price);
                gdp[row + t + 1] = y;
            }
        }
    }

    /** One sector-year: the core level grows and gains new permanent value; returns core plus transient demand. */
    private double sector(double[] core, double[] permanent, double[] transientDemand, double[] growthDelta, int k,
                          int kt, double factorBeforeDelta, double inflation, double price) {
        double factor = factorBeforeDelta + growthDelta[kt];
        if (factor < 0) {
            factor = 0;
            clamps++;
        }
        double level = core[k] * factor * inflation + permanent[kt] * price;
        core[k] = level;
        return level + transientDemand[kt] * price;
    }

    private double clamp(double factor) {
        if (factor < 0) {
            clamps++;
            return 0;
        }
        return factor;
    }
}
