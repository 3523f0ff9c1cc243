package org.countysim.report;

import org.countysim.CountySimException;

/** An output folder countysim refuses to write to (exit 2): it would replace files countysim did not write. */
public class OutputFolderException extends CountySimException {
    public OutputFolderException(String message) {
        super(message);
    }
}
