package org.countysim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.countysim.engine.SimulationEngine;
import org.countysim.report.OutputFolder;
import org.countysim.report.RunOutputs;
import org.countysim.result.Attribution;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;

/**
 * {@code countysim run}: load → compile → simulate (until --precision, if asked) → summarize → attribute → write
 * (staged, then moved into place). The summaries are {@link RunSummaries}, the warnings {@link RunWarnings}, the
 * files {@link RunFiles}.
 */
public final class RunPipeline {
    /** The files a run writes, for run --help (a constant, as annotations need). */
    public static final String OUTPUTS_HELP = RunOutputs.HELP;

    private final PrintWriter err;
    private final Progress progress;

    public RunPipeline(PrintWriter err, Progress progress) {
        this.err = err;
        this.progress = progress;
    }

    public RunOutcome run(RunRequest request) {
        long started = System.nanoTime();
        Options options = request.options();
        CompiledScenario compiled = Inputs.load(
                request.scenario(), options.overrides(), options.trials(), options.seed(), options.counting());
        Scenario sc = compiled.scenario();
        OutputFolder outFolder = OutputFolder.check(outDir(request, sc), Inputs.files(compiled));
        SimulationEngine.Session session = new SimulationEngine(compiled.model()).start(sc.seed(), options.runner());
        PrecisionRule.Result precision = new PrecisionRule(request.precision(), request.maxTrials())
                .runUntil(session, sc.trials(), progress, r -> RunSummaries.largestSe(compiled, r.tallies()[0]));
        Tally tally = session.result().tallies()[0];
        long trials = tally.trials();
        Summary prior = RunSummaries.summarize(compiled, tally);
        boolean weighted = compiled.model().weighted();
        Summary summary = weighted ? RunSummaries.conditioned(compiled, tally) : prior;
        EvidenceOutcome evidence = weighted ? EvidenceOutcome.of(compiled, tally, prior, summary) : null;
        List<String> warnings = RunWarnings.of(compiled, summary, trials, evidence);
        long attributionTrials = Math.min(trials, request.attributionTrials());
        Attribution attribution = null;
        if (!sc.enabledInterventions().isEmpty() && attributionTrials > 0) {
            attribution = AttributionPipeline.attribute(compiled, attributionTrials, sc.seed(), options.runner());
            warnings.addAll(RunWarnings.attribution(
                    attribution,
                    attributionTrials < trials,
                    sc.enabledInterventions().size()));
        }
        double wall = (System.nanoTime() - started) / 1e9;
        warnings.addAll(RunWarnings.precision(precision, request.precision(), trials));
        RunOutcome outcome = new RunOutcome(
                compiled,
                summary,
                attribution,
                outFolder.path(),
                trials,
                sc.seed(),
                options.threads(),
                wall,
                warnings,
                precision,
                evidence,
                options.overrides());
        RunFiles.write(outFolder, outcome, request, err);
        return outcome;
    }

    /**
     * {@code --out}, else {@code out/<name>}; a what-if ({@code --set}) gets {@code out/<name>--<8 hex digits of
     * the overrides' hash>} so that it never replaces the scenario's own result.
     */
    static Path outDir(RunRequest request, Scenario sc) {
        if (request.options().outDir() != null) {
            return request.options().outDir();
        }
        return Path.of("out", sc.name() + WhatIf.folderSuffix(request.options().overrides()));
    }
}
