package org.countysim.cli;

import java.io.PrintWriter;
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
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /** Runs with the given streams; the seam for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine();
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
