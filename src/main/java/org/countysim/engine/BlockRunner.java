package org.countysim.engine;

import java.util.function.LongConsumer;

/**
 * Where a run's blocks of trials are run: on this machine's threads ({@link LocalBlockRunner}), or anywhere else
 * that can run {@link PartialResult#compute} on pieces of a {@link WorkPlan} and hand the partial results back.
 * Blocks draw from streams seeded by (seed, block) and the merger adds their double sums in block order, so any
 * runner that runs every block of the plan once gives the same bytes.
 *
 * <p>A runner must:
 *
 * <ul>
 *   <li>give the merger every block of the plan exactly once, and the counts of every block once (as {@link
 *       ResultMerger#add} of partial results, from any thread and in any order);
 *   <li>call {@code progress} with the number of trials done in the run so far (from {@link WorkPlan#firstTrial}),
 *       from the calling thread, now and then;
 *   <li>on failure, throw the failure of the earliest failing trial ({@link SimulationException#earlier}), as a run
 *       trial by trial would meet it: whatever the timing, the same trial is reported.
 * </ul>
 *
 * Trial observers ({@link TrialObserver}) see trials on the threads that run them: only {@link LocalBlockRunner}
 * takes one.
 */
public interface BlockRunner {
    /** Runs the plan's blocks into {@code merger}; returns once every block is merged or throws. */
    void run(WorkPlan plan, ResultMerger merger, LongConsumer progress);
}
