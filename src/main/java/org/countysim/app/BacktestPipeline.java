package org.countysim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.CountySimException;
import org.countysim.data.HistoryCsvReader;
import org.countysim.engine.SimulationEngine;
import org.countysim.format.Json;
import org.countysim.history.Actual;
import org.countysim.history.Backtest;
import org.countysim.history.BacktestWindow;
import org.countysim.history.Fan;
import org.countysim.history.History;
import org.countysim.history.HistoryRow;
import org.countysim.history.Score;
import org.countysim.history.Scores;
import org.countysim.report.BacktestChart;
import org.countysim.report.BacktestCsv;
import org.countysim.report.ChartStyle;
import org.countysim.report.ManifestWriter;
import org.countysim.report.OutputFolder;
import org.countysim.result.Samples;
import org.countysim.result.Tally;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.ScenarioCompiler;
import org.countysim.scenario.ScenarioReader;

/**
 * {@code countysim backtest} (model.md §9): project the scenario without interventions from an earlier base year,
 * starting from the history's figures of that year, and score every later figure of the history against the
 * simulated distribution (PIT, coverage of P5–P95 and P25–P75, CRPS).
 */
public final class BacktestPipeline {
    /** Values kept for scoring (trials × unit-years): 20 million doubles, 160 MB. */
    static final long MAX_VALUES = 20_000_000;

    private BacktestPipeline() {}

    /**
     * @param units    units to backtest (codes or names), empty for every unit with a base-year figure and a later one
     * @param progress where the simulation's progress goes ({@link Progress#NONE} for none)
     */
    public record Request(
            Path scenario, Path actuals, int baseYear, List<String> units, Options options, Progress progress) {}

    /** @param warnings the actuals file's warnings (History#warnings), also in the manifest */
    public record Outcome(Backtest backtest, String scenarioName, String title, Path outDir, List<String> warnings) {}

    public static Outcome run(Request request) {
        Options o = request.options();
        History history = HistoryCsvReader.read(request.actuals());
        BacktestWindow window = BacktestWindow.of(history, request.baseYear(), request.units());
        List<String> overrides = new ArrayList<>(o.overrides());
        boolean hadEvidence = BacktestScenario.hasEvidence(ScenarioReader.document(request.scenario(), overrides));
        overrides.addAll(BacktestScenario.overrides(window));
        if (o.trials() != null) {
            overrides.add("simulation.trials=" + o.trials());
        }
        if (o.seed() != null) {
            overrides.add("simulation.seed=" + o.seed());
        }
        Scenario read = ScenarioReader.read(request.scenario(), overrides);
        Scenario sc = BacktestScenario.of(read, window);
        CompiledScenario compiled = ScenarioCompiler.compile(sc, BacktestScenario.baseline(history, window));
        long values = sc.trials()
                * (compiled.model().unitCount() + 1L)
                * (compiled.model().years() + 1L);
        if (values > MAX_VALUES) {
            throw new CountySimException("a backtest keeps every trial's value to score it: " + sc.trials()
                    + " trials of "
                    + window.baseRows().size() + " units over "
                    + (compiled.model().years() + 1) + " years is more than "
                    + MAX_VALUES + " values; use --trials " + MAX_VALUES / (values / sc.trials()) + " or fewer");
        }
        Path out = o.outDir() != null
                ? o.outDir()
                : Path.of("out", sc.name() + "-backtest-" + window.baseYear() + WhatIf.folderSuffix(o.overrides()));
        OutputFolder folder = OutputFolder.check(out, List.of(sc.file(), request.actuals()));
        SimulationEngine.Session session =
                SimulationEngine.keepingSamples(compiled.model()).start(sc.seed(), o.runner());
        try (Progress progress = request.progress()) {
            progress.target(sc.trials());
            session.advanceTo(sc.trials(), progress::done);
        }
        Tally tally = session.result().tallies()[0];
        Backtest backtest = score(tally, window, sc, BacktestScenario.notes(read, window, hadEvidence));
        Outcome outcome = new Outcome(backtest, sc.name(), sc.title(), folder.path(), history.warnings());
        write(folder, outcome, history, sc, o);
        return outcome;
    }

    static Backtest score(Tally tally, BacktestWindow window, Scenario sc, List<String> notes) {
        Samples samples = tally.samples();
        List<String> units = window.baseRows().stream().map(HistoryRow::unit).toList();
        List<Score> scores = new ArrayList<>();
        Map<Integer, double[]> sorted = new java.util.HashMap<>();
        for (Actual a : window.actuals()) {
            int variable = tally.variable(units.indexOf(a.unit()), a.year() - window.baseYear());
            scores.add(Scores.score(a, sorted.computeIfAbsent(variable, samples::sorted)));
        }
        List<Fan> fans = new ArrayList<>();
        int years = window.lastYear() - window.baseYear();
        for (int c = 0; c < units.size(); c++) {
            int[] calendar = new int[years + 1];
            double[][] q = new double[years + 1][];
            for (int t = 0; t <= years; t++) {
                double[] values = sorted.computeIfAbsent(tally.variable(c, t), samples::sorted);
                calendar[t] = window.baseYear() + t;
                q[t] = new double[Score.LEVELS.length];
                for (int k = 0; k < q[t].length; k++) {
                    q[t][k] = Scores.quantile(values, Score.LEVELS[k]);
                }
            }
            fans.add(new Fan(units.get(c), window.baseRows().get(c).displayName(), calendar, q));
        }
        return new Backtest(window.baseYear(), tally.trials(), sc.seed(), scores, fans, notes);
    }

    private static void write(OutputFolder folder, Outcome outcome, History history, Scenario sc, Options o) {
        folder.write(dir -> {
            BacktestCsv.write(dir.resolve("backtest.csv"), outcome.backtest(), o.excelBom());
            String font = "none (no charts)";
            if (o.charts()) {
                ChartStyle style = ChartStyle.detect(sc.title()
                        + String.join(
                                "",
                                outcome.backtest().fans().stream()
                                        .map(Fan::name)
                                        .toList()));
                new BacktestChart(style)
                        .write(dir.resolve("backtest.png"), outcome.backtest(), style.text(sc.title(), sc.name()));
                font = style.family().orElse("none (Latin labels)");
            }
            ManifestWriter.write(dir.resolve("manifest.json"), manifest(outcome, history, sc, o, font));
        });
    }

    private static Map<String, Object> manifest(Outcome outcome, History history, Scenario sc, Options o, String font) {
        Backtest b = outcome.backtest();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "countysim");
        m.put("command", "backtest");
        m.put("version", Version.current());
        m.put("scenario", Json.object("name", sc.name(), "file", sc.file().toString(), "sha256", sc.sha256()));
        m.put(
                "actuals",
                Json.object("file", history.file(), "sha256", history.sha256(), "encoding", history.encoding()));
        m.put("overrides", o.overrides());
        m.put("base_year", b.baseYear());
        m.put("trials", b.trials());
        m.put("seed", b.seed());
        m.put("random_streams", SimulationEngine.RANDOM_STREAMS);
        m.put("totals", b.totals());
        m.put("notes", b.notes());
        m.put("warnings", outcome.warnings());
        m.put("chart_font", font);
        return m;
    }
}
