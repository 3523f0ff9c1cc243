package org.countysim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder a command writes its results to, checked before any work is done so that countysim only ever
 * replaces a folder it wrote itself.
 *
 * <p>Every result folder holds a marker file, {@value #MARKER}, listing the files countysim wrote there. A
 * folder may be replaced when it does not exist, is empty, or holds nothing but the files its marker lists
 * (or, for results of versions before the marker, nothing but countysim's own output file names and a
 * manifest that says {@code "tool": "countysim"}). Everything else is refused with a reason: an existing
 * file, a folder with other files, the working or home folder or one of their ancestors, the file system
 * root, and any folder that holds an input of the run.
 */
public final class OutputFolder {
    /** Written into every result folder; lists the files of the result, one per line after the header. */
    public static final String MARKER = ".countysim-run";

    static final String MARKER_HEADER = "# written by countysim: the next run with the same --out replaces this folder";

    /** Output names of versions that wrote no marker: a folder holding only these (and a countysim manifest) is ours. */
    private static final Set<String> LEGACY_OUTPUTS = Set.of(
            "summary.csv",
            "tier_distribution.csv",
            "counties.csv",
            "city.csv",
            "contributions.csv",
            "manifest.json",
            "report.html",
            "tiers.png",
            "fans.png",
            "county_tiers.png",
            "contributions.png",
            "compare.csv",
            "compare.png",
            "sweep.csv",
            "sweep.png",
            "solve.csv",
            "solve.png");

    private final Path target;

    private OutputFolder(Path target) {
        this.target = target;
    }

    /**
     * Checks that {@code requested} may receive a result and tidies what killed runs left beside it.
     *
     * @param requested the folder as the user gave it (or the default)
     * @param inputs the files the run reads: a folder holding any of them is never replaced
     * @throws OutputFolderException saying why the folder is refused
     */
    public static OutputFolder check(Path requested, List<Path> inputs) {
        if (requested.toString().isBlank()) {
            throw new OutputFolderException("--out '" + requested + "' names no folder; give a new or"
                    + " countysim-made folder such as out/my-run");
        }
        Path target = requested.toAbsolutePath().normalize();
        if (target.getParent() == null || target.getFileName() == null) {
            throw new OutputFolderException("--out " + requested + " is the root of the file system;"
                    + " give a new folder such as out/my-run");
        }
        refuseAncestorOf(requested, target, Path.of("").toAbsolutePath().normalize(), "the working folder");
        refuseAncestorOf(
                requested,
                target,
                Path.of(System.getProperty("user.home")).toAbsolutePath().normalize(),
                "the home folder");
        refuseHoldingInputs(requested, target, inputs);
        refuseUnwritableName(requested, target);
        LeftoverCleaner.tidy(target);
        refuseForeignContent(requested, target);
        return new OutputFolder(target);
    }

    /** The checked folder, absolute and normalised. */
    public Path path() {
        return target;
    }

    /** Writes the results into a staging folder and moves them into place once complete. */
    public void write(StagedDirectory.Contents contents) {
        StagedDirectory.write(target, contents);
    }

    private static void refuseAncestorOf(Path requested, Path target, Path protectedFolder, String what) {
        if (protectedFolder.startsWith(target)) {
            String relation = protectedFolder.equals(target) ? "is " : "contains ";
            throw new OutputFolderException("--out " + shown(requested) + " " + relation + what + "; countysim replaces"
                    + " its output folder as a whole, so it must be a folder of its own such as out/my-run");
        }
    }

    /** Most file systems take names of at most 255 bytes; the staging folder adds its prefix and suffix. */
    static final int MAX_NAME_BYTES = 255 - ".tmp-".length() - 2 - 40;

    /** A name the file system cannot hold, or a parent that is a file, would fail only after the simulation. */
    private static void refuseUnwritableName(Path requested, Path target) {
        int bytes = target.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new OutputFolderException(
                    "--out " + shown(requested) + ": the folder name is " + bytes + " bytes long;"
                            + " at most " + MAX_NAME_BYTES
                            + " fit beside the staging folder's prefix and suffix: give a shorter"
                            + " --out");
        }
        for (Path p = target.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(p)) {
                    throw new OutputFolderException(
                            "--out " + shown(requested) + ": " + p + " is a file, not a folder");
                }
                break;
            }
        }
    }

    private static void refuseHoldingInputs(Path requested, Path target, List<Path> inputs) {
        Path real = realOrSelf(target);
        for (Path input : inputs) {
            Path in = realOrSelf(input.toAbsolutePath().normalize());
            if (in.startsWith(real) || in.startsWith(target)) {
                throw new OutputFolderException("--out " + shown(requested) + " holds an input of this run (" + input
                        + "); countysim never replaces a folder holding its inputs: choose another --out");
            }
        }
    }

    private static void refuseForeignContent(Path requested, Path target) {
        if (Files.isSymbolicLink(target)) {
            throw new OutputFolderException(
                    "--out " + shown(requested) + " is a symbolic link; give the folder itself" + " or a new one");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolderException("--out " + shown(requested) + " is an existing file, not a folder;"
                    + " countysim will not replace it: choose another --out");
        }
        List<String> foreign = foreignEntries(target);
        if (!foreign.isEmpty()) {
            throw new OutputFolderException("--out " + shown(requested)
                    + " already holds files countysim did not write ("
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", …" : "") + "); countysim only replaces its own result folders:"
                    + " move them or choose another --out");
        }
    }

    /** The entries of a folder that its marker (or, for old results, the known output names) does not account for. */
    static List<String> foreignEntries(Path folder) {
        List<String> names = entries(folder);
        if (names.isEmpty()) {
            return names;
        }
        Set<String> ours = names.contains(MARKER) ? markedFiles(folder) : legacyFiles(folder, names);
        List<String> foreign = new ArrayList<>();
        for (String name : names) {
            // Only regular files are ours: a folder or link put in place of a listed file holds someone else's.
            boolean file = Files.isRegularFile(folder.resolve(name), LinkOption.NOFOLLOW_LINKS);
            if (!name.equals(MARKER) && !(ours.contains(name) && file)) {
                foreign.add(name);
            }
        }
        return foreign;
    }

    /** True when countysim may delete the folder: it is empty or holds only its own files. */
    static boolean isOurs(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && foreignEntries(folder).isEmpty();
    }

    private static Set<String> markedFiles(Path folder) {
        Path marker = folder.resolve(MARKER);
        try {
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || Files.size(marker) > 65_536) {
                return Set.of();
            }
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(MARKER_HEADER)) {
                return Set.of();
            }
            return Set.copyOf(lines.subList(1, lines.size()));
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static Set<String> legacyFiles(Path folder, List<String> names) {
        if (!LEGACY_OUTPUTS.containsAll(names) || !hasCountysimManifest(folder)) {
            return Set.of();
        }
        return Set.copyOf(names);
    }

    private static boolean hasCountysimManifest(Path folder) {
        Path manifest = folder.resolve("manifest.json");
        try {
            return Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(manifest) < 1_000_000
                    && Files.readString(manifest, StandardCharsets.UTF_8)
                            .matches("(?s).*\"tool\"\\s*:\\s*\"countysim\".*");
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> entries(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static String shown(Path requested) {
        String s = requested.toString();
        return s.isEmpty() ? "''" : s;
    }
}
