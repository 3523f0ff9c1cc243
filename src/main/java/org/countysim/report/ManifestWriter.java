package org.countysim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.countysim.format.Json;

/** Writes manifest.json: what was run, on what, with which seed, and what the data and model warned about. */
public final class ManifestWriter {
    private ManifestWriter() {}

    public static void write(Path file, Map<String, Object> manifest) throws IOException {
        Json.write(file, manifest);
    }
}
