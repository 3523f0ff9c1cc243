package org.countysim.model;

/** How a per-trial metric reads, and so how its mean over the trials is shown. */
public enum MetricKind {
    /** 0 or 1 in each trial: its mean is a probability, shown in percent. */
    PROBABILITY,
    /** A number of units: its mean is an expected count. */
    COUNT,
    /** GDP in 亿元: its mean is an expected amount. */
    AMOUNT
}
