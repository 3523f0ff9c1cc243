package org.countysim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.Metric;
import org.countysim.report.ChartStyle;
import org.countysim.report.ManifestWriter;
import org.countysim.report.OutputFolder;
import org.countysim.report.ParamAxis;
import org.countysim.report.SweepChart;
import org.countysim.report.VariantCsv;
import org.countysim.result.VariantResult;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Overrides;
import org.countysim.scenario.Scenario;

/** {@code countysim sweep}: one or two scenario parameters over a grid, every point under common random numbers. */
public final class SweepPipeline {
    public static final int MAX_POINTS = 400;

    private SweepPipeline() {}

    /**
     * @param axes     the parameters with their readable names, in --param order
     * @param warnings e.g. --precision not reached
     */
    public record Outcome(
            List<ParamAxis> axes,
            List<double[]> points,
            VariantResult result,
            Metric metric,
            long seed,
            Path outDir,
            List<String> warnings,
            List<String> overrides) {
        public List<String> paths() {
            return axes.stream().map(ParamAxis::path).toList();
        }
    }

    public static Outcome run(Path file, List<ParamGrid> params, String metric, Options o, Sampling sampling) {
        if (params.isEmpty() || params.size() > 2) {
            throw new CountySimException("sweep takes one or two --param options, got " + params.size());
        }
        ScenarioVariants scenario = new ScenarioVariants(file, o);
        params.forEach(p -> ParamGrid.checkSweepable(p.path()));
        params.forEach(p -> Overrides.existing(scenario.document(), p.path()));
        List<double[]> points = grid(params);
        if (points.size() > MAX_POINTS) {
            throw new CountySimException("the sweep has " + points.size() + " points; at most " + MAX_POINTS);
        }
        List<CompiledScenario> variants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> paths = params.stream().map(ParamGrid::path).toList();
        for (double[] point : points) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < params.size(); i++) {
                name.append(name.length() == 0 ? "" : " ").append(ParamGrid.assignment(paths.get(i), point[i]));
            }
            variants.add(scenario.at(ScenarioVariants.point(paths, point), o.trials(), o.seed()));
            names.add(name.toString());
        }
        Metric chosen = MetricOption.find(VariantRunner.metrics(variants.get(0)), metric, "--metric");
        Scenario first = variants.get(0).scenario();
        OutputFolder outFolder = OutputFolder.check(outDir(o, first, params), Inputs.files(variants.get(0)));
        VariantRunner.Run run = VariantRunner.run(
                variants,
                names,
                false,
                first.trials(),
                first.seed(),
                o.runner(),
                sampling,
                VariantRunner::largestProbabilitySe);
        List<ParamAxis> axes =
                params.stream().map(p -> ParamLabels.of(first, p.path())).toList();
        Outcome outcome = new Outcome(
                axes,
                points,
                run.result(),
                chosen,
                first.seed(),
                outFolder.path(),
                VariantRunner.warnings(run, sampling),
                o.overrides());
        write(outFolder, outcome, variants.get(0), o);
        return outcome;
    }

    /** {@code --out}, else {@code out/<name>-sweep--<hash of the parameters and overrides>}: one folder per sweep. */
    private static Path outDir(Options o, Scenario first, List<ParamGrid> params) {
        if (o.outDir() != null) {
            return o.outDir();
        }
        List<String> identity = new ArrayList<>(o.overrides());
        params.forEach(p -> identity.add("--param " + p.path() + "=" + java.util.Arrays.toString(p.values())));
        return Path.of("out", first.name() + "-sweep" + WhatIf.folderSuffix(identity));
    }

    private static void write(OutputFolder outFolder, Outcome outcome, CompiledScenario first, Options o) {
        outFolder.write(folder -> {
            ManifestWriter.write(
                    folder.resolve("manifest.json"),
                    VariantManifest.of(
                            "sweep",
                            List.of(first),
                            o.overrides(),
                            outcome.seed(),
                            outcome.result().trials()));
            VariantCsv.writeSweep(
                    folder.resolve("sweep.csv"), outcome.paths(), outcome.points(), outcome.result(), o.excelBom());
            if (o.charts()) {
                Scenario sc = first.scenario();
                ChartStyle style = ChartStyle.detect(sc.title()
                        + String.join(
                                "", outcome.axes().stream().map(ParamAxis::zh).toList()));
                new SweepChart(style)
                        .write(
                                folder.resolve("sweep.png"),
                                new SweepChart.Sweep(
                                        outcome.axes(), outcome.points(), outcome.result(), outcome.metric()),
                                style.text(sc.title(), sc.name())
                                        + (outcome.overrides().isEmpty()
                                                ? ""
                                                : style.text(
                                                        "（假设：" + String.join("；", outcome.overrides()) + "）",
                                                        " (what-if: " + String.join("; ", outcome.overrides()) + ")")));
            }
        });
    }

    static List<double[]> grid(List<ParamGrid> params) {
        List<double[]> points = new ArrayList<>();
        if (params.size() == 1) {
            for (double x : params.get(0).values()) {
                points.add(new double[] {x});
            }
            return points;
        }
        for (double x : params.get(0).values()) {
            for (double y : params.get(1).values()) {
                points.add(new double[] {x, y});
            }
        }
        return points;
    }
}
