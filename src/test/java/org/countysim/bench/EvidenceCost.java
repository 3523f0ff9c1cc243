package org.countysim.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.countysim.app.Inputs;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.CompiledModel;

/**
 * The engine alone, with a scenario's evidence and without it (--set evidence=[]), run alternately in one JVM
 * (so that a shared machine slows both alike): CPU seconds of the process (every thread: workers, merging, GC,
 * JIT) per run, medians and the ratio. Not a test: run with bench/evidence-engine.sh (docs/benchmarks.md).
 * Usage: EvidenceCost [scenario] [trials a run, default 2e6] [threads, default 2] [repetitions, default 5]
 *
 * <p>With {@code -Dsteps=S -Dmodel=with|without}: one model in a fresh JVM (the JIT's warm-up included), advanced
 * in S steps of 65,536 trials; prints the process CPU milliseconds of each step.
 */
public final class EvidenceCost {
    private EvidenceCost() {}

    public static void main(String[] args) {
        Path scenario = Path.of(args.length > 0 ? args[0] : "scenarios/plan-2025.yaml");
        long trials = args.length > 1 ? (long) Double.parseDouble(args[1]) : 2_000_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        if (Integer.getInteger("steps") != null) {
            steps(scenario, Integer.getInteger("steps"), "with".equals(System.getProperty("model")), threads);
            return;
        }
        CompiledModel with = Inputs.load(scenario, List.of(), null, null, null).model();
        CompiledModel without =
                Inputs.load(scenario, List.of("evidence=[]"), null, null, null).model();
        for (int warm = 0; warm < 2; warm++) {
            new SimulationEngine(with).run(trials / 4, 1, threads);
            new SimulationEngine(without).run(trials / 4, 1, threads);
        }
        double[][] cpu = new double[2][reps];
        double[][] wall = new double[2][reps];
        for (int i = 0; i < reps; i++) {
            for (int m = 0; m < 2; m++) {
                CompiledModel model = m == 0 ? without : with;
                long c0 = cpuNanos();
                long w0 = System.nanoTime();
                new SimulationEngine(model).run(trials, 2 + i, threads);
                cpu[m][i] = (cpuNanos() - c0) / 1e9;
                wall[m][i] = (System.nanoTime() - w0) / 1e9;
            }
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(
                "%s, %.0e trials, %d threads, %d runs each; load %.1f%n",
                scenario, (double) trials, threads, reps, load);
        for (int m = 0; m < 2; m++) {
            System.out.printf(
                    "%-8s CPU s median %.2f (min %.2f)  wall s median %.2f  CPU µs a trial %.3f  runs %s%n",
                    m == 0 ? "without" : "with",
                    median(cpu[m]),
                    Arrays.stream(cpu[m]).min().orElseThrow(),
                    median(wall[m]),
                    median(cpu[m]) * 1e6 / trials,
                    Arrays.toString(Arrays.stream(cpu[m])
                            .map(x -> Math.round(x * 100) / 100.0)
                            .toArray()));
        }
        System.out.printf("ratio of CPU medians %.3f%n", median(cpu[1]) / median(cpu[0]));
    }

    /** A cold run in steps: the CPU of each step, from the first (JIT compiling, code not yet compiled) on. */
    private static void steps(Path scenario, int steps, boolean with, int threads) {
        CompiledModel model = Inputs.load(scenario, with ? List.of() : List.of("evidence=[]"), null, null, null)
                .model();
        SimulationEngine.Session session = new SimulationEngine(model).start(1, threads);
        StringBuilder line = new StringBuilder(with ? "with" : "without");
        long c0 = cpuNanos();
        for (int i = 1; i <= steps; i++) {
            session.advanceTo(65_536L * i, done -> {});
            long c1 = cpuNanos();
            line.append(' ').append((c1 - c0) / 1_000_000);
            c0 = c1;
        }
        System.out.println(line);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
