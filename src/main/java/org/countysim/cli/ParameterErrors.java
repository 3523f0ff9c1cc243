package org.countysim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A mistake on the command line is one or two lines and exit 2, like every other bad input: what is wrong, the
 * suggestions for a misspelt option, and where the help is. picocli's default adds the whole usage (40 lines)
 * that buries the message.
 */
final class ParameterErrors implements IParameterExceptionHandler {
    /** picocli's list of enum constants, "expected one of [CUMULATIVE, EXCLUSIVE, BOTH] (case-insensitive)". */
    private static final Pattern CHOICES = Pattern.compile("expected one of \\[([^]]*)](?: \\(case-insensitive\\))?");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": error: " + message(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help'.");
        err.flush();
        return ExitCodes.INPUT;
    }

    /** Enum choices as the README and the scenario files write them: "cumulative|exclusive|both". */
    static String message(String picocli) {
        Matcher m = CHOICES.matcher(picocli);
        if (!m.find()) {
            return picocli;
        }
        String choices = String.join("|", m.group(1).toLowerCase(Locale.ROOT).split(",\\s*"));
        return picocli.substring(0, m.start()) + "expected one of " + choices + picocli.substring(m.end());
    }
}
