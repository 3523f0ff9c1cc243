package org.countysim.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.countysim.result.WeightedTally;

/**
 * Runs blocks on this machine's threads: each thread takes the next block, runs it and hands its sums to the merger
 * at once, and its counts when no block is left. Blocks are handed out in order, so the merger's queue of early
 * blocks stays as short as the threads' lag. The only runner that takes a {@link TrialObserver}.
 */
public final class LocalBlockRunner implements BlockRunner {
    private final int threads;
    private final TrialObserver observer;

    public LocalBlockRunner(int threads) {
        this(threads, null);
    }

    private LocalBlockRunner(int threads, TrialObserver observer) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads);
        }
        this.threads = threads;
        this.observer = observer;
    }

    /** The same runner, with {@code observer} seeing every chunk of trials after its variants have run. */
    public LocalBlockRunner observedBy(TrialObserver observer) {
        return new LocalBlockRunner(threads, observer);
    }

    public int threads() {
        return threads;
    }

    @Override
    public void run(WorkPlan plan, ResultMerger merger, LongConsumer progress) {
        PlanLayout layout = new PlanLayout(plan);
        int workers = (int) Math.max(1, Math.min(threads, plan.blocks()));
        AtomicLong nextBlock = new AtomicLong(plan.firstBlock());
        AtomicLong done = new AtomicLong(plan.firstTrial());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // weighted block parts are large (a bucket per value): reused once merged, which clears them
        Queue<WeightedTally[]> free = new ConcurrentLinkedQueue<>();
        Thread[] pool = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            pool[w] = new Thread(
                    () -> {
                        try {
                            work(layout, nextBlock, merger, free, failure, done);
                        } catch (Throwable e) {
                            failure.accumulateAndGet(e, SimulationException::earlier);
                        }
                    },
                    "countysim-worker-" + w);
            pool[w].start();
        }
        join(pool, () -> progress.accept(done.get()));
        rethrow(failure.get());
    }

    /**
     * One thread's share. A worker stops taking blocks once one has failed; blocks are handed out in order, so every
     * block that could hold an earlier failing trial is already running and is finished.
     */
    private void work(
            PlanLayout layout,
            AtomicLong nextBlock,
            ResultMerger merger,
            Queue<WeightedTally[]> free,
            AtomicReference<Throwable> failure,
            AtomicLong done) {
        // made in its own thread: its arrays come from that thread's allocation buffer, so no cache line it writes is
        // shared with another worker's
        BlockExecutor executor = new BlockExecutor(layout, observer);
        long end = layout.plan.endBlock();
        for (long b = nextBlock.getAndIncrement(); b < end && failure.get() == null; b = nextBlock.getAndIncrement()) {
            BlockSums sums = layout.newBlock(b, free.poll());
            executor.run(sums);
            for (BlockSums merged : merger.addBlock(sums)) {
                free.add(merged.weighted());
            }
            done.addAndGet(sums.trials());
        }
        merger.addCounts(executor.finish());
    }

    private static void join(Thread[] pool, Runnable tick) {
        for (Thread t : pool) {
            try {
                while (t.isAlive()) {
                    t.join(250);
                    tick.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while simulating", e);
            }
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
