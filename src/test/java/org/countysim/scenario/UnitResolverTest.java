package org.countysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.countysim.data.BaselineUnit;
import org.junit.jupiter.api.Test;

/** Which unit a scenario's reference means, and when it means none for sure. */
class UnitResolverTest {
    private static BaselineUnit unit(String code, String zh, String en, int line) {
        return new BaselineUnit(code, zh, en, "county", 2021, 100, 100, 100, "exact", "", null, line);
    }

    private final BaselineUnit jinxiang = unit("370828", "金乡县", "Jinxiang", 2);
    private final BaselineUnit copy = unit("370899", "金乡县", "Jinxiang II", 3);
    private final BaselineUnit coded = unit("Qufu", "曲阜", "", 4);
    private final BaselineUnit named = unit("370881", "", "Qufu", 5);
    private final UnitResolver resolver = new UnitResolver(List.of(jinxiang, copy, coded, named));

    @Test
    void aNameTwoUnitsShareResolvesToNeither() {
        assertNull(resolver.find("金乡县"));
        assertTrue(resolver.isAmbiguous("金乡县"));
        assertEquals(
                "ambiguous unit '金乡县': it names 370828 (baseline line 2) and 370899 (baseline line 3); use the"
                        + " code",
                resolver.problem("金乡县", "unit"));
    }

    @Test
    void codesWinOverNamesAndAreUnique() {
        assertEquals(jinxiang, resolver.find("370828"));
        assertEquals(coded, resolver.find("qufu"), "a code, case-insensitively, before another unit's name");
        assertEquals(copy, resolver.find("Jinxiang II"));
    }

    @Test
    void unknownNamesGetAHint() {
        assertEquals("unknown unit 'Jinxiangg' (did you mean 'Jinxiang'?)", resolver.problem("Jinxiangg", "unit"));
    }
}
