package org.countysim.app;

/**
 * How many trials a command runs beyond --trials, and where its progress goes: with {@code precision} set
 * (--precision), whole blocks are added until every probability the command reports has a standard error at
 * most {@code precision}, up to {@code maxTrials}.
 */
public record Sampling(Double precision, long maxTrials, Progress progress) {
    /** Exactly --trials, no progress bar. */
    public static final Sampling FIXED = new Sampling(null, Long.MAX_VALUE, Progress.NONE);
}
