package org.countysim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.countysim.sensitivity.SaltelliSampler;
import org.countysim.sensitivity.SobolAnalyzer;
import org.countysim.sensitivity.TestFunctions;

/**
 * The Java side of bench/sobol_peer.sh: the same estimator code as the product, on the outputs the numpy peer wrote
 * (the point estimates must agree to rounding), then on a design of its own (the time of each step, for the
 * comparison). Not a test: run by the script.
 */
public final class SobolPeerCheck {
    private SobolPeerCheck() {}

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int n = lines.size();
        int k = lines.get(0).split(",").length - 2;
        double[] y = new double[n * (k + 2)];
        for (int j = 0; j < n; j++) {
            String[] cells = lines.get(j).split(",");
            for (int c = 0; c < k + 2; c++) {
                y[j * (k + 2) + c] = Double.parseDouble(cells[c]);
            }
        }
        SobolAnalyzer.Indices s = SobolAnalyzer.analyze(y, n, k, 500, 0.95, 1);
        System.out.println("java, on the numpy peer's outputs:");
        print(s, TestFunctions.ishigami(7, 0.1));
        long t0 = System.nanoTime();
        double[][] points = SaltelliSampler.sample(k, n, 2);
        long t1 = System.nanoTime();
        double[] own =
                SaltelliSampler.evaluate(points, TestFunctions.ishigami(7, 0.1).f());
        long t2 = System.nanoTime();
        SobolAnalyzer.Indices mine = SobolAnalyzer.analyze(own, n, k, 500, 0.95, 2);
        long t3 = System.nanoTime();
        System.out.println("java, its own design:");
        print(mine, TestFunctions.ishigami(7, 0.1));
        System.out.printf(
                Locale.ROOT,
                "seconds: design %.3f, evaluation %.3f, estimators and bootstrap %.3f%n",
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t2) / 1e9);
    }

    private static void print(SobolAnalyzer.Indices s, TestFunctions.Analytic f) {
        for (int i = 0; i < f.k(); i++) {
            SobolAnalyzer.Estimate a = s.first()[i];
            SobolAnalyzer.Estimate t = s.total()[i];
            System.out.printf(
                    Locale.ROOT,
                    "x%d: S1 %.6f se %.4f [%.4f, %.4f] (exact %.4f)   ST %.6f se %.4f [%.4f, %.4f]" + " (exact %.4f)%n",
                    i + 1,
                    a.value(),
                    a.se(),
                    a.lo(),
                    a.hi(),
                    f.first()[i],
                    t.value(),
                    t.se(),
                    t.lo(),
                    t.hi(),
                    f.total()[i]);
        }
    }
}
