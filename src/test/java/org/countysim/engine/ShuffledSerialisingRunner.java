package org.countysim.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * A runner that works as a distributed one would, in one thread: it splits the plan into pieces, runs them in a
 * shuffled order, and sends each piece's plan and partial result through Java serialisation (bytes, then a new
 * object graph), so that nothing but what a remote task would receive and return passes between driver and piece.
 * Like a cluster's runner, it runs every piece even after one fails, and reports the earliest failing trial.
 */
public final class ShuffledSerialisingRunner implements BlockRunner {
    private final int pieces;
    private final Random shuffle;
    private long bytesShipped;
    private long biggestPiece;

    /** @param shuffleSeed the order of the pieces (a different one for every call) */
    public ShuffledSerialisingRunner(int pieces, long shuffleSeed) {
        this.pieces = pieces;
        this.shuffle = new Random(shuffleSeed);
    }

    @Override
    public void run(WorkPlan plan, ResultMerger merger, LongConsumer progress) {
        List<WorkPlan> order = new ArrayList<>(plan.split(pieces));
        Collections.shuffle(order, shuffle);
        long done = plan.firstTrial();
        Throwable failure = null;
        for (WorkPlan piece : order) {
            try {
                PartialResult there = PartialResult.compute((WorkPlan) copy(piece));
                merger.add((PartialResult) copy(there));
            } catch (SimulationException e) {
                failure = SimulationException.earlier(failure, e);
            }
            done += piece.endTrial() - piece.firstTrial();
            progress.accept(done);
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }

    /** Bytes of every plan and partial result sent so far. */
    public synchronized long bytesShipped() {
        return bytesShipped;
    }

    /** The largest serialised partial result so far. */
    public synchronized long biggestPiece() {
        return biggestPiece;
    }

    /** The object rebuilt from its serialised bytes: a deep copy that shares nothing with the original. */
    private synchronized Object copy(Serializable object) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(object);
            }
            bytesShipped += bytes.size();
            if (object instanceof PartialResult) {
                biggestPiece = Math.max(biggestPiece, bytes.size());
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
