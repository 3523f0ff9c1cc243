package org.countysim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.countysim.app.BlockRunners;
import org.countysim.cli.Main;

/** The countysim command line in this JVM, and what it wrote; paths into the root project (tests run in spark/). */
final class Cli {
    static final Path ROOT = Path.of("..");
    static final Path PLAN = ROOT.resolve("scenarios/plan-2025.yaml");
    static final Path NO_POLICY = ROOT.resolve("scenarios/no-policy.yaml");
    static final Path GOLDEN = ROOT.resolve("src/test/resources/golden");

    private Cli() {}

    record Result(int exitCode, String out, String err) {}

    static Result run(BlockRunners runners, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), runners, args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Every file of a folder and its subfolders by relative path, as its exact bytes (ISO-8859-1 keeps one char per
     * byte); the manifest without the lines that hold the time.
     */
    static Map<String, String> files(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                if (p.getFileName().toString().equals("manifest.json")) {
                    text = withoutTimes(text);
                }
                out.put(folder.relativize(p).toString(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A manifest without the time it was written and the seconds things took (a sensitivity study's "seconds"). */
    private static String withoutTimes(String manifest) {
        StringBuilder out = new StringBuilder();
        boolean inSeconds = false;
        for (String line : manifest.lines().toList()) {
            if (line.contains("\"seconds\" : {")) {
                inSeconds = true;
            } else if (inSeconds) {
                inSeconds = !line.trim().startsWith("}");
            } else if (!line.contains("\"created\"") && !line.contains("\"wall_seconds\"")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
