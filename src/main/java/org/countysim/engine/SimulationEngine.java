package org.countysim.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;
import org.countysim.model.TrialModel;
import org.countysim.result.Tally;

/**
 * Runs trials in fixed-size blocks on a number of threads. Each thread takes the next block, draws it
 * from that block's own streams and tallies it; double sums are merged in block order, counts in any
 * order, so the tally is identical for any thread count.
 */
public final class SimulationEngine {
    public static final int BLOCK_SIZE = 1024;

    private final CompiledModel model;
    private final List<DrawSlot> randomSlots;

    public SimulationEngine(CompiledModel model) {
        this.model = model;
        this.randomSlots = model.slots().stream().filter(DrawSlot::isRandom).toList();
    }

    public Tally run(long trials, long seed, int threads) {
        long blocks = (trials + BLOCK_SIZE - 1) / BLOCK_SIZE;
        int workers = (int) Math.max(1, Math.min(threads, blocks));
        Tally total = newTally();
        OrderedSums sums = new OrderedSums(total);
        AtomicLong nextBlock = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Tally[] locals = new Tally[workers];
        Thread[] pool = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            Tally local = newTally();
            locals[w] = local;
            pool[w] = new Thread(() -> {
                try {
                    work(trials, seed, nextBlock, blocks, local, sums, failure);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "countysim-worker-" + w);
            pool[w].start();
        }
        join(pool);
        rethrow(failure.get());
        for (Tally local : locals) {
            total.mergeCounts(local);
        }
        return total;
    }

    private void work(long trials, long seed, AtomicLong nextBlock, long blocks, Tally local, OrderedSums sums,
                      AtomicReference<Throwable> failure) {
        TrialModel trial = new TrialModel(model);
        TrialRecorder recorder = new TrialRecorder(model);
        double[] buf = model.template().clone();
        long clampsBefore = 0;
        for (long b = nextBlock.getAndIncrement(); b < blocks && failure.get() == null; b = nextBlock.getAndIncrement()) {
            BlockStreams streams = new BlockStreams(randomSlots, seed, b);
            double[] sum = new double[local.variables()];
            double[] squares = new double[local.variables()];
            long first = b * BLOCK_SIZE;
            long end = Math.min(trials, first + BLOCK_SIZE);
            for (long i = first; i < end; i++) {
                streams.fill(buf);
                trial.run(buf);
                recorder.record(trial, i, local, sum, squares);
            }
            sums.submit(b, sum, squares);
        }
        local.addClamps(trial.clamps() - clampsBefore);
    }

    private Tally newTally() {
        return new Tally(model.unitCount(), model.years(), model.bandCount());
    }

    private static void join(Thread[] pool) {
        for (Thread t : pool) {
            try {
                t.join();
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

    /** Adds block sums to the total strictly in block order; out-of-order blocks wait in a small map. */
    private static final class OrderedSums {
        private final Tally total;
        private final Map<Long, double[][]> pending = new HashMap<>();
        private long next;

        OrderedSums(Tally total) {
            this.total = total;
        }

        synchronized void submit(long block, double[] sum, double[] squares) {
            pending.put(block, new double[][] {sum, squares});
            for (double[][] ready = pending.remove(next); ready != null; ready = pending.remove(next)) {
                total.mergeSums(ready[0], ready[1]);
                next++;
            }
        }
    }
}
