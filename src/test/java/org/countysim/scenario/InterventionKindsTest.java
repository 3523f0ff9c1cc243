package org.countysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.countysim.model.CompiledModel;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One intervention of each kind compiles into its part of the model. The kinds are a closed set (a sealed
 * interface with a visitor): a new kind fails to compile until the compiler and every other visitor handle it.
 */
class InterventionKindsTest {
    @TempDir
    Path dir;

    private Fixtures oneOfEach() throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100), Fixtures.exact("u2", 200))
                .with("interventions", """
                interventions:
                  - {id: p, kind: project, county: u1, output: 10, va_ratio: 0.2, start: 2022}
                  - {id: q, kind: program, quantity: 10, allocation: by_gdp, unit_cost: 0.1, return: 0.1}
                  - {id: g, kind: growth, delta: 0.01, counties: all}
                """);
    }

    @Test
    void eachKindCompilesIntoItsPart() throws Exception {
        CompiledModel m = oneOfEach().compile().model();
        assertEquals(1, m.projects().size());
        assertEquals(1, m.programs().size());
        assertEquals(1, m.growths().size());
    }

    @Test
    void everyKindSwitchesOffAndOnWithoutLosingAField() throws Exception {
        Scenario sc = oneOfEach().compile().scenario();
        assertEquals(
                List.of("project", "program", "growth"),
                sc.interventions().stream().map(Scenario.Intervention::kind).toList());
        Scenario none = sc.withOnly(Set.of());
        assertTrue(none.enabledInterventions().isEmpty());
        for (Scenario.Intervention i : none.interventions()) {
            assertFalse(i.enabled());
            assertEquals(i, i.withEnabled(false));
        }
        Scenario all = none.withOnly(Set.of("p", "q", "g"));
        for (int k = 0; k < 3; k++) {
            Scenario.Intervention before = sc.interventions().get(k);
            Scenario.Intervention after = all.interventions().get(k);
            // Records compare arrays by identity: compare the text, which lists every field.
            assertEquals(before.toString(), after.toString(), before.kind());
        }
    }
}
