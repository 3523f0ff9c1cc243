package org.countysim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.CountySimException;
import org.countysim.model.CompiledModel;
import org.countysim.model.MetricSet;
import org.countysim.model.TrialOutput;
import org.countysim.report.OutputFolder;
import org.countysim.result.Conditioned;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.result.SobolResult;
import org.countysim.result.TornadoResult;
import org.countysim.result.ValueOfInformation;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;
import org.countysim.sensitivity.EvidenceReach;
import org.countysim.sensitivity.TrialOutputs;
import org.countysim.sensitivity.Weighted;

/**
 * {@code countysim sensitivity} (model.md §8): the factors, a tornado of one metric, Sobol indices of one per-trial
 * output, the value of information of the banded baselines, PRIM on the design's base trials and, on request, the
 * per-trial export. Everything is computed inside the output folder's staging area, so the export streams straight
 * into it and a failure leaves nothing behind.
 */
public final class SensitivityPipeline {
    /** Fewest base samples of a Saltelli design: below, the intervals say little. */
    public static final int MIN_SAMPLES = 1024;
    /** Fewest trials per tornado arm. */
    public static final long MIN_TRIALS = 1000;

    private SensitivityPipeline() {}

    /** The factors of a scenario, for --list-factors. */
    public static List<Factor> factors(Path scenario, Options o, boolean splitShocks) {
        return FactorCatalog.of(Inputs.load(scenario, o.overrides(), o.trials(), o.seed(), o.counting()), splitShocks);
    }

    public static SensitivityOutcome run(SensitivityRequest q) {
        Options o = q.options();
        CompiledScenario compiled = Inputs.load(q.scenario(), o.overrides(), o.trials(), o.seed(), o.counting());
        Scenario sc = compiled.scenario();
        CompiledModel model = compiled.model();
        List<Factor> all = FactorCatalog.of(compiled, q.splitShocks());
        if (all.isEmpty() && !q.methods().isEmpty()) {
            throw new CountySimException("the scenario has no uncertain input (every value is fixed and no baseline is"
                    + " a band): there is nothing for a sensitivity analysis to rank");
        }
        List<Factor> chosen = q.factors().isEmpty() ? all : FactorCatalog.select(all, q.factors());
        check(q, model);
        TrialOutput output = TrialOutputs.find(model, orAllMet(q.output()), "--output");
        TrialOutput condition = TrialOutputs.find(model, orAllMet(q.condition()), "--condition");
        if (!condition.binary()) {
            throw new CountySimException("--condition " + q.condition() + " is not a yes/no output; PRIM looks for"
                    + " one of: all_met, exact_all, met_<threshold>, exact_<threshold>");
        }
        long tornadoTrials = q.tornadoTrials() != null ? q.tornadoTrials() : sc.trials();
        long exportTrials = q.exportTrials() != null ? q.exportTrials() : sc.trials();
        OutputFolder folder =
                OutputFolder.check(outDir(o, sc.name(), q.methods().isEmpty()), Inputs.files(compiled));
        SensitivityOutcome[] result = new SensitivityOutcome[1];
        folder.write(staging -> {
            result[0] = compute(
                    q, compiled, all, chosen, output, condition, tornadoTrials, exportTrials, folder.path(), staging);
            SensitivityWriter.write(staging, result[0], o);
        });
        return result[0];
    }

    private static void check(SensitivityRequest q, CompiledModel model) {
        if (q.has(SensitivityRequest.Method.TORNADO)) {
            MetricOption.find(MetricSet.of(model), q.metric() == null ? "p_all_met" : q.metric(), "--metric");
        }
        if (q.samples() < MIN_SAMPLES) {
            throw new CountySimException("--samples " + q.samples() + " is too small: a Saltelli design needs at least "
                    + MIN_SAMPLES + " base samples for its intervals to mean anything");
        }
        if (q.tornadoTrials() != null && q.tornadoTrials() < MIN_TRIALS) {
            throw new CountySimException("--tornado-trials " + q.tornadoTrials() + " is too small: at least "
                    + MIN_TRIALS + " trials per arm");
        }
        if (q.resamples() < 100 || q.resamples() > 100_000) {
            throw new CountySimException("--resamples must be between 100 and 100000, got " + q.resamples());
        }
        if (!(q.minCoverage() > 0 && q.minCoverage() <= 1)) {
            throw new CountySimException("--min-coverage is a share in (0, 1], got " + q.minCoverage());
        }
        if (q.exportName() != null && !q.exportName().matches("[^/\\\\]+\\.csv(\\.gz)?")) {
            throw new CountySimException("--export-trials takes a file name ending in .csv or .csv.gz (it is written"
                    + " into the output folder), got '" + q.exportName() + "'");
        }
        if (q.exportName() != null) {
            SensitivityFiles.checkExportName(q.exportName());
        }
    }

