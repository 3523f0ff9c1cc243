package org.countysim.sensitivity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.countysim.distribution.Distribution;

/** A distribution in a few words, for --list-factors and the CSVs: "uniform 500–930", "normal 0.05 ± 0.01". */
public final class DistributionText {
    private DistributionText() {}

    public static String of(Distribution d) {
        if (d instanceof Distribution.Fixed f) {
            return "fixed " + n(f.value());
        }
        if (d instanceof Distribution.Uniform u) {
            return "uniform " + n(u.min()) + "–" + n(u.max());
        }
        if (d instanceof Distribution.Triangular t) {
            return "triangular " + n(t.min()) + "/" + n(t.mode()) + "/" + n(t.max());
        }
        if (d instanceof Distribution.Pert p) {
            return "pert " + n(p.min()) + "/" + n(p.mode()) + "/" + n(p.max());
        }
        if (d instanceof Distribution.Normal nd) {
            String bounds = Double.isInfinite(nd.lower()) && Double.isInfinite(nd.upper())
                    ? ""
                    : " in [" + n(nd.lower()) + ", " + n(nd.upper()) + "]";
            return "normal " + n(nd.mean()) + " ± " + n(nd.sd()) + bounds;
        }
        if (d instanceof Distribution.LogNormal l) {
            return "lognormal median " + n(l.median()) + " sigma " + n(l.sigma());
        }
        if (d instanceof Distribution.Beta b) {
            return "beta " + n(b.a()) + ", " + n(b.b()) + " on " + n(b.min()) + "–" + n(b.max());
        }
        if (d instanceof Distribution.Bernoulli b) {
            return "bernoulli " + n(b.p());
        }
        Distribution.Discrete di = (Distribution.Discrete) d;
        double total = Arrays.stream(di.weights()).sum();
        return "discrete "
                + java.util.stream.IntStream.range(0, di.values().length)
                        .mapToObj(i -> n(di.values()[i]) + " (" + n(di.weights()[i] / total) + ")")
                        .collect(Collectors.joining(", "));
    }

    private static String n(double x) {
        String s = String.format(Locale.ROOT, "%.4g", x);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
