package org.countysim.history;

import org.countysim.CountySimException;

/** A history file that cannot support the estimate or backtest asked for; the message says where and why. */
public class HistoryException extends CountySimException {
    public HistoryException(String message) {
        super(message);
    }
}
