package org.countysim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A single result file (the calibration fragment), held to the rule of output folders: countysim only replaces
 * a file it wrote, never an input, and the file appears complete or not at all (written beside it, then moved).
 *
 * <p>The staging file beside the target is created new ({@code CREATE_NEW}: an existing file or link of that
 * name is refused, never written through) under a name no other process can guess ({@code .NAME.tmp-<pid>-<random
 * hex>}), and moved onto the target by a rename, which replaces a link at the target rather than its target.
 * Staging files that a killed process left are removed by the next write's check, if countysim wrote them.
 */
public final class FragmentFile {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path target;

    private FragmentFile(Path target) {
        this.target = target;
    }

    /**
     * Checks, before any work, that {@code requested} may receive a fragment starting with {@code marker}, and
     * removes staging files of fragments that killed runs left beside it.
     *
     * @throws OutputFolderException saying why it is refused
     */
    public static FragmentFile check(Path requested, String marker, List<Path> inputs) {
        Path target = requested.toAbsolutePath().normalize();
        if (requested.toString().isBlank() || target.getFileName() == null) {
            throw new OutputFolderException(
                    "--out '" + requested + "' names no file; give one such as out/calibration.yaml");
        }
        for (Path input : inputs) {
            if (same(input, target)) {
                throw new OutputFolderException(
                        "--out " + requested + " is an input of this command (" + input + "); choose another file");
            }
        }
        if (Files.isSymbolicLink(target)) {
            throw new OutputFolderException("--out " + requested + " is a symbolic link; countysim does not write"
                    + " through links: give the file itself or a new one");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolderException(
                    "--out " + requested + " is a folder; give a file such as" + " out/calibration.yaml");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !startsWith(target, marker)) {
            throw new OutputFolderException("--out " + requested + " exists and was not written by countysim; it is"
                    + " not replaced: move it or choose another file");
        }
        LeftoverCleaner.tidyFiles(target, leftover -> startsWith(leftover, marker));
        return new FragmentFile(target);
    }

    public Path path() {
        return target;
    }

    /** Writes the text into a new staging file beside the target and renames it onto the target. */
    public void write(String text) {
        Path staging = target.resolveSibling(StagedDirectory.stagingPrefix(target)
                + ProcessHandle.current().pid() + "-" + HexFormat.of().toHexDigits(RANDOM.nextLong()));
        boolean created = false;
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out =
                    Files.newOutputStream(staging, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = true;
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (created) {
                try {
                    Files.deleteIfExists(staging);
                } catch (IOException ignored) {
                    // a leftover hidden file is harmless; the next calibrate removes it
                }
            }
        }
    }

    /** Whether the file is a regular file (not a link) whose first bytes are the marker's. */
    private static boolean startsWith(Path file, String marker) {
        byte[] expected = marker.getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Arrays.equals(in.readNBytes(expected.length), expected);
        } catch (IOException | UnsupportedOperationException e) {
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
