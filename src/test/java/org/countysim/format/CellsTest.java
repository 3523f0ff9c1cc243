package org.countysim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells: plain numbers, and text a spreadsheet shows as text. */
class CellsTest {
    @Test
    void cellsNeutraliseFormulasAndFormatNumbersPlainly() {
        assertEquals("'=cmd()", Cells.text("=cmd()"));
        assertEquals("'+1", Cells.text("+1"));
        assertEquals("'@x", Cells.text("@x"));
        assertEquals("邹城市", Cells.text("邹城市"));
        assertEquals("0.0001", Cells.num(0.0001));
        assertEquals("12345678", Cells.num(12345678.4));
        assertEquals("", Cells.num(Double.NaN));
    }

    @Test
    void twoDigitsForPeople() {
        assertEquals("0.16", Cells.twoDigits(0.15811388300841897));
        assertEquals("0.0031", Cells.twoDigits(0.003125));
        assertEquals("0", Cells.twoDigits(0));
    }
}
