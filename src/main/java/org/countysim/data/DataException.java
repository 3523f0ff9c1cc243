package org.countysim.data;

import org.countysim.CountySimException;

/** A baseline file that cannot be read or does not make sense; the message names file:line:column. */
public class DataException extends CountySimException {
    public DataException(String message) {
        super(message);
    }
}