    private static SensitivityOutcome compute(
            SensitivityRequest q,
            CompiledScenario compiled,
            List<Factor> all,
            List<Factor> chosen,
            TrialOutput output,
            TrialOutput condition,
            long tornadoTrials,
            long exportTrials,
            Path outDir,
            Path staging)
            throws java.io.IOException {
        CompiledModel model = compiled.model();
        Scenario sc = compiled.scenario();
        SensitivityRuns runs = new SensitivityRuns(model, sc.seed(), q.options(), q.progress());
        List<Factor> design = new ArrayList<>(FactorCatalog.pooled(all, chosen));
        design.addAll(FactorCatalog.combinedBaselines(design));
        boolean sobol = q.has(SensitivityRequest.Method.SOBOL);
        boolean prim = q.has(SensitivityRequest.Method.PRIM);
        boolean tornadoAsked = q.has(SensitivityRequest.Method.TORNADO);
        boolean weighted = model.weighted();
        runs.plan(
                (tornadoAsked ? (2L * chosen.size() + 1) * tornadoTrials + runs.levelTrials(chosen, tornadoTrials) : 0)
                        + (sobol ? (design.size() + 2L) * q.samples() : prim ? q.samples() : 0)
                        + (q.exportName() != null ? exportTrials : 0));
        Map<String, Double> seconds = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        long t0 = System.nanoTime();
        List<TornadoResult> tornado = List.of();
        if (tornadoAsked) {
            tornado = runs.tornado(
                    chosen, tornadoTrials, MetricSet.of(model).find(q.metric() == null ? "p_all_met" : q.metric()));
            seconds.put("tornado", lap(t0));
            if (weighted) {
                warnings.addAll(EvidenceOutcome.essWarnings(
                        tornado.get(0).given().ess(), tornadoTrials, "tornado's base arm: "));
            }
        }
        List<SobolResult> indices = new ArrayList<>();
        List<ConditionedIndices> conditioned = List.of();
        ValueOfInformation voi = null;
        PrimResult primResult = null;
        RankedTarget question = null;
        String rankedNote = null;
        if (tornadoAsked && !(sobol || prim)) {
            question = RankedTarget.fromTornado(SobolOutputs.voiOutputs(model), tornado);
        }
        if (sobol || prim) {
            long t1 = System.nanoTime();
            List<TrialOutput> outputs = SobolOutputs.of(model, output, condition);
            List<Factor> valued = chosen.stream().filter(f -> !f.isGroup()).toList();
            TrialCollector data = runs.collect(
                    sobol ? design : List.of(), outputs, q.samples(), prim || sobol && weighted ? valued : null);
            seconds.put(sobol ? "sobol_design" : "prim_trials", lap(t1));
            if (weighted) {
                warnings.addAll(EvidenceOutcome.essWarnings(
                        Weighted.ess(data.w), data.trials, (sobol ? "the design's" : "PRIM's") + " base trials: "));
            }
            question = RankedTarget.fromTrials(data, outputs);
            output = q.output() == null ? question.target() : output;
            condition = q.condition() == null ? question.target() : condition;
            long t2 = System.nanoTime();
            if (sobol) {
                List<String> skipped = new ArrayList<>();
                indices = SobolOutputs.analyze(data, outputs, output, design, q, skipped, sc.seed());
                if (weighted) {
                    List<String> skippedGiven = new ArrayList<>();
                    conditioned = ConditionedOutputs.analyze(
                            data, outputs, output, valued, readGroup(model, design), skippedGiven);
                    voi = ConditionedOutputs.voi(
                            conditioned, skippedGiven, new Conditioned(data.trials, Weighted.ess(data.w)));
                } else {
                    voi = SobolOutputs.voi(indices, skipped);
                }
                seconds.put("sobol_bootstrap", lap(t2));
            }
            if (prim) {
                long t3 = System.nanoTime();
                primResult = PrimStep.run(
                        data, outputs.indexOf(condition), condition, q.condition() != null, valued, q.minCoverage());
                seconds.put("prim", lap(t3));
            }
        }
        if (question != null) {
            if (tornadoAsked && q.metric() == null) {
                tornado = metricFirst(tornado, question.metricId());
            }
            boolean defaulted =
                    tornadoAsked && q.metric() == null || sobol && q.output() == null || prim && q.condition() == null;
            if (defaulted && question.note() != null) {
                rankedNote = question.note();
                warnings.add(0, rankedNote);
            }
        }
        String exportFile = null;
        if (q.exportName() != null) {
            long t4 = System.nanoTime();
            runs.export(staging.resolve(q.exportName()), all, exportTrials);
            exportFile = q.exportName();
            seconds.put("export", lap(t4));
        }
        q.progress().close();
        return new SensitivityOutcome(
                compiled,
                all,
                tornado.isEmpty() ? null : tornado.get(0),
                tornado,
                indices,
                conditioned,
                voi,
                primResult,
                outDir,
                exportFile,
                exportFile == null ? 0 : exportTrials,
                seconds,
                warnings,
                rankedNote,
                chosen.size());
    }

    /** The tornado read for every metric, the ranked one first (the arms are the same: only the reading moves). */
    private static List<TornadoResult> metricFirst(List<TornadoResult> all, String metric) {
        List<TornadoResult> out = new ArrayList<>(all);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).metric().id().equals(metric)) {
                out.add(0, out.remove(i));
                break;
            }
        }
        return out;
    }

    /** An output option left to its default: all targets met (until {@link RankedTarget} says otherwise). */
    private static String orAllMet(String id) {
        return id == null ? "all_met" : id;
    }

    /** The design's banded baselines together, when they hold every draw the evidence reads; else null. */
    static ConditionedOutputs.Group readGroup(CompiledModel model, List<Factor> design) {
        for (int i = 0; i < design.size(); i++) {
            Factor f = design.get(i);
            if (f.kind() == Factor.Kind.COMBINED && EvidenceReach.readsOnly(model, List.of(f))) {
                return new ConditionedOutputs.Group(f, i);
            }
        }
        return null;
    }

    private static double lap(long start) {
        return Math.round((System.nanoTime() - start) / 1e6) / 1000.0;
    }

    /**
     * {@code --out}, else {@code out/<name>-sensitivity}, or {@code out/<name>-trials} for an export-only run
     * ({@code --methods none}), so that exporting trials never replaces the analysis; with the overrides' hash for a
     * what-if.
     */
    static Path outDir(Options o, String scenarioName, boolean exportOnly) {
        if (o.outDir() != null) {
            return o.outDir();
        }
        return Path.of(
                "out", scenarioName + (exportOnly ? "-trials" : "-sensitivity") + WhatIf.folderSuffix(o.overrides()));
    }
}
