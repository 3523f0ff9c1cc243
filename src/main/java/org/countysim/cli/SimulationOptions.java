package org.countysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.app.BlockRunners;
import org.countysim.app.Options;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by every simulating command: what to run and where to write it. The options about the scenario's
 * baseline file and tier counts are {@link ScenarioDataOptions}, which backtest does not take.
 */
final class SimulationOptions {
    /** Where blocks of trials run: this machine's threads, unless {@link Main#run} was given other runners. */
    private final BlockRunners runners;

    SimulationOptions() {
        this(BlockRunners.LOCAL);
    }

    SimulationOptions(BlockRunners runners) {
        this.runners = runners;
    }

    @Option(names = "--trials", paramLabel = "N", description = "Number of trials (default: the scenario's).")
    Long trials;

    @Option(names = "--seed", paramLabel = "S", description = "Master random seed (default: the scenario's).")
    Long seed;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads (default: the number of cores)." + " Results are identical for any value.")
    Integer threads;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "Override a scenario value, e.g."
                    + " --set interventions[tech-upgrade].quantity=2000 or --set 'trend.real_growth={dist: normal, mean: 0.05,"
                    + " sd: 0.01}'. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--excel", description = "Write CSVs with a UTF-8 byte-order mark so Excel shows Chinese names.")
    boolean excel;

    @Option(names = "--no-charts", description = "Skip the PNG charts.")
    boolean noCharts;

    @Option(
            names = "--json",
            description = "Print the summary as one JSON document on stdout (files are still written).")
    boolean json;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Mixin
    RunnerOptions runner = new RunnerOptions();

    /** The options of a command without {@link ScenarioDataOptions} (backtest). */
    Options toOptions() {
        return toOptions(null);
    }

    /** @param data the command's --counting and --encoding, or null when it has none */
    Options toOptions(ScenarioDataOptions data) {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > 1024) {
            throw new CountySimException("--threads must be between 1 and 1024, got " + workers);
        }
        if (trials != null && (trials < 1 || trials > 1_000_000_000L)) {
            throw new CountySimException("--trials must be between 1 and 1000000000, got " + trials);
        }
        List<String> overrides = new ArrayList<>(sets);
        if (data != null && data.encoding != null) {
            overrides.add("data.encoding=" + data.encoding);
        }
        return new Options(
                overrides,
                trials,
                seed,
                workers,
                data == null ? null : data.counting,
                out,
                excel,
                !noCharts,
                runner.choose(runners));
    }

    /** Stops what the command's runners started. */
    void close() {
        runner.close();
    }
}
