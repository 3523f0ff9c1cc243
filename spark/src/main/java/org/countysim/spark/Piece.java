package org.countysim.spark;

import java.io.Serializable;
import org.countysim.engine.PartialResult;
import org.countysim.engine.WorkPlan;

/**
 * What one Spark task sends back for its blocks [{@code first}, {@code end}): the serialised partial result, or the
 * failure of its earliest failing trial. A failure is an answer, not a task error: Spark would retry the task and
 * abort the job, while the run must report the earliest failing trial of all (and a trial fails the same way on
 * every try).
 *
 * @param partial the {@link PartialResult}'s bytes (their length tells the driver how big the pieces come back), or
 *     null
 * @param failure the piece's failure, or null
 */
record Piece(long first, long end, byte[] partial, RuntimeException failure) implements Serializable {
    /** Runs blocks [first, end) of the run's plan: a task's work, on an executor. */
    static Piece run(WorkPlan run, long first, long end) {
        try {
            return new Piece(first, end, Serialised.bytes(PartialResult.compute(run.range(first, end))), null);
        } catch (RuntimeException e) {
            return new Piece(first, end, null, e);
        }
    }

    PartialResult result() {
        return (PartialResult) Serialised.object(partial);
    }

    long size() {
        return partial == null ? 0 : partial.length;
    }
}
