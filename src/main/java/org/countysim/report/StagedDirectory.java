package org.countysim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Results are written into a hidden sibling folder and moved into place only when everything was written.
 *
 * <p>The commit is two renames: the previous result aside ({@code .<name>.old-<pid>-<id>}), the new one into
 * place. A process killed between them leaves no folder at the target for an instant; the next run with that
 * target puts the previous result back before anything else ({@link LeftoverCleaner}). SIGINT and SIGTERM
 * run a shutdown hook that removes the staging folder, waiting for a commit under way to finish, so the
 * target always holds either the previous or the new complete result.
 */
public final class StagedDirectory {
    static final String STAGING_HEADER = "# countysim staging folder: results being written; removed if the run dies";
    private static final Object LOCK = new Object();
    private static final Set<StagedDirectory> ACTIVE = new LinkedHashSet<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Writes the results of one run into the folder. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Writes into a staging folder and moves it over {@code target} once complete; on any failure the staging
     * folder is removed and an earlier result stays as it was. Callers check the target first with
     * {@link OutputFolder#check}.
     *
     * @throws UncheckedIOException naming the target when the results cannot be written
     */
    static void write(Path target, Contents contents) {
        StagedDirectory staged = create(target);
        try {
            contents.writeInto(staged.staging);
            staged.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + IoFailure.describe(e), e);
        } finally {
            staged.discard();
        }
    }

    static String stagingPrefix(Path target) {
        return "." + target.getFileName() + ".tmp-";
    }

    static String oldPrefix(Path target) {
        return "." + target.getFileName() + ".old-";
    }

    /** True when the folder is one this process is writing now (never tidied away as a leftover). */
    static boolean isActive(Path folder) {
        synchronized (LOCK) {
            return ACTIVE.stream().anyMatch(s -> s.staging.equals(folder));
        }
    }

    private static StagedDirectory create(Path target) {
        String id = ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
        Path staging = target.resolveSibling(stagingPrefix(target) + id);
        StagedDirectory staged = new StagedDirectory(target, staging);
        // Under the lock: a signal's hook then either runs before the folder exists or sees it registered.
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new UncheckedIOException(new IOException("countysim is stopping"));
            }
            installHook();
            try {
                Files.createDirectories(target.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot write results to " + target + ": cannot create the folder " + target.getParent() + " ("
                                + IoFailure.describe(e) + ")",
                        e);
            }
            try {
                // Not Files.createTempDirectory: its owner-only permissions would carry over to the results.
                Files.createDirectory(staging);
                ACTIVE.add(staged);
                Files.writeString(staging.resolve(OutputFolder.MARKER), STAGING_HEADER + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                ACTIVE.remove(staged);
                deleteQuietly(staging);
                throw new UncheckedIOException(
                        "cannot write results to " + target + ": the folder " + target.getParent()
                                + " cannot hold new folders (" + IoFailure.reason(e) + ")",
                        e);
            }
        }
        return staged;
    }

    /** Replaces the target with the staged results. */
    private void commit() throws IOException {
        writeFinalMarker();
        Path old = target.resolveSibling(oldPrefix(target)
                + staging.getFileName()
                        .toString()
                        .substring(stagingPrefix(target).length()));
        boolean hadOld;
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IOException("interrupted before the results were moved into place");
            }
            hadOld = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (hadOld) {
                List<String> foreign = OutputFolder.foreignEntries(target);
                if (!foreign.isEmpty()) {
                    throw new OutputFolderException(target + " changed during the run: it now holds files countysim did"
                            + " not write (" + String.join(", ", foreign) + "); nothing was replaced");
                }
                move(target, old);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (hadOld && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(old, target);
                }
                throw new IOException(e.getMessage() + " (did another run write there at the same time?)", e);
            }
            committed = true;
        }
        if (hadOld) {
            // A failure here leaves a hidden folder that the next run with this target removes; the result is in place.
            deleteQuietly(old);
        }
    }

    /** The marker lists every file of the result, so that a later run knows exactly what it may replace. */
    private void writeFinalMarker() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(OutputFolder.MARKER_HEADER);
        for (String name : OutputFolder.entries(staging)) {
            if (!name.equals(OutputFolder.MARKER)) {
                lines.add(name);
            }
        }
        Files.writeString(
                staging.resolve(OutputFolder.MARKER), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private void discard() {
        synchronized (LOCK) {
            ACTIVE.remove(this);
            if (!committed) {
                deleteQuietly(staging);
            }
        }
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(StagedDirectory::abortAll, "countysim-staging-cleanup"));
    }

    /** On SIGINT/SIGTERM: waits for a commit under way (it holds the lock), then removes unfinished staging folders. */
    private static void abortAll() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (StagedDirectory s : ACTIVE) {
                if (!s.committed) {
                    deleteQuietly(s.staging);
                }
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path root) {
        // A writer still running may add a file while the tree is walked: a few passes settle it.
        for (int pass = 0; pass < 3 && Files.exists(root, LinkOption.NOFOLLOW_LINKS); pass++) {
            try {
                deleteTree(root);
            } catch (IOException | UncheckedIOException e) {
                // tried again below; what remains is removed by the next run with this target
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
