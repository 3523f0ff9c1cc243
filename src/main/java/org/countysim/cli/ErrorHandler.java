package org.countysim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.countysim.CountySimException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints one clear message for expected failures; a stack trace only with --debug. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean debug = hasDebug(parseResult);
        int code;
        if (e instanceof CountySimException) {
            err.println("countysim: error: " + e.getMessage().replace("\n", "\n  "));
            code = ExitCodes.INPUT;
        } else if (e instanceof UncheckedIOException) {
            err.println("countysim: error: " + e.getMessage());
            code = ExitCodes.OUTPUT;
        } else {
            err.println("countysim: internal error: " + e + (debug ? "" : " (rerun with --debug for details)"));
            code = ExitCodes.INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * A run too large for the memory Java may use: an input problem the user can act on (exit 2), not a bug.
     * Memory grows with units × projected years × threads (each thread keeps its own tallies).
     */
    static int outOfMemory(PrintWriter err, boolean debug, OutOfMemoryError e) {
        err.println("countysim: error: not enough memory for this run (Java may use "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); memory grows with units × projected years"
                + " × threads: use fewer --threads, fewer units or a nearer horizon, or let Java use more, e.g."
                + " COUNTYSIM_JAVA_OPTS=-Xmx4g");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INPUT;
    }

    private static boolean hasDebug(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.commandSpec().findOption("--debug") != null && r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
