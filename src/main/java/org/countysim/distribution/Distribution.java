package org.countysim.distribution;

import static org.countysim.distribution.InvalidParameterException.finite;
import static org.countysim.distribution.InvalidParameterException.nonNegative;
import static org.countysim.distribution.InvalidParameterException.positive;
import static org.countysim.distribution.InvalidParameterException.probability;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;

/**
 * An uncertain quantity of a scenario (model.md §5). Records validate their parameters on construction
 * and delegate to Apache Commons Statistics for quantiles and samplers (normal and log-normal use the
 * ziggurat method; beta uses Cheng 1978), so every kind can also be driven by a unit-hypercube sample
 * through {@link #inverseCdf(double)}.
 */
public sealed interface Distribution extends java.io.Serializable {
    double mean();

    /** The p-quantile, 0 ≤ p ≤ 1. */
    double inverseCdf(double p);

    /** A sampler drawing from the given stream; the stream is the only source of randomness. */
    DoubleSampler sampler(UniformRandomProvider rng);

    default boolean isFixed() {
        return false;
    }

    /** One draw; functional so that samplers cost one virtual call in the hot loop. */
    @FunctionalInterface
    interface DoubleSampler {
        double sample();
    }

    record Fixed(double value) implements Distribution {
        public Fixed {
            finite(value, "value");
        }

        public double mean() {
            return value;
        }

        public double inverseCdf(double p) {
            return value;
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            return () -> value;
        }

        @Override
        public boolean isFixed() {
            return true;
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            finite(min, "min");
            finite(max, "max");
            InvalidParameterException.ordered(min, max, "max");
        }

        public double mean() {
            return (min + max) / 2;
        }

