package org.countysim.engine;

/**
 * Sees every trial of a run after its variants have run: what sensitivity designs, scenario discovery and the
 * per-trial export read (the draws behind each factor, each variant's outcomes). It sees trials where they run, so
 * only {@link LocalBlockRunner#observedBy} takes one: a runner that sends blocks elsewhere cannot be given one.
 * Called from the worker threads: a worker hands over its chunks of a block in trial order, then {@link #blockDone};
 * different blocks arrive concurrently and in any order, so an implementation writes each trial into its own place,
 * or orders blocks itself.
 */
public interface TrialObserver {
    /** Trials {@code firstTrial .. firstTrial + rows − 1}: lane r of {@code view} is trial firstTrial + r. */
    void observe(long firstTrial, int rows, TrialView view);

    /** Every chunk of block {@code block} has been observed (same thread as its chunks). */
    default void blockDone(long block) {}
}
