package org.countysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a sensitivity run writes by default: an export-only run never replaces the analysis. */
class SensitivityFilesTest {
    private static Options options(Path out, List<String> overrides) {
        return new Options(overrides, null, null, 1, null, out, false, false);
    }

    @Test
    void anExportOnlyRunHasItsOwnDefaultFolder() {
        assertEquals(
                Path.of("out", "plan-2025-sensitivity"),
                SensitivityPipeline.outDir(options(null, List.of()), "plan-2025", false));
        assertEquals(
                Path.of("out", "plan-2025-trials"),
                SensitivityPipeline.outDir(options(null, List.of()), "plan-2025", true));
        List<String> set = List.of("trend.real_growth=0.1");
        assertEquals(
                Path.of("out", "plan-2025-trials" + WhatIf.folderSuffix(set)),
                SensitivityPipeline.outDir(options(null, set), "plan-2025", true));
        assertEquals(Path.of("x"), SensitivityPipeline.outDir(options(Path.of("x"), List.of()), "plan-2025", true));
    }

    /** The export's numbers are plain and bounded: no 2.2992271006343458E-27, no exponent for large values. */
    @Test
    void exportNumbersArePlainAndBounded() {
        assertEquals("0", TrialExport.number(2.2992271006343458E-27));
        assertEquals("0", TrialExport.number(-3e-12));
        assertEquals("0.04125632", TrialExport.number(0.041256321));
        assertEquals("1234568000000", TrialExport.number(1234567890123.5));
        assertEquals("893.0105", TrialExport.number(893.01049));
    }
}
