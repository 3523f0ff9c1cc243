package org.countysim;

/**
 * Root of every expected, user-facing failure: bad input files, invalid scenarios, bad options.
 * The CLI prints {@link #getMessage()} and exits with code 2; anything else is an internal error.
 */
public class CountySimException extends RuntimeException {
    public CountySimException(String message) {
        super(message);
    }

    public CountySimException(String message, Throwable cause) {
        super(message, cause);
    }
}
