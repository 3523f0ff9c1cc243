package org.countysim.app;

/** The runners of a {@link BlockRunnerProvider} for one command: whatever they started stops at {@link #close}. */
public interface ProvidedRunners extends BlockRunners, AutoCloseable {
    /** Stops what the runners started (never throws: the command's result is already decided). */
    @Override
    void close();
}
