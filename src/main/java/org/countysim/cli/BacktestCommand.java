package org.countysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.countysim.app.BacktestPipeline;
import org.countysim.app.console.BacktestJson;
import org.countysim.app.console.HistoryConsole;
import org.countysim.format.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code countysim backtest SCENARIO --base-year Y --actuals FILE}: score the model on years already known. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Project the scenario WITHOUT its interventions from an earlier base year, starting from the"
                + " actuals file's figures of that year, and score every later figure of that file: PIT (its percentile"
                + " in the simulated distribution), whether it lies inside P5–P95 and P25–P75, and the CRPS; a band"
                + " (gdp_low/gdp_high) scores P(inside the band). Writes backtest.csv, backtest.png and manifest.json"
                + " to out/<scenario name>-backtest-<year>/ (or --out). Takes the run options that apply to it: not"
                + " --counting or --encoding (the baseline is the actuals file's base year, and GDP is scored, not"
                + " counts), nor --precision or --max-trials (the trials are --trials, all kept for scoring).",
        footer = ExitCodes.HELP)
final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions options;

    @Mixin
    ScenarioArgument scenario;

    @Option(
            names = "--base-year",
            required = true,
            paramLabel = "YEAR",
            description = "The year to project from; its figures in the actuals file are the baseline.")
    int baseYear;

    @Option(
            names = "--actuals",
            required = true,
            paramLabel = "FILE",
            description =
                    "History CSV with the base year's figures and the later ones to score (README: History files).")
    Path actuals;

    @Option(
            names = "--units",
            paramLabel = "UNIT",
            split = ",",
            description =
                    "Backtest only these units (codes or" + " names, comma-separated; 'city' for the city total).")
    List<String> units = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress bar (it only shows at a terminal, for runs over a second).")
    boolean quiet;

    @Override
    public Integer call() {
        BacktestPipeline.Outcome o = BacktestPipeline.run(new BacktestPipeline.Request(
                scenario.file(), actuals, baseYear, units, options.toOptions(), TerminalProgress.forTerminal(quiet)));
        if (options.json) {
            spec.commandLine().getOut().println(Json.text(BacktestJson.of(o)));
            spec.commandLine().getOut().flush();
        } else {
            HistoryConsole.backtest(spec.commandLine().getOut(), o);
        }
        return ExitCodes.OK;
    }
}
