package org.countysim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes manifest.json: what was run, on what, with which seed, and what the data and model warned about. */
public final class ManifestWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestWriter() {
    }

    public static void write(Path file, Map<String, Object> manifest) throws IOException {
        JSON.writeValue(file.toFile(), manifest);
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("a summary always serialises", e);
        }
    }
}
