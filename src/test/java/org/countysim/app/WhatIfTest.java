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
}
