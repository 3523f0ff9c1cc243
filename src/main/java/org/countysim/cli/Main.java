package org.countysim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.countysim.app.BlockRunners;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code countysim} command: subcommands per verb. */
@Command(
        name = "countysim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "County economic scenario simulator: Monte Carlo projection of county GDP against tier targets.",
        subcommands = {
            RunCommand.class,
            ValidateCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            SolveCommand.class,
            SensitivityCommand.class,
            CalibrateCommand.class,
            BacktestCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = ExitCodes.HELP)
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'countysim run'");
    }

    public static CommandLine commandLine() {
        return commandLine(BlockRunners.LOCAL);
    }

    /** The commands, with their blocks of trials run by {@code runners}. */
    static CommandLine commandLine(BlockRunners runners) {
        return commandLine(runners, options -> {});
    }

    /** The commands; {@code made} sees every {@link SimulationOptions} made, to close their runners after. */
    private static CommandLine commandLine(BlockRunners runners, Consumer<SimulationOptions> made) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == SimulationOptions.class) {
                    SimulationOptions options = new SimulationOptions(runners);
                    made.accept(options);
                    return type.cast(options);
                }
                return defaults.create(type);
            }
        };
        CommandLine cmd = new CommandLine(new Main(), factory);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(new ParameterErrors());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /** Runs with the given streams; the seam for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, BlockRunners.LOCAL, args);
    }

    /**
     * Runs with the given streams and blocks of trials run by {@code runners} (tests run them elsewhere; --runner
     * spark still chooses the Spark runner). What the command's runners started (a Spark context) stops here.
     */
    public static int run(PrintWriter out, PrintWriter err, BlockRunners runners, String... args) {
        List<SimulationOptions> made = new ArrayList<>();
        CommandLine cmd = commandLine(runners, made::add);
        cmd.setOut(out);
        cmd.setErr(err);
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes errors through; the run's arrays are garbage by now, so reporting is safe.
            return ErrorHandler.outOfMemory(err, java.util.Arrays.asList(args).contains("--debug"), e);
        } finally {
            made.forEach(SimulationOptions::close);
        }
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(
                new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }
}
