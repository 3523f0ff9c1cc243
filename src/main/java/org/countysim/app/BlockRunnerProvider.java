package org.countysim.app;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Runners of blocks that live outside the CLI jar and are found at run time ({@link ServiceLoader}), so that the jar
 * and its build never carry their dependencies: the Spark runner (module {@code spark/}, {@code --runner spark}) is
 * one. An implementation is listed in its jar's {@code META-INF/services/org.countysim.app.BlockRunnerProvider}.
 */
public interface BlockRunnerProvider {
    /** The name {@code --runner} takes, e.g. {@code spark}. */
    String name();

    /**
     * Runners for one command. Whatever they need (a cluster connection) starts when a run first needs it, so a
     * scenario's errors come before it; {@link ProvidedRunners#close} ends it.
     */
    ProvidedRunners open(RunnerSettings settings);

    /** The installed provider of that name, if its jar is on the class path. */
    static Optional<BlockRunnerProvider> find(String name) {
        for (BlockRunnerProvider p : ServiceLoader.load(BlockRunnerProvider.class)) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
