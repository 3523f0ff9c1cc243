package org.countysim.cli;

import java.io.PrintWriter;
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
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == SimulationOptions.class
                        ? type.cast(new SimulationOptions(runners))
                        : defaults.create(type);
            }
        };
        CommandLine cmd = new CommandLine(new Main(), factory);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /** Runs with the given streams; the seam for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, BlockRunners.LOCAL, args);
    }

    /** Runs with the given streams and blocks of trials run by {@code runners} (tests run them elsewhere). */
    static int run(PrintWriter out, PrintWriter err, BlockRunners runners, String... args) {
        CommandLine cmd = commandLine(runners);
        cmd.setOut(out);
        cmd.setErr(err);
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes errors through; the run's arrays are garbage by now, so reporting is safe.
            return ErrorHandler.outOfMemory(err, java.util.Arrays.asList(args).contains("--debug"), e);
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
