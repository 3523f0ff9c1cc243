package org.countysim.app;

import org.countysim.engine.BlockRunner;
import org.countysim.engine.LocalBlockRunner;

/**
 * Which {@link BlockRunner} a command's blocks of trials run on, given its {@code --threads}: this machine's threads,
 * unless the caller says otherwise (a test's runner that splits, shuffles and serialises the blocks; later a cluster).
 * Passes that watch every trial (sensitivity designs, the per-trial export) run on this machine's threads whatever
 * the choice: only {@link LocalBlockRunner} takes a trial observer.
 */
@FunctionalInterface
public interface BlockRunners {
    BlockRunners LOCAL = LocalBlockRunner::new;

    BlockRunner withThreads(int threads);
}
