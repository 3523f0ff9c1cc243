package org.countysim.app;

import org.countysim.result.VariantResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.report.ChartStyle;
import org.countysim.report.StagedDirectory;
import org.countysim.report.SweepChart;
import org.countysim.report.VariantCsv;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.ScenarioReader;
import org.countysim.util.Suggest;

/** {@code countysim sweep}: one or two scenario parameters over a grid, every point under common random numbers. */
public final class SweepPipeline {
    public static final int MAX_POINTS = 400;

    private SweepPipeline() {
    }

    public record Outcome(List<ParamGrid> params, List<double[]> points, VariantResult result, String metric,
                          Path outDir) {
    }

    public static Outcome run(Path file, List<ParamGrid> params, String metric, Options o) {
        if (params.isEmpty() || params.size() > 2) {
            throw new CountySimException("sweep takes one or two --param options, got " + params.size());
        }
        var document = ScenarioReader.document(file, o.overrides());
        params.forEach(p -> ParamGrid.checkSweepable(p.path()));
        params.forEach(p -> org.countysim.scenario.Overrides.existing(document, p.path()));
        List<double[]> points = grid(params);
        if (points.size() > MAX_POINTS) {
            throw new CountySimException("the sweep has " + points.size() + " points; at most " + MAX_POINTS);
        }
        List<CompiledScenario> variants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (double[] point : points) {
            List<String> overrides = new ArrayList<>(o.overrides());
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < params.size(); i++) {
                String a = ParamGrid.assignment(params.get(i).path(), point[i]);
                overrides.add(a);
                name.append(name.length() == 0 ? "" : " ").append(a);
            }
            variants.add(Inputs.load(file, overrides, o.trials(), o.seed(), o.counting()));
            names.add(name.toString());
        }
        Scenario first = variants.get(0).scenario();
        VariantResult result = VariantRunner.run(variants, names, false, first.trials(), first.seed(),
                o.threads()).result();
        if (!result.metrics().contains(metric)) {
            throw new CountySimException("--metric " + metric + " is not a metric" + Suggest.hint(metric, result.metrics())
                    + "; one of " + String.join(", ", result.metrics()));
        }
        Path out = o.outDir() != null ? o.outDir() : Path.of("out", first.name() + "-sweep");
        Outcome outcome = new Outcome(params, points, result, metric, out.toAbsolutePath().normalize());
        write(outcome, variants.get(0), o);
        return outcome;
    }

    private static void write(Outcome outcome, CompiledScenario first, Options o) {
        List<String> paths = outcome.params().stream().map(ParamGrid::path).toList();
        StagedDirectory.write(outcome.outDir(), folder -> {
            VariantCsv.writeSweep(folder.resolve("sweep.csv"), paths, outcome.points(), outcome.result(), o.excelBom());
            if (o.charts()) {
                ChartStyle style = ChartStyle.detect(first.scenario().title());
                new SweepChart(style).write(folder.resolve("sweep.png"), new SweepChart.Sweep(paths,
                        outcome.points(), outcome.result(), outcome.metric()),
                        first.model().thresholds(), first.model().targets(),
                        style.text(first.scenario().title(), first.scenario().name()));
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
