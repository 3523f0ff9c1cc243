package org.countysim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Tidies what killed runs left beside a target folder, before a new run writes there: a previous result
 * moved aside by a commit that never finished is put back, and staging or old folders of processes that no
 * longer exist are removed. Folders of a process still running (a concurrent run) are left alone. The same
 * for the staging files of a single result file ({@link #tidyFiles}).
 */
final class LeftoverCleaner {
    private LeftoverCleaner() {}

    static void tidy(Path target) {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        List<Path> olds = deadLeftovers(parent, StagedDirectory.oldPrefix(target));
        List<Path> stagings = deadLeftovers(parent, StagedDirectory.stagingPrefix(target));
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                restoreNewestOld(olds, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot restore the previous result at " + target + ": " + e.getMessage(), e);
        }
        for (Path old : olds) {
            if (Files.exists(old, LinkOption.NOFOLLOW_LINKS) && OutputFolder.isOurs(old)) {
                StagedDirectory.deleteQuietly(old);
            }
        }
        for (Path staging : stagings) {
            if (isStaging(staging)) {
                StagedDirectory.deleteQuietly(staging);
            }
        }
    }

    /**
     * Removes the staging files a killed process left beside {@code target} ({@code .NAME.tmp-<pid>...}, see
     * {@link FragmentFile}): only regular files (never a link), only of a process that no longer exists (never this
     * one's), and only when {@code ours} recognises the content as countysim's (the fragment's first line).
     */
    static void tidyFiles(Path target, Predicate<Path> ours) {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = StagedDirectory.stagingPrefix(target);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> list = Files.list(parent)) {
            list.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.naturalOrder())
                    .forEach(found::add);
        } catch (IOException e) {
            return;
        }
        for (Path file : found) {
            OptionalLong pid = pidOf(file.getFileName().toString(), prefix);
            boolean mine = pid.isPresent()
                    && pid.getAsLong() == ProcessHandle.current().pid();
            if (!mine && !isLive(pid) && ours.test(file)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // left for the next run: a hidden file, harmless
                }
            }
        }
    }

    private static void restoreNewestOld(List<Path> olds, Path target) throws IOException {
        Path newest = null;
        for (Path old : olds) {
            if (OutputFolder.isOurs(old)
                    && (newest == null
                            || Files.getLastModifiedTime(old).compareTo(Files.getLastModifiedTime(newest)) > 0)) {
                newest = old;
            }
        }
        if (newest != null) {
            StagedDirectory.move(newest, target);
        }
    }

    /** A staging folder holds the staging marker (written first); an empty one is the instant before that. */
    private static boolean isStaging(Path folder) {
        Path marker = folder.resolve(OutputFolder.MARKER);
        try {
            if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) && Files.size(marker) < 65_536) {
                String text = Files.readString(marker);
                return text.startsWith(StagedDirectory.STAGING_HEADER) || text.startsWith(OutputFolder.MARKER_HEADER);
            }
            return OutputFolder.entries(folder).isEmpty();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Hidden folders with the prefix whose process (the pid in the name) is gone and that this process is not writing. */
    private static List<Path> deadLeftovers(Path parent, String prefix) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> list = Files.list(parent)) {
            list.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.naturalOrder())
                    .forEach(found::add);
        } catch (IOException e) {
            return List.of();
        }
        found.removeIf(
                p -> StagedDirectory.isActive(p) || isLive(pidOf(p.getFileName().toString(), prefix)));
        return found;
    }

    private static OptionalLong pidOf(String name, String prefix) {
        String rest = name.substring(prefix.length());
        int dash = rest.indexOf('-');
        try {
            return OptionalLong.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A folder whose pid cannot be read is treated as live: never removed. Our own pid is not live here
     * (this process's folders in use are {@link StagedDirectory#isActive}). */
    private static boolean isLive(OptionalLong pid) {
        if (pid.isEmpty()) {
            return true;
        }
        if (pid.getAsLong() == ProcessHandle.current().pid()) {
            return false;
        }
        return ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
    }
}