        public double inverseCdf(double p) {
            return min + p * (max - min);
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            return () -> min + rng.nextDouble() * (max - min);
        }
    }

    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            finite(min, "min");
            finite(max, "max");
            InvalidParameterException.ordered(min, max, "max");
            if (!(finite(mode, "mode") >= min && mode <= max)) {
                throw new InvalidParameterException(
                        "mode", "must lie in [min, max] = [" + min + ", " + max + "], got " + mode);
            }
        }

        public double mean() {
            return (min + mode + max) / 3;
        }

        /** The closed-form inverse of the triangular CDF. */
        public double inverseCdf(double p) {
            if (max == min) {
                return min;
            }
            double[] parts = parts();
            return inverseCdf(p, min, max, parts[0], parts[1], parts[2], parts[3]);
        }

        /** The precomputed parts of {@link #inverseCdf(double, double, double, double, double, double, double)}: width, mode − min, max − mode, split (max &gt; min). */
        public double[] parts() {
            double width = max - min;
            return new double[] {width, mode - min, max - mode, (mode - min) / width};
        }

        /**
         * The inverse CDF from its precomputed parts (width &gt; 0), without branches: samplers call it in hot
         * loops where p falls on either side of the split at random, which defeats branch prediction.
         */
        public static double inverseCdf(
                double p, double min, double max, double width, double belowMode, double aboveMode, double split) {
            long lower = -(long) (p < split ? 1 : 0);
            double root = Math.sqrt(select(lower, p * width * belowMode, (1 - p) * width * aboveMode));
            return select(lower, min + root, max - root);
        }

        private static double select(long mask, double ifSet, double otherwise) {
            return Double.longBitsToDouble(
                    Double.doubleToRawLongBits(ifSet) & mask | Double.doubleToRawLongBits(otherwise) & ~mask);
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            return () -> inverseCdf(rng.nextDouble());
        }
    }

    /** PERT: a beta distribution scaled to [min, max] with shape λ = 4 (Vose, Risk Analysis, 2008). */
    record Pert(double min, double mode, double max) implements Distribution {
        public Pert {
            new Triangular(min, mode, max);
        }

        private double alpha() {
            return 1 + 4 * (mode - min) / (max - min);
        }

        private double beta() {
            return 1 + 4 * (max - mode) / (max - min);
        }

        public double mean() {
            return (min + 4 * mode + max) / 6;
        }

        public double inverseCdf(double p) {
            return min == max
                    ? min
                    : min + (max - min) * BetaDistribution.of(alpha(), beta()).inverseCumulativeProbability(p);
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            if (min == max) {
                return () -> min;
            }
            return betaSampler(rng, alpha(), beta(), min, max);
        }
    }

    /** Normal, optionally truncated to [lower, upper] (infinite bounds mean no truncation). */
    record Normal(double mean, double sd, double lower, double upper) implements Distribution {
        public Normal {
            finite(mean, "mean");
            nonNegative(sd, "sd");
            if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
                throw new InvalidParameterException(
                        "upper", "truncation needs lower < upper, got [" + lower + ", " + upper + "]");
            }
            if (sd == 0 && (mean < lower || mean > upper)) {
                throw new InvalidParameterException("mean", "with sd 0 the mean must lie in [lower, upper]");
            }
        }

        public static Normal of(double mean, double sd) {
            return new Normal(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        private boolean truncated() {
            return lower != Double.NEGATIVE_INFINITY || upper != Double.POSITIVE_INFINITY;
        }

        private ContinuousDistribution law() {
            return truncated()
                    ? TruncatedNormalDistribution.of(mean, sd, lower, upper)
                    : NormalDistribution.of(mean, sd);
        }

        @Override
        public double mean() {
            return sd == 0 || !truncated() ? mean : law().getMean();
        }

        public double inverseCdf(double p) {
            return sd == 0 ? mean : law().inverseCumulativeProbability(p);
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            if (sd == 0) {
                return () -> mean;
            }
            NormalizedGaussianSampler z = ZigguratSampler.NormalizedGaussian.of(rng);
            if (!truncated()) {
                return () -> mean + sd * z.sample();
            }
            // Not TruncatedNormalDistribution's sampler: in Commons Statistics 1.1 it draws |Z| when the
            // bounds straddle the mean asymmetrically (N(1, 0.5) above 0.8 never fell below 1; SamplerTest).
            NormalDistribution normal = NormalDistribution.of(mean, sd);
            double mass = normal.cumulativeProbability(upper) - normal.cumulativeProbability(lower);
            if (mass >= REJECTION_MASS) {
                return () -> {
                    double x;
                    do {
                        x = mean + sd * z.sample();
                    } while (x < lower || x > upper);
                    return x;
                };
            }
            ContinuousDistribution law = law();
            return () -> law.inverseCumulativeProbability(rng.nextDouble());
        }

        /** Rejection from the whole normal while the bounds keep this much mass (at most 4 draws expected on average). */
        private static final double REJECTION_MASS = 0.25;
    }

    /** Log-normal given by its median and log-scale sigma. */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            positive(median, "median");
            nonNegative(sigma, "sigma");
        }

        /** The (mean, sd) form: sigma² = ln(1 + sd²/mean²), median = mean / sqrt(1 + sd²/mean²). */
        public static LogNormal ofMeanSd(double mean, double sd) {
            positive(mean, "mean");
            nonNegative(sd, "sd");
            double ratio = 1 + sd * sd / (mean * mean);
            return new LogNormal(mean / Math.sqrt(ratio), Math.sqrt(Math.log(ratio)));
        }

        public double mean() {
            return median * Math.exp(sigma * sigma / 2);
        }

        public double inverseCdf(double p) {
            return sigma == 0
                    ? median
                    : LogNormalDistribution.of(Math.log(median), sigma).inverseCumulativeProbability(p);
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            if (sigma == 0) {
                return () -> median;
            }
            ContinuousDistribution.Sampler s =
                    LogNormalDistribution.of(Math.log(median), sigma).createSampler(rng);
            return s::sample;
        }
    }

    /** Beta(a, b) scaled to [min, max] (default [0, 1]). */
    record Beta(double a, double b, double min, double max) implements Distribution {
        public Beta {
            positive(a, "a");
            positive(b, "b");
            finite(min, "min");
            finite(max, "max");
            InvalidParameterException.ordered(min, max, "max");
        }

        public double mean() {
            return min + (max - min) * a / (a + b);
        }

        public double inverseCdf(double p) {
            return min + (max - min) * BetaDistribution.of(a, b).inverseCumulativeProbability(p);
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            return betaSampler(rng, a, b, min, max);
        }
    }

    /**
     * Beta(a, b) scaled to [min, max]. With both shapes ≥ 1 (always so for PERT) it is X / (X + Y) for
     * X ~ Γ(a), Y ~ Γ(b) drawn by Marsaglia and Tsang's method: exact, and about four times faster than
     * Cheng's algorithm (a normal and a uniform per gamma, no logarithm in the common case). Smaller shapes
     * keep Cheng's sampler, as both gammas could then underflow to 0.
     */
    private static DoubleSampler betaSampler(UniformRandomProvider rng, double a, double b, double min, double max) {
        double width = max - min;
        if (a < 1 || b < 1) {
            ContinuousDistribution.Sampler s = BetaDistribution.of(a, b).createSampler(rng);
            return () -> min + width * s.sample();
        }
        ContinuousSampler x = AhrensDieterMarsagliaTsangGammaSampler.of(rng, a, 1);
        ContinuousSampler y = AhrensDieterMarsagliaTsangGammaSampler.of(rng, b, 1);
        return () -> {
            double gx = x.sample();
            return min + width * (gx / (gx + y.sample()));
        };
    }

    /** 1 with probability p, else 0. */
    record Bernoulli(double p) implements Distribution {
        public Bernoulli {
            probability(p, "p");
        }

        public double mean() {
            return p;
        }

        public double inverseCdf(double q) {
            return q > 1 - p ? 1 : 0;
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            return () -> rng.nextDouble() < p ? 1 : 0;
        }
    }

    /** A finite set of values with weights (normalised; they must sum to a positive number). */
    record Discrete(double[] values, double[] weights) implements Distribution {
        public Discrete {
            if (values.length == 0) {
                throw new InvalidParameterException("values", "needs at least one value");
            }
            if (weights.length != values.length) {
                throw new InvalidParameterException(
                        "weights",
                        "needs one weight per value (" + values.length + " values, " + weights.length + " weights)");
            }
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                finite(values[i], "values");
                sum += nonNegative(weights[i], "weights");
            }
            if (!(sum > 0)) {
                throw new InvalidParameterException("weights", "must sum to a positive number");
            }
            values = values.clone();
            weights = weights.clone();
        }

        public static Discrete uniformOver(List<Double> values) {
            double[] w = new double[values.size()];
            Arrays.fill(w, 1);
            return new Discrete(values.stream().mapToDouble(Double::doubleValue).toArray(), w);
        }

        /** Cumulative probabilities; the last is exactly 1. */
        public double[] cumulative() {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double[] c = new double[weights.length];
            double running = 0;
            for (int i = 0; i < weights.length; i++) {
                running += weights[i];
                c[i] = running / total;
            }
            c[c.length - 1] = 1;
            return c;
        }

        public double mean() {
            double m = 0;
            double total = 0;
            for (int i = 0; i < values.length; i++) {
                m += values[i] * weights[i];
                total += weights[i];
            }
            return m / total;
        }

        public double inverseCdf(double p) {
            return pick(cumulative(), values, p);
        }

        /**
         * The first value whose cumulative probability exceeds p: the number of cumulative probabilities at or
         * below p, counted without branches (random outcomes defeat branch prediction). A value of zero weight
         * shares its cumulative probability with the previous one and is never picked; the last is 1 > p.
         */
        public static double pick(double[] cumulative, double[] values, double p) {
            int k = 0;
            for (int i = 0; i < cumulative.length - 1; i++) {
                k += (int) ((Double.doubleToRawLongBits(p - cumulative[i]) >>> 63) ^ 1);
            }
            return values[k];
        }

        public DoubleSampler sampler(UniformRandomProvider rng) {
            double[] c = cumulative();
            double[] v = values;
            return () -> pick(c, v, rng.nextDouble());
        }

        public double max() {
            return Arrays.stream(values).max().orElseThrow();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Discrete d && Arrays.equals(values, d.values) && Arrays.equals(weights, d.weights);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return "Discrete" + Arrays.toString(values) + Arrays.toString(weights);
        }
    }
}
