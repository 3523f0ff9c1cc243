package org.countysim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as Excel and hand editing produce them. */
class BaselineCsvReaderTest {
    @TempDir
    Path dir;

    private static final String TABLE = "code,name_zh,name_en,kind,year,gdp,gdp_low,gdp_high,status,source\n"
            + "370883,邹城市,Zoucheng,city,2021,930,925,935,rounded,S3\n"
            + "370811,任城区,Rencheng,district,2021,,500,930,band,S3\n";

    private Baseline read(byte[] bytes) throws Exception {
        Path file = dir.resolve("b.csv");
        Files.write(file, bytes);
        return BaselineCsvReader.read(file);
    }

    private static void assertTable(Baseline b) {
        assertEquals(2, b.units().size());
        assertEquals("邹城市", b.units().get(0).nameZh());
        assertEquals(930, b.units().get(0).gdpYi());
        assertTrue(b.units().get(1).isBanded());
        assertEquals(2021, b.year());
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        assertTable(read(TABLE.getBytes(StandardCharsets.UTF_8)));
        assertTable(read(("\uFEFF" + TABLE).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gbkIsDetected() throws Exception {
        Baseline b = read(TABLE.getBytes(Charset.forName("GBK")));
        assertTable(b);
        assertEquals("GB18030", b.encoding());
    }

    @Test
    void windowsLineEndsTrailingBlankLinesAndEmptyColumns() throws Exception {
        String crlf = TABLE.replace("\n", ",\r\n").replaceFirst(",\r\n", ",\r\n") + "\r\n\r\n";
        assertTable(read(crlf.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quotedFieldsWithCommas() throws Exception {
        String quoted = TABLE.replace("S3\n370811", "\"S3, p. 2\"\n370811");
        Baseline b = read(quoted.getBytes(StandardCharsets.UTF_8));
        assertEquals("S3, p. 2", b.units().get(0).source());
    }

    @Test
    void sectorValuesAreOptionalPerRow() throws Exception {
        String table = "code,year,gdp,primary,secondary,tertiary\nu1,2021,100,10,40,50\nu2,2021,200,,,\n";
        Baseline b = read(table.getBytes(StandardCharsets.UTF_8));
        assertEquals(40, b.units().get(0).sectorsYi()[1]);
        assertNull(b.units().get(1).sectorsYi());
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        String table = "code,year,gdp\nu1,2021,abc\nu2,2021,-3\nu1,2021,5\n";
        DataException e = assertThrows(DataException.class, () -> read(table.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains(":2:3: gdp 'abc'"), e.getMessage());
        assertTrue(e.getMessage().contains(":3:3: GDP must be positive"), e.getMessage());
        assertTrue(e.getMessage().contains(":4: duplicate unit u1"), e.getMessage());
    }

    @Test
    void unnamedTrailingHeaderColumnsAskNothingOfTheRows() throws Exception {
        String excel = TABLE.replaceFirst("\n", ",,\n");
        assertTable(read(excel.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void kindAndStatusAreReadInLowerCase() throws Exception {
        Baseline b = read(
                TABLE.replace(",city,", ",City,").replace(",band,", ",BAND,").getBytes(StandardCharsets.UTF_8));
        assertEquals("city", b.units().get(0).kind());
        assertEquals("band", b.units().get(1).status());
    }

    @Test
    void theLimitsAreInclusive() throws Exception {
        String name = "名".repeat(200);
        String table = "code,name_zh,year,gdp\nu1," + name + ",2021,1000000000\n";
        Baseline b = read(table.getBytes(StandardCharsets.UTF_8));
        assertEquals(name, b.units().get(0).nameZh());
        assertEquals(1e9, b.units().get(0).gdpYi());
        StringBuilder rows = new StringBuilder("code,year,gdp\n");
        for (int i = 0; i < BaselineCsvReader.MAX_UNITS; i++) {
            rows.append('u').append(i).append(",2021,1\n");
        }
        assertEquals(
                BaselineCsvReader.MAX_UNITS,
                read(rows.toString().getBytes(StandardCharsets.UTF_8)).units().size());
    }

    @Test
    void aFileAtTheByteLimitIsReadAndOneByteMoreIsNot() throws Exception {
        Path file = dir.resolve("f.bin");
        Files.write(file, new byte[100]);
        assertEquals(100, TextFiles.readBytes(file, "test file", 100).length);
        DataException e = assertThrows(DataException.class, () -> TextFiles.readBytes(file, "test file", 99));
        assertTrue(e.getMessage().contains("is larger than"), e.getMessage());
    }

    @Test
    void explicitEncodingIsHonoured() throws Exception {
        Path file = dir.resolve("b.csv");
        Files.write(file, TABLE.getBytes(Charset.forName("GB18030")));
        assertTable(BaselineCsvReader.read(file, "GB18030"));
        assertThrows(DataException.class, () -> BaselineCsvReader.read(file, "UTF-8"));
    }
}
