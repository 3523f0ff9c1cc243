package org.countysim.engine;

import org.countysim.CountySimException;

/** A trial produced a value that cannot be reported (NaN or infinity). */
public class SimulationException extends CountySimException {
    private final long trial;

    public SimulationException(String message, long trial) {
        super(message);
        this.trial = trial;
    }

    /** The trial that failed: when several threads fail, the run reports the earliest, whatever the timing. */
    public long trial() {
        return trial;
    }

    /**
     * Of two failures (either may be null), the one to report: an error that is not a trial's (a bug, memory) before
     * any trial's; of two trials' failures the lower trial, the one a single thread would have met first.
     */
    public static Throwable earlier(Throwable a, Throwable b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a instanceof SimulationException x && b instanceof SimulationException y) {
            return y.trial() < x.trial() ? y : x;
        }
        return a instanceof SimulationException ? b : a;
    }
}
