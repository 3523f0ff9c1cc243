package org.countysim.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.countysim.app.Inputs;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.CompiledModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone on scenarios/plan-2025.yaml (11 units, 4 projected years, all interventions): trials per
 * second, by thread count. Run with bench/engine.sh; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
    static final int TRIALS = 200_000;

    @Param({"1", "2"})
    int threads;

    @Param({"scenarios/plan-2025.yaml"})
    String scenario;

    CompiledModel model;
    long seed;

    @Setup
    public void compile() {
        model = Inputs.load(Path.of(scenario), List.of(), null, null, null).model();
    }

    /** One op = one trial. */
    @Benchmark
    @OperationsPerInvocation(TRIALS)
    public Object trials() {
        return new SimulationEngine(model).run(TRIALS, ++seed, threads);
    }
}
