package org.countysim.cli;

/** Exit codes, documented in --help and the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bug: please report it with the --debug output. */
    public static final int INTERNAL = 1;
    /** Invalid usage or input: options, data file or scenario. Nothing was written. */
    public static final int INPUT = 2;
    /** The results could not be written (disk full, no permission); earlier results are untouched. */
    public static final int OUTPUT = 3;
    /**
     * solve: no evaluated value meets the target. Not an error (the results, with the best point found, are
     * written and printed) but a different answer, which a script must not read as a solution.
     */
    public static final int NOT_REACHED = 4;

    public static final String HELP = "%nExit codes:%n"
            + "  0  success%n"
            + "  1  internal error (a bug; rerun with --debug and report the stack trace)%n"
            + "  2  invalid usage or input (options, data file, scenario); nothing is written%n"
            + "  3  results could not be written; earlier results are left untouched%n"
            + "  4  solve: the target is not reached anywhere in the range (results and the best point are written)%n";

    private ExitCodes() {}
}
