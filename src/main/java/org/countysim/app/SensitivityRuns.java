package org.countysim.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.engine.BlockRunner;
import org.countysim.engine.EngineResult;
import org.countysim.engine.LocalBlockRunner;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.CompiledModel;
import org.countysim.model.Metric;
import org.countysim.model.MetricSet;
import org.countysim.model.TrialOutput;
import org.countysim.result.Contrasts;
import org.countysim.result.Factor;
import org.countysim.result.TornadoResult;
import org.countysim.sensitivity.ModelVariants;
import org.countysim.sensitivity.SaltelliDesign;
import org.countysim.sensitivity.TornadoDesign;
import org.countysim.sensitivity.TrialOutputs;

/**
 * The engine passes of a sensitivity run: the tornado's arms, the Saltelli design, the per-trial export. The passes
 * that watch every trial run on this machine's threads, whatever runner the options name (observers are local).
 */
final class SensitivityRuns {
    private final CompiledModel model;
    private final long seed;
    private final BlockRunner runner;
    private final LocalBlockRunner local;
    private final Progress progress;
    private long offset;

    SensitivityRuns(CompiledModel model, long seed, Options options, Progress progress) {
        this.model = model;
        this.seed = seed;
        this.runner = options.runner();
        this.local = new LocalBlockRunner(options.threads());
        this.progress = progress;
    }

    /** Plans the bar: model evaluations of every pass to come. */
    void plan(long evaluations) {
        progress.target(evaluations);
    }

    /** Each factor at its P10 and P90 beside the base: the tornado of every metric, the chosen one first. */
    List<TornadoResult> tornado(List<Factor> factors, long trials, Metric chosen) {
        TornadoDesign design = TornadoDesign.of(model, factors, 0.10, 0.90);
        boolean[] tallied = new boolean[design.variants().size()];
        EngineResult r = run(
                new SimulationEngine(design.variants(), tallied, design.contrasts()),
                runner,
                trials,
                design.variants().size());
        List<TornadoResult> out = new ArrayList<>();
        out.add(design.result(r.paired(), chosen));
        for (Metric m : MetricSet.of(model)) {
            if (!m.equals(chosen)) {
                out.add(design.result(r.paired(), m));
            }
        }
        return out;
    }

    /**
     * The Saltelli design's outputs (or, without factors, the base model's alone), with variant A's factor values
     * for PRIM when {@code primFactors} is given.
     */
    TrialCollector collect(
            List<Factor> designFactors, List<TrialOutput> outputs, int samples, List<Factor> primFactors) {
        List<CompiledModel> variants = designFactors.isEmpty()
                ? List.of(model)
                : SaltelliDesign.of(model, designFactors).variants();
        int[][] positions = primFactors == null ? null : ModelVariants.positions(model, primFactors);
        TrialCollector c =
                new TrialCollector(samples, variants.size(), outputs, model.unitCount(), model.bandCount(), positions);
        run(
                new SimulationEngine(variants, new boolean[variants.size()], Contrasts.NONE),
                local.observedBy(c),
                samples,
                variants.size());
        return c;
    }

    /** Streams the base model's first {@code trials} trials to {@code file}. */
    void export(Path file, List<Factor> factors, long trials) throws IOException {
        List<Factor> valued = factors.stream().filter(f -> !f.isGroup()).toList();
        try (TrialExport export = new TrialExport(
                file,
                valued,
                ModelVariants.positions(model, valued),
                TrialOutputs.all(model),
                model.unitCount(),
                model.bandCount())) {
            run(
                    new SimulationEngine(List.of(model), new boolean[1], Contrasts.NONE),
                    local.observedBy(export),
                    trials,
                    1);
        }
    }

    private EngineResult run(SimulationEngine engine, BlockRunner on, long trials, int variants) {
        SimulationEngine.Session s = engine.start(seed, on);
        long base = offset;
        s.advanceTo(trials, done -> progress.done(base + done * variants));
        offset += trials * variants;
        return s.result();
    }
}
