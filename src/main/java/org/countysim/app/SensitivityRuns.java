package org.countysim.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.CountySimException;
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
import org.countysim.sensitivity.EvidenceReach;
import org.countysim.sensitivity.ModelVariants;
import org.countysim.sensitivity.SaltelliDesign;
import org.countysim.sensitivity.TornadoDesign;
import org.countysim.sensitivity.TrialOutputs;

/**
 * The engine passes of a sensitivity run: the tornado's arms, the Saltelli design, the per-trial export. The passes
 * that watch every trial run on this machine's threads, whatever runner the options name (observers are local).
 */
final class SensitivityRuns {
    /** The tornado's levels: P10 and P90. */
    static final double LOW = 0.10;

    static final double HIGH = 0.90;
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
        double[][] low = new double[factors.size()][];
        double[][] high = new double[factors.size()][];
        List<Integer> informed = informed(factors);
        if (!informed.isEmpty()) {
            double[][][] levels = levels(factors, informed, trials);
            for (int k = 0; k < informed.size(); k++) {
                low[informed.get(k)] = levels[0][k];
                high[informed.get(k)] = levels[1][k];
            }
        }
        TornadoDesign design = TornadoDesign.of(model, factors, LOW, HIGH, low, high);
        boolean[] tallied = new boolean[design.variants().size()];
        EngineResult r = run(
                new SimulationEngine(design.variants(), tallied, design.contrasts()),
                runner,
                trials,
                design.variants().size());
        requirePossible(r, factors);
        List<TornadoResult> out = new ArrayList<>();
        out.add(design.result(r.paired(), chosen));
        for (Metric m : MetricSet.of(model)) {
            if (!m.equals(chosen)) {
                out.add(design.result(r.paired(), m));
            }
        }
        return out;
    }

    /** The factors (indices) whose distribution the evidence changes: their levels are its weighted quantiles. */
    List<Integer> informed(List<Factor> factors) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            if (EvidenceReach.informs(model, factors.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Trials the tornado's levels given the evidence take (0 without evidence or without informed factors). */
    long levelTrials(List<Factor> factors, long tornadoTrials) {
        List<Integer> informed = informed(factors);
        return informed.isEmpty() ? 0 : TornadoLevels.trials(tornadoTrials, positions(factors, informed));
    }

    private int[][] positions(List<Factor> factors, List<Integer> informed) {
        return ModelVariants.positions(
                model, informed.stream().map(factors::get).toList());
    }

    /** A weighted run of the base model: the informed factors' draws at their weighted P10 and P90. */
    private double[][][] levels(List<Factor> factors, List<Integer> informed, long tornadoTrials) {
        int[][] at = positions(factors, informed);
        int n = TornadoLevels.trials(tornadoTrials, at);
        TornadoLevels levels = new TornadoLevels(n, at);
        run(new SimulationEngine(List.of(model), new boolean[1], Contrasts.NONE), local.observedBy(levels), n, 1);
        return levels.levels(LOW, HIGH);
    }

    /** An arm no trial of which comes near the evidence has nothing to estimate: exit 2 naming it. */
    private static void requirePossible(EngineResult r, List<Factor> factors) {
        for (int v = 0; v < 2 * factors.size() + 1; v++) {
            if (!r.paired().possible(v)) {
                String arm = v == 0
                        ? "the base arm"
                        : "the arm with " + factors.get((v - 1) / 2).id() + " at its " + (v % 2 == 1 ? "P10" : "P90");
                throw new CountySimException("tornado: in " + arm + " the evidence is impossible: no trial of "
                        + r.paired().trials() + " comes near it (countysim run names each observation and the range"
                        + " of the trials' sums)");
            }
        }
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
        TrialCollector c = new TrialCollector(
                samples, variants.size(), outputs, model.unitCount(), model.bandCount(), positions, model.weighted());
        run(
                new SimulationEngine(variants, new boolean[variants.size()], Contrasts.NONE),
                local.observedBy(c),
                samples,
                variants.size());
        if (c.w != null) {
            c.requirePossible();
        }
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
                model.bandCount(),
                model.weighted())) {
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
