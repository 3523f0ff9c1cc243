package org.countysim.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.data.DataQuality;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.BandLabels;
import org.countysim.model.CompiledModel;
import org.countysim.model.Targets;
import org.countysim.report.BaselineChart;
import org.countysim.report.ChartStyle;
import org.countysim.report.ContributionsChart;
import org.countysim.report.ContributionsCsv;
import org.countysim.report.CountyTierChart;
import org.countysim.report.CsvTables;
import org.countysim.report.EvidenceSection;
import org.countysim.report.FanChart;
import org.countysim.report.HtmlReport;
import org.countysim.report.ManifestWriter;
import org.countysim.report.OutputFolder;
import org.countysim.report.RunOutputs;
import org.countysim.report.TierChart;
import org.countysim.result.Attribution;
import org.countysim.result.Summarizer;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.result.WeightedSummarizer;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;

/** {@code countysim run}: load → compile → simulate → summarize → write (staged, then moved into place). */
public final class RunPipeline {
    private final PrintWriter err;
    private final Progress progress;

    public RunPipeline(PrintWriter err, Progress progress) {
        this.err = err;
        this.progress = progress;
    }

    public RunOutcome run(RunRequest request) {
        long started = System.nanoTime();
        CompiledScenario compiled = Inputs.load(
                request.scenario(),
                request.options().overrides(),
                request.options().trials(),
                request.options().seed(),
                request.options().counting());
        Scenario sc = compiled.scenario();
        CompiledModel model = compiled.model();
        OutputFolder outFolder = OutputFolder.check(outDir(request, sc), Inputs.files(compiled));
        SimulationEngine.Session session =
                new SimulationEngine(model).start(sc.seed(), request.options().runner());
        PrecisionRule.Result precision = new PrecisionRule(request.precision(), request.maxTrials())
                .runUntil(session, sc.trials(), progress, r -> largestSe(compiled, r.tallies()[0]));
        Tally tally = session.result().tallies()[0];
        Summary prior = summarize(compiled, tally);
        Summary summary = model.weighted() ? conditioned(compiled, tally) : prior;
        EvidenceOutcome evidence = model.weighted() ? EvidenceOutcome.of(compiled, tally, prior, summary) : null;
        long trials = tally.trials();
        List<String> warnings = warnings(summary);
        TrialCountWarning.of(trials).ifPresent(warnings::add);
        if (evidence != null) {
            warnings.addAll(EvidenceOutcome.essWarnings(summary.ess(), trials, ""));
        }
        warnings.addAll(targetWarnings(compiled));
        warnings.addAll(UniverseCheck.warnings(compiled));
        Attribution attribution = null;
        long attributionTrials = Math.min(trials, request.attributionTrials());
        if (!sc.enabledInterventions().isEmpty() && attributionTrials > 0) {
            attribution = AttributionPipeline.attribute(
                    compiled, attributionTrials, sc.seed(), request.options().runner());
            warnings.addAll(AttributionPipeline.evidenceWarnings(attribution, attributionTrials < trials));
            if (attribution.shapley() == null) {
                warnings.add(sc.enabledInterventions().size() + " interventions: more than "
                        + Attribution.MAX_EXACT_SHAPLEY + " for exact Shapley values (2^k runs); contributions are"
                        + " leave-one-out only");
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (precision.asked() && !precision.reached()) {
            warnings.add("the precision " + request.precision() + " was not reached within " + trials
                    + " trials (largest probability SE " + precision.largestSe() + "); raise --max-trials");
        }
        RunOutcome outcome = new RunOutcome(
                compiled,
                summary,
                attribution,
                outFolder.path(),
                trials,
                sc.seed(),
                request.options().threads(),
                wall,
                warnings,
                precision,
                evidence,
                request.options().overrides());
        write(outFolder, outcome, request);
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

    private static Summary summarize(CompiledScenario compiled, Tally tally) {
        CompiledModel model = compiled.model();
        return Summarizer.summarize(
                tally, model.thresholds(), model.targets(), compiled.scenario().baseYear(), compiled.bandNames());
    }

    /** The summary conditioned on the evidence (model.md §11); an error when the evidence is impossible. */
    private static Summary conditioned(CompiledScenario compiled, Tally tally) {
        CompiledModel model = compiled.model();
        return WeightedSummarizer.summarize(
                tally,
                model.evidence(),
                model.thresholds(),
                model.targets(),
                compiled.scenario().baseYear(),
                compiled.bandNames());
    }

    /** --precision: every probability the run reports, conditioned and prior (with evidence) or plain. */
    private static double largestSe(CompiledScenario compiled, Tally tally) {
        double prior = PrecisionRule.largestSe(summarize(compiled, tally));
        return compiled.model().weighted()
                ? Math.max(prior, PrecisionRule.largestSe(conditioned(compiled, tally)))
                : prior;
    }

    /**
     * Targets that no trial can meet are worth saying before anyone reads a probability of 0: "at least T units"
     * with T above the number of projected units (the first such band; every lower one asks for more).
     */
    public static List<String> targetWarnings(CompiledScenario compiled) {
        CompiledModel model = compiled.model();
        Targets targets = model.targets();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < targets.bands(); k++) {
            if (targets.cumulative(k) > model.unitCount()) {
                warnings.add("the target '" + BandLabels.atLeast(targets.cumulative(k), model.thresholds(), k)
                        + "' asks for more than the " + model.unitCount() + " projected units: it, and all targets"
                        + " together, cannot be met (nor the exact structure " + targets.structure() + ")");
                break;
            }
        }
        return warnings;
    }

    private static List<String> warnings(Summary summary) {
        List<String> warnings = new ArrayList<>();
        if (summary.clamps() > 0) {
            warnings.add(summary.clamps() + " growth or price factors fell below zero and were clamped at 0"
                    + " (model.md §2): some growth draws are below −100%; check the scenario's distributions");
        }
        return warnings;
    }

    private void write(OutputFolder outFolder, RunOutcome outcome, RunRequest request) {
        CompiledModel model = outcome.compiled().model();
        outFolder.write(folder -> {
            CsvTables tables = new CsvTables(folder, request.options().excelBom());
            if (outcome.conditioned()) {
                tables.writeAll(outcome.summary(), outcome.evidence().prior(), model.units(), model.thresholds());
            } else {
                tables.writeAll(outcome.summary(), model.units(), model.thresholds());
            }
            if (outcome.attribution() != null) {
                ContributionsCsv.write(
                        folder.resolve(RunOutputs.CONTRIBUTIONS),
                        outcome.attribution(),
                        request.options().excelBom());
            }
            String chartFont = request.options().charts() ? writeCharts(folder, outcome) : "none (no charts)";
            HtmlReport.write(folder.resolve(RunOutputs.REPORT), outcome.summary(), reportContext(outcome, request));
            ManifestWriter.write(folder.resolve(RunOutputs.MANIFEST), manifest(outcome, request, chartFont));
        });
    }

    private static HtmlReport.Context reportContext(RunOutcome o, RunRequest request) {
        Scenario sc = o.compiled().scenario();
        CompiledModel model = o.compiled().model();
        return new HtmlReport.Context(
                sc.title(),
                sc.name(),
                sc.baseYear(),
                sc.horizon(),
                o.trials(),
                o.seed(),
                model.units(),
                model.thresholds(),
                model.targets(),
                sc.tiers().counting().shown(),
                o.attribution(),
                o.compiled().quality().line(),
                o.warnings(),
                sc.enabledInterventions().stream()
                        .map(Scenario.Intervention::label)
                        .toList(),
                request.options().charts(),
                o.conditioned()
                        ? new EvidenceSection(
                                o.evidence().prior(),
                                o.evidence().conditioning(),
                                o.evidence().baselines(),
                                o.evidence().given(),
                                o.evidence().reading())
                        : null,
                o.overrides(),
                DecisiveAssumptions.of(o.compiled()));
    }

    /** Draws the run's charts; returns the font family used for Chinese, for the manifest. */
    private String writeCharts(Path folder, RunOutcome outcome) throws IOException {
        CompiledModel model = outcome.compiled().model();
        Scenario sc = outcome.compiled().scenario();
        ChartStyle style = ChartStyle.detect(sc.title()
                + String.join("", model.units().stream().map(u -> u.nameZh()).toList()));
        if (style.family().isEmpty()) {
            err.println("note: no installed font can draw Chinese; charts use English names"
                    + " (on Debian: apt-get install fonts-wqy-microhei)");
        }
        // A what-if names its overrides in every chart's title, so a chart is never taken for the scenario's own.
        String title = style.text(sc.title(), sc.name())
                + (outcome.overrides().isEmpty()
                        ? ""
                        : style.text("（假设：" + String.join("；", outcome.overrides()) + "）", outcome.whatIf()));
        new TierChart(style)
                .write(
                        folder.resolve(RunOutputs.TIERS_CHART),
                        outcome.summary(),
                        outcome.conditioned() ? outcome.evidence().prior() : null,
                        sc.tiers().counting().shown(),
                        sc.horizon(),
                        title);
        if (outcome.conditioned() && !outcome.evidence().baselines().isEmpty()) {
            new BaselineChart(style)
                    .write(
                            folder.resolve(RunOutputs.BASELINES_CHART),
                            outcome.evidence().baselines(),
                            outcome.evidence().given(),
                            title);
        }
        // these charts show the conditioned results only: their titles say so
        String given = outcome.conditioned() ? title + style.text("（依证据）", " (given the evidence)") : title;
        new FanChart(style)
                .write(
                        folder.resolve(RunOutputs.FANS_CHART),
                        outcome.summary(),
                        model.units(),
                        model.thresholds(),
                        given);
        new CountyTierChart(style)
                .write(
                        folder.resolve(RunOutputs.COUNTY_TIERS_CHART),
                        outcome.summary(),
                        model.units(),
                        model.thresholds(),
                        sc.horizon(),
                        given);
        if (outcome.attribution() != null) {
            new ContributionsChart(style)
                    .write(folder.resolve(RunOutputs.CONTRIBUTIONS_CHART), outcome.attribution(), sc.horizon(), given);
        }
        return style.family().orElse("none (Latin labels)");
    }

    private static Map<String, Object> manifest(RunOutcome o, RunRequest request, String chartFont) {
        CompiledScenario c = o.compiled();
        Scenario sc = c.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "countysim");
        m.put("version", Version.current());
        m.put("created", Instant.now().toString());
        m.put(
                "scenario",
                ordered(
                        "name",
                        sc.name(),
                        "title",
                        sc.title(),
                        "file",
                        sc.file().toString(),
                        "sha256",
                        sc.sha256()));
        m.put("overrides", request.options().overrides());
        m.put(
                "data",
                ordered(
                        "file",
                        c.baseline().file().toString(),
                        "sha256",
                        c.baseline().sha256(),
                        "encoding",
                        c.baseline().encoding(),
                        "base_year",
                        c.baseline().year()));
        m.put("seed", o.seed());
        m.put("trials", o.trials());
        if (o.precision().asked()) {
            m.put(
                    "precision",
                    ordered(
                            "target_se",
                            request.precision(),
                            "max_trials",
                            request.maxTrials(),
                            "reached",
                            o.precision().reached(),
                            "largest_probability_se",
                            o.precision().largestSe()));
        }
        m.put("threads", o.threads());
        m.put("block_size", SimulationEngine.BLOCK_SIZE);
        m.put("random_streams", SimulationEngine.RANDOM_STREAMS);
        m.put("horizon", sc.horizon());
        m.put("counting", sc.tiers().counting().key());
        m.put(
                "targets",
                ordered(
                        "stated_as",
                        sc.tiers().targetForm().key(),
                        "band",
                        c.model().targets().band(),
                        "cumulative",
                        c.model().targets().cumulative()));
        m.put(
                "interventions",
                sc.enabledInterventions().stream()
                        .map(Scenario.Intervention::id)
                        .toList());
        m.put(
                "attribution_trials",
                o.attribution() == null ? 0 : o.attribution().trials());
        m.put("wall_seconds", Math.round(o.wallSeconds() * 1000) / 1000.0);
        DataQuality q = c.quality();
        m.put(
                "data_quality",
                ordered(
                        "units",
                        q.units(),
                        "exact",
                        q.exact(),
                        "rounded",
                        q.rounded(),
                        "banded",
                        q.banded(),
                        "estimated",
                        q.estimated(),
                        "sectors_filled",
                        q.sectorsFilled(),
                        "sector_shares_source",
                        q.sharesNote()));
        if (o.conditioned()) {
            m.put("evidence", EvidenceJson.of(o.evidence()));
        }
        m.put("model_warnings", o.warnings());
        m.put("growth_clamps", o.summary().clamps());
        m.put("quantile_relative_accuracy", org.countysim.result.QuantileSketch.RELATIVE_ACCURACY);
        m.put("chart_font", chartFont);
        return m;
    }

    /** A map that keeps the order given, so the JSON reads the same every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
