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

    private static boolean hasDebug(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.commandSpec().findOption("--debug") != null && r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
