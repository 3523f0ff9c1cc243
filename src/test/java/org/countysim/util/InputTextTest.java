package org.countysim.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limits on text that inputs carry into outputs. */
class InputTextTest {
    @Test
    void ordinaryNamesPass() {
        assertEquals(Optional.empty(), InputText.problem("邹城市", InputText.MAX_NAME_CHARS));
        assertEquals(Optional.empty(), InputText.problem("Jining High-tech Zone (济宁高新区)", InputText.MAX_NAME_CHARS));
        assertEquals(Optional.empty(), InputText.problem("𠀀".repeat(200), 200), "characters, not UTF-16 units");
    }

    @Test
    void lengthAndControlCharactersAreRefused() {
        assertEquals(
                "is 201 characters long; at most 200 are allowed",
                InputText.problem("x".repeat(201), 200).get());
        assertEquals(
                "contains the control character U+0000 at character 3: remove it",
                InputText.problem("ab\0c", 200).get());
        for (String bad : new String[] {"a\tb", "a\nb", "a\u0085b", "a\u2028b", "a\u202Eb", "a\u2067b"}) {
            assertTrue(InputText.problem(bad, 200).isPresent(), bad);
        }
    }

    @Test
    void excerptsAreShortAndShowNoControls() {
        assertEquals("a?b", InputText.excerpt("a\0b"));
        assertEquals("x".repeat(40) + "…", InputText.excerpt("x".repeat(5_000_000)));
    }

    @Test
    void aHugeWordCostsNoHugeTable() {
        assertEquals(Optional.empty(), Suggest.closest("x".repeat(1_000_000), java.util.List.of("county", "city")));
    }
}
