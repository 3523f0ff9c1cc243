package org.countysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html shows the answer and escapes every text from the inputs. */
class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void textFromInputsIsEscaped() throws Exception {
        Path scenario = new Fixtures(dir)
                .baseline("u1,<script>alert(1)</script>,=cmd,county,2021,100,100,100,exact,t")
                .with("name", "name: t\ntitle: \"<b>title</b> & co\"")
                .with("interventions", """
                        interventions:
                          - {id: g, label: "<img src=x onerror=alert(2)>", kind: growth, delta: 0.01}
                        """)
                .scenario();
        Path out = dir.resolve("o");
        assertEquals(
                0,
                Fixtures.cli("run", scenario.toString(), "--trials", "200", "--out", out.toString())
                        .exitCode());
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script>alert"), "unit name escaped");
        assertFalse(html.contains("<img src=x"), "intervention label escaped");
        assertFalse(html.contains("<b>title</b>"), "scenario title escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;b&gt;title&lt;/b&gt; &amp; co"));
        assertTrue(html.contains("P(all targets met) = <b>"));
        assertTrue(html.contains("<img src=\"tiers.png\""), "the charts are shown");
    }

    @Test
    void escapeCoversTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlReport.escape("<a href=\"x\">&'"));
        assertEquals("邹城市", HtmlReport.escape("邹城市"));
    }
}
