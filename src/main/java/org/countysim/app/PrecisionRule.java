package org.countysim.app;

import java.util.function.ToDoubleFunction;
import org.countysim.engine.EngineResult;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.Counting;
import org.countysim.result.Summary;

/**
 * {@code --precision EPS}: after the first trials, keep adding whole blocks until every probability the run
 * reports (tier probabilities, count distributions, each unit's band and threshold probabilities) has a
 * standard error at most EPS, or {@code --max-trials} is reached. The next size is the current one scaled by
 * (largest SE / EPS)², as SE ∝ 1/√N. Deterministic for a seed: the sequence of sizes depends only on results.
 */
final class PrecisionRule {
    private final Double eps;
    private final long maxTrials;

    /** @param asked whether --precision was given; {@code reached} is true without it */
    record Result(boolean asked, boolean reached, double largestSe) {}

    PrecisionRule(Double eps, long maxTrials) {
        this.eps = eps;
        this.maxTrials = maxTrials;
    }

    /** Runs the session, with the largest standard error that counts computed from the session's result. */
    Result runUntil(
            SimulationEngine.Session session, long trials, Progress progress, ToDoubleFunction<EngineResult> largest) {
        if (eps == null) {
            progress.target(trials);
            session.advanceTo(trials, progress::done);
            progress.close();
            return new Result(false, true, Double.NaN);
        }
        long block = SimulationEngine.BLOCK_SIZE;
        long target = Math.min(maxTrials, Math.max(block, (trials + block - 1) / block * block));
        while (true) {
            progress.target(target);
            session.advanceTo(target, progress::done);
            double worst = largest.applyAsDouble(session.result());
            if (worst <= eps || target >= maxTrials) {
                progress.close();
                return new Result(true, worst <= eps, worst);
            }
            double scale = (worst / eps) * (worst / eps) * 1.02;
            long next = (long) Math.ceil(target * scale / block) * block;
            target = Math.min(maxTrials, Math.max(next, target + block));
        }
    }

    /** The largest standard error of any probability in the summary (weighted ones for a conditioned summary). */
    static double largestSe(Summary s) {
        double worst = 0;
        Summary.Tiers t = s.tiers();
        worst = Math.max(worst, Math.max(t.allMet().se(), t.exactAll().se()));
        for (Summary.Band b : t.bands()) {
            worst = Math.max(worst, Math.max(b.met().se(), b.exact().se()));
            for (Counting counting : Counting.values()) {
                for (double se : b.count(counting).pSe()) {
                    worst = Math.max(worst, se);
                }
            }
        }
        for (Summary.UnitYear u : s.unitYears()) {
            for (Summary.Estimate e : u.pReach()) {
                worst = Math.max(worst, e.se());
            }
            for (double se : u.pBandSe()) {
                worst = Math.max(worst, se);
            }
        }
        return worst;
    }
}
