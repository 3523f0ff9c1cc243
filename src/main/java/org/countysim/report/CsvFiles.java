package org.countysim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Every CSV countysim writes: UTF-8, '\n' line ends, a header, and a byte-order mark for Excel when asked. */
final class CsvFiles {
    private CsvFiles() {}

    static CSVPrinter open(Path file, boolean bom, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (bom) {
            w.write('\uFEFF');
        }
        return new CSVPrinter(
                w,
                CSVFormat.DEFAULT
                        .builder()
                        .setRecordSeparator('\n')
                        .setHeader(header.toArray(String[]::new))
                        .get());
    }
}
