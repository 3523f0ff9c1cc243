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
}
