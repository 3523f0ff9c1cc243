package org.countysim.spark;

import java.util.concurrent.atomic.AtomicLong;

/** What a {@link SparkRunners}' runs sent to Spark and got back: jobs, tasks and the partial results' bytes. */
public final class Traffic {
    private final AtomicLong jobs = new AtomicLong();
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong mergeNanos = new AtomicLong();

    void job(int tasksInJob) {
        jobs.incrementAndGet();
        tasks.addAndGet(tasksInJob);
    }

    void returned(long partialBytes, long nanos) {
        bytes.addAndGet(partialBytes);
        mergeNanos.addAndGet(nanos);
    }

    public long jobs() {
        return jobs.get();
    }

    public long tasks() {
        return tasks.get();
    }

    /** Bytes of serialised partial results the driver received. */
    public long bytes() {
        return bytes.get();
    }

    /** Time the driver spent reading the partial results and merging them (its serial share of a run). */
    public double mergeSeconds() {
        return mergeNanos.get() / 1e9;
    }
}
