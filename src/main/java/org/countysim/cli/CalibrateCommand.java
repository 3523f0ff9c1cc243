package org.countysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.countysim.app.CalibratePipeline;
import org.countysim.app.console.HistoryConsole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code countysim calibrate HISTORY.csv}: trend and shock sizes from a history file (model.md §9). */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Estimate trend real growth μ and σ_common (from the city's or one unit's series), and σ_c and ρ"
                + " (from a panel of units, by a one-factor decomposition), each with its standard error and the years"
                + " used; levels are never differenced across a series break. Prints the estimates and writes a scenario"
                + " fragment (trend, shocks) to out/<history name>-calibration.yaml (or --out). Format of the history"
                + " file: README, 'History files'.",
        footer = ExitCodes.HELP)
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HISTORY", description = "History CSV (e.g. data/jining_city_history.csv).")
    Path history;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "The fragment to write (a file countysim wrote is"
                    + " replaced; any other file, and a symbolic link, is refused).")
    Path out;

    @Option(
            names = "--units",
            paramLabel = "UNIT",
            split = ",",
            description = "Use only these units (codes or" + " names, comma-separated; 'city' for the city series).")
    List<String> units = new ArrayList<>();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        CalibratePipeline.Outcome o = CalibratePipeline.run(history, units, out);
        HistoryConsole.calibration(spec.commandLine().getOut(), o);
        return ExitCodes.OK;
    }
}
