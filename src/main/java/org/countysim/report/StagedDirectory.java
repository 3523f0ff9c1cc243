package org.countysim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Results are written into a hidden sibling directory and moved into place only when everything was
 * written, so a failed run leaves the previous results untouched and never leaves half a result.
 */
public final class StagedDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static StagedDirectory create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // Not Files.createTempDirectory: its owner-only permissions would carry over to the results.
        Path staging = parent.resolve("." + absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(System.nanoTime()));
        Files.createDirectory(staging);
        return new StagedDirectory(absolute, staging);
    }

    /** Writes the results of one run into the folder. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Writes into a staging folder and moves it over {@code target} once complete; on any failure the staging
     * folder is removed and an earlier result stays as it was.
     *
     * @throws java.io.UncheckedIOException naming the target when the results cannot be written
     */
    public static void write(Path target, Contents contents) {
        try (StagedDirectory staged = create(target)) {
            contents.writeInto(staged.path());
            staged.commit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Replaces the target with the staged results. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName());
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
