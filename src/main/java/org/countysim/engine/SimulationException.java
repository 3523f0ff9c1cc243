package org.countysim.engine;

import org.countysim.CountySimException;

/** A trial produced a value that cannot be reported (NaN or infinity). */
public class SimulationException extends CountySimException {
    public SimulationException(String message) {
        super(message);
    }
}
