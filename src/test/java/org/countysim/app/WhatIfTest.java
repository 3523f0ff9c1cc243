package org.countysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A what-if run never shares its default folder with the scenario's own run nor with another what-if. */
class WhatIfTest {
    @Test
    void overridesNameTheirOwnFolder() {
        assertEquals("", WhatIf.folderSuffix(List.of()));
        String a = WhatIf.folderSuffix(List.of("interventions[tech-upgrade].quantity=2000"));
        String b = WhatIf.folderSuffix(List.of("interventions[tech-upgrade].quantity=3000"));
        assertTrue(a.matches("--[0-9a-f]{8}"), a);
        assertNotEquals(a, b);
        assertEquals(a, WhatIf.folderSuffix(List.of("interventions[tech-upgrade].quantity=2000")), "stable");
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    /** The default folder of a what-if is never the scenario's own; its console, charts' titles and report name it. */
    @Test
    void aWhatIfRunNamesItselfAndKeepsOutOfTheScenariosFolder() throws Exception {
        var f = new org.countysim.testing.Fixtures(dir).baseline(org.countysim.testing.Fixtures.exact("u1", 100));
        var scenario = f.compile().scenario();
        Options plain = new Options(List.of(), null, null, 1, null, null, false, false);
        Options whatIf = new Options(List.of("trend.real_growth=0.1"), null, null, 1, null, null, false, false);
        assertEquals(
                java.nio.file.Path.of("out", "test"),
                RunPipeline.outDir(new RunRequest(f.scenario(), plain, 0, null, 1), scenario));
        assertEquals(
                java.nio.file.Path.of("out", "test" + WhatIf.folderSuffix(whatIf.overrides())),
                RunPipeline.outDir(new RunRequest(f.scenario(), whatIf, 0, null, 1), scenario));

        var out = dir.resolve("what-if");
        var r = org.countysim.testing.Fixtures.cli(
                "run",
                f.scenario().toString(),
                "--set",
                "trend.real_growth=0.1",
                "--trials",
                "200",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("what-if (--set), not the scenario itself: trend.real_growth=0.1"), r.out());
        assertTrue(java.nio.file.Files.readString(out.resolve("report.html")).contains("trend.real_growth=0.1"));
    }
}
