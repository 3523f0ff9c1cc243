package org.countysim.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.countysim.app.Inputs;
import org.countysim.engine.BlockRunner;
import org.countysim.engine.LocalBlockRunner;
import org.countysim.engine.SimulationEngine;
import org.countysim.engine.WorkPlan;
import org.countysim.model.CompiledModel;
import org.countysim.scenario.CompiledScenario;

/**
 * The engine on scenarios/plan-2025.yaml, local threads against Spark tasks in one JVM (JIT shared, the Spark context
 * started once and timed apart): wall seconds per run (median of the repeats), with and without the evidence, for
 * several task sizes; then Spark's own cost of an empty task. Run by spark/bench/spark.sh, not by the tests.
 *
 * <p>Arguments: trials (default 10^6), master (local[2]), blocks per task (0,4,16,64; 0 is the runner's choice),
 * repeats (3). System properties: {@code scenario} (another scenario, e.g. the synthetic national study of
 * spark/bench/national.sh), {@code evidence} ({@code both}, the default, or {@code without}).
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws Exception {
        long trials = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        String master = args.length > 1 ? args[1] : "local[2]";
        int[] sizes = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {SparkBlockRunner.AUTO, 4, 16, 64};
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int threads = Runtime.getRuntime().availableProcessors();
        Path scenario = Path.of(System.getProperty("scenario", "../scenarios/plan-2025.yaml"));
        boolean[] evidences = "without".equals(System.getProperty("evidence", "both"))
                ? new boolean[] {false}
                : new boolean[] {false, true};
        long started = System.nanoTime();
        JavaSparkContext context = SparkRunners.start(master);
        System.out.printf("Spark context %s started in %.2f s%n", master, (System.nanoTime() - started) / 1e9);
        try {
            System.out.println("evidence | runner | blocks/task | tasks | jobs | wall s (median) | runs |"
                    + " MB back | driver merge s");
            for (boolean evidence : evidences) {
                long loading = System.nanoTime();
                CompiledScenario c =
                        Inputs.load(scenario, evidence ? List.of() : List.of("evidence=[]"), trials, null, null);
                CompiledModel model = c.model();
                long seed = c.scenario().seed();
                System.out.printf(
                        "%s: read and compiled in %.2f s; its work plan serialises to %.1f MB%n",
                        scenario,
                        (System.nanoTime() - loading) / 1e9,
                        Serialised.bytes(new SimulationEngine(model).plan(seed, trials, 0, WorkPlan.blocksOf(trials)))
                                        .length
                                / 1e6);
                // warm-up: the engine's JIT, on both runners
                time(model, seed, trials / 10, new LocalBlockRunner(threads));
                time(model, seed, trials / 10, new SparkRunners(context, 16).withThreads(threads));
                List<Double> local = new ArrayList<>();
                for (int r = 0; r < repeats; r++) {
                    local.add(time(model, seed, trials, new LocalBlockRunner(threads)));
                }
                System.out.printf(
                        "%s | local %d threads | - | - | - | %.3f | %s | - | -%n",
                        evidence, threads, median(local), local);
                for (int size : sizes) {
                    List<Double> spark = new ArrayList<>();
                    Traffic last = null;
                    for (int r = 0; r < repeats; r++) {
                        SparkRunners runners = new SparkRunners(context, size);
                        spark.add(time(model, seed, trials, runners.withThreads(threads)));
                        last = runners.traffic();
                    }
                    System.out.printf(
                            "%s | spark %s | %s | %d | %d | %.3f | %s | %.1f | %.3f%n",
                            evidence,
                            master,
                            size == SparkBlockRunner.AUTO
                                    ? "auto: "
                                            + new SparkBlockRunner(context, size, new Traffic())
                                                    .blocksPerTask(new SimulationEngine(model)
                                                            .plan(seed, trials, 0, WorkPlan.blocksOf(trials)))
                                    : String.valueOf(size),
                            last.tasks(),
                            last.jobs(),
                            median(spark),
                            spark,
                            last.bytes() / 1e6,
                            last.mergeSeconds());
                }
            }
            emptyTasks(context);
        } finally {
            context.stop();
        }
    }

    /** Spark's cost of a task that does nothing: jobs of 2 and of 256 tasks. */
    private static void emptyTasks(JavaSparkContext context) {
        for (int tasks : new int[] {2, 256}) {
            List<Integer> items = IntStream.range(0, tasks).boxed().toList();
            context.parallelize(items, tasks).map(x -> x).collect(); // warm-up
            long start = System.nanoTime();
            int jobs = 5;
            for (int j = 0; j < jobs; j++) {
                context.parallelize(items, tasks).map(x -> x).collect();
            }
            double perJob = (System.nanoTime() - start) / 1e9 / jobs;
            System.out.printf(
                    "empty job of %d tasks: %.1f ms a job, %.2f ms a task%n",
                    tasks, perJob * 1e3, perJob * 1e3 / tasks);
        }
    }

    private static double time(CompiledModel model, long seed, long trials, BlockRunner runner) {
        long start = System.nanoTime();
        new SimulationEngine(model).start(seed, runner).advanceTo(trials, done -> {});
        return Math.round((System.nanoTime() - start) / 1e6) / 1e3;
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
