package org.countysim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A single result file (the calibration fragment), held to the rule of output folders: countysim only replaces
 * a file it wrote, never an input, and the file appears complete or not at all (written beside it, then moved).
 */
public final class FragmentFile {
    private final Path target;

    private FragmentFile(Path target) {
        this.target = target;
    }

    /**
     * Checks, before any work, that {@code requested} may receive a fragment starting with {@code marker}.
     *
     * @throws OutputFolderException saying why it is refused
     */
    public static FragmentFile check(Path requested, String marker, List<Path> inputs) {
        Path target = requested.toAbsolutePath().normalize();
        if (requested.toString().isBlank() || target.getFileName() == null) {
            throw new OutputFolderException("--out '" + requested + "' names no file; give one such as out/calibration.yaml");
        }
        for (Path input : inputs) {
            if (same(input, target)) {
                throw new OutputFolderException("--out " + requested + " is an input of this command (" + input
                        + "); choose another file");
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
            throw new OutputFolderException("--out " + requested + " is a folder or a link; give a file such as"
                    + " out/calibration.yaml");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !startsWith(target, marker)) {
            throw new OutputFolderException("--out " + requested + " exists and was not written by countysim; it is"
                    + " not replaced: move it or choose another file");
        }
        return new FragmentFile(target);
    }

    public Path path() {
        return target;
    }

    /** Writes the text beside the target and moves it into place. */
    public void write(String text) {
        Path staging = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(staging, text, StandardCharsets.UTF_8);
            try {
                Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // a leftover hidden file is harmless and named after its process
            }
        }
    }

    private static boolean startsWith(Path file, String marker) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 1_000_000) {
                return false;
            }
            return Files.readString(file, StandardCharsets.UTF_8).startsWith(marker);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toAbsolutePath().normalize().equals(b) || Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
