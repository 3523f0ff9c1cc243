package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.countysim.testing.Fixtures;
import org.countysim.testing.JsonStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped plan scenario through the CLI: every output parses and has the expected rows. */
class RunCommandTest {
    static final Path PLAN = Path.of("scenarios", "plan-2025.yaml");
    static final List<String> TABLES = List.of("summary.csv", "tier_distribution.csv", "counties.csv", "city.csv");

    @TempDir
    Path dir;

    static List<CSVRecord> read(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        }
    }

    @Test
    void planScenarioRunsEndToEnd() throws Exception {
        Path out = dir.resolve("plan");
        Fixtures.CliResult r = Fixtures.cli("run", PLAN.toString(), "--trials", "3000", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("P(all targets met)"), r.out());
        assertTrue(r.out().contains("data quality: 11 units"), r.out());
        assertTrue(r.out().contains(out.toAbsolutePath().toString()), r.out());

        assertTrue(r.out().contains("effective sample size") && r.out().contains("given the evidence"), r.out());
        List<CSVRecord> summary = read(out.resolve("summary.csv"));
        assertEquals(10, summary.size(), "4 bands + all targets met, given the evidence and prior");
        assertEquals(
                List.of("evidence", "prior"),
                List.of(summary.get(0).get("conditioning"), summary.get(5).get("conditioning")),
                "the conditioned rows first, then the prior");
        assertEquals(summary.get(0).get("ess"), summary.get(4).get("ess"), "one effective sample size per row set");
        assertEquals("3000", summary.get(5).get("ess"), "the prior's effective sample size is its trials");
        assertTrue(Double.parseDouble(summary.get(0).get("ess")) < 3000, "weights lower the effective sample size");
        assertEquals(
                List.of("3", "2", "4", "2"),
                summary.subList(0, 4).stream().map(x -> x.get("target")).toList());
        assertEquals(
                List.of("3", "5", "9", "11"),
                summary.subList(0, 4).stream()
                        .map(x -> x.get("cumulative_target"))
                        .toList(),
                "the plan's band targets read 'at least'");
        for (CSVRecord row : summary) {
            for (String column : List.of("p_met", "p_exact")) {
                double p = Double.parseDouble(row.get(column));
                assertTrue(p >= 0 && p <= 1);
            }
        }
        for (int set : new int[] {4, 9}) {
            double allMet = Double.parseDouble(summary.get(set).get("p_met"));
            double exactAll = Double.parseDouble(summary.get(set).get("p_exact"));
            assertTrue(exactAll <= allMet, "the exact structure meets every target");
        }
        List<CSVRecord> distribution = read(out.resolve("tier_distribution.csv"));
        assertEquals(
                2 * 2 * 4 * 12,
                distribution.size(),
                "counts 0..11 for 4 bands, in the band and at or above," + " given the evidence and prior");
        for (int k = 0; k < 16; k++) {
            double total = distribution.subList(12 * k, 12 * (k + 1)).stream()
                    .mapToDouble(x -> Double.parseDouble(x.get("probability")))
                    .sum();
            assertEquals(1.0, total, 1e-6, "block " + k + " probabilities sum to 1");
        }
        assertEquals("exclusive", distribution.get(12).get("counting"));
        assertEquals("2", distribution.get(12).get("target"), "500–1000亿 beside its band target 2");
        assertEquals("cumulative", distribution.get(48 + 12).get("counting"));
        assertEquals("5", distribution.get(48 + 12).get("target"), "≥500亿 beside its cumulative target 5");
        List<CSVRecord> counties = read(out.resolve("counties.csv"));
        assertEquals(2 * 11 * 5 * (1 + 7 + 4 + 5 + 1), counties.size(), "units × years × measures, twice");
        assertEquals(10, read(out.resolve("city.csv")).size());

        JsonNode manifest =
                new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3000, manifest.get("trials").asInt());
        assertEquals(20240930L, manifest.get("seed").asLong());
        assertEquals(6, manifest.get("data_quality").get("banded").asInt());
        assertEquals(3, manifest.get("data_quality").get("estimated").asInt(), "兖州, 曲阜, 金乡 from other years");
        assertTrue(manifest.get("evidence").get("ess").asDouble() > 0, "the manifest records the evidence");
        assertEquals(64, manifest.get("scenario").get("sha256").asText().length());
        assertTrue(
                manifest.get("random_streams").asText().startsWith("XoRoShiRo128++"),
                "the random-number scheme is recorded");
        for (String png : List.of("tiers.png", "fans.png", "county_tiers.png", "baselines.png")) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertNotNull(image, png + " is a PNG");
            assertTrue(image.getWidth() > 500 && image.getHeight() > 300, png + " has a readable size");
        }
    }

    /** Same seed, 1, 2 or 3 threads: byte-identical tables. */
    @Test
    void resultsDoNotDependOnThreadCount() throws Exception {
        byte[][] first = null;
        for (String threads : List.of("1", "2", "3")) {
            Path out = dir.resolve("t" + threads);
            Fixtures.CliResult r = Fixtures.cli(
                    "run",
                    PLAN.toString(),
                    "--trials",
                    "5000",
                    "--threads",
                    threads,
                    "--no-charts",
                    "--out",
                    out.toString());
            assertEquals(0, r.exitCode(), r.err());
            byte[][] tables = new byte[TABLES.size()][];
            for (int i = 0; i < TABLES.size(); i++) {
                tables[i] = Files.readAllBytes(out.resolve(TABLES.get(i)));
            }
            if (first == null) {
                first = tables;
            } else {
                for (int i = 0; i < TABLES.size(); i++) {
                    assertArrayEquals(first[i], tables[i], TABLES.get(i) + " with " + threads + " threads");
                }
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentDrawsButOverridesApply() throws Exception {
        Path out = dir.resolve("o");
        Fixtures.CliResult r = Fixtures.cli(
                "run",
                PLAN.toString(),
                "--trials",
                "2000",
                "--no-charts",
                "--counting",
                "both",
                "--set",
                "interventions[tech-upgrade].quantity=0",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("met = at least T units") && r.out().contains("exact structure at 2025"), r.out());
        List<CSVRecord> summary = read(out.resolve("summary.csv"));
        assertEquals(10, summary.size(), "one row per band with both counts, whatever is shown (and the prior)");
        JsonNode manifest =
                new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("both", manifest.get("counting").asText());
        assertEquals(
                "interventions[tech-upgrade].quantity=0",
                manifest.get("overrides").get(0).asText());
    }

    @Test
    void jsonSummaryOnStdout() throws Exception {
        Fixtures.CliResult r = Fixtures.cli(
                "run",
                PLAN.toString(),
                "--trials",
                "1000",
                "--no-charts",
                "--json",
                "--out",
                dir.resolve("j").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(!r.out().contains("NaN"), "not-applicable numbers are null, not NaN");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(4, json.get("tiers").get("bands").size());
        assertTrue(json.get("tiers").get("bands").get(0).get("upper_yi").isNull(), "the top band has no upper bound");
        assertEquals(
                5,
                json.get("tiers").get("bands").get(1).get("cumulative_target").asInt());
        assertTrue(json.get("tiers").get("all_met").get("value").isNumber());
        assertTrue(json.get("tiers").get("exact_all").get("value").isNumber());
        assertEquals(4, json.get("prior").get("tiers").get("bands").size(), "the prior beside the conditioned answer");
        assertTrue(json.get("evidence").get("ess").asDouble() > 0);
        JsonNode contributions = json.get("contributions");
        assertEquals(
                "sanbai",
                contributions.get("interventions").get(0).get("id").asText(),
                "labelled, not parallel arrays");
        assertTrue(contributions
                .get("interventions")
                .get(0)
                .get("shapley")
                .get("p_all_met")
                .get("se")
                .isNumber());
        JsonStyle.assertSnakeCase(json, "");
    }

    @Test
    void helpAndVersionWorkEverywhere() {
        for (String[] args : List.of(
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"run", "--help"},
                new String[] {"run", "--version"},
                new String[] {"compare", "--help"},
                new String[] {"compare", "--version"},
                new String[] {"sweep", "--help"},
                new String[] {"sweep", "--version"},
                new String[] {"solve", "--help"},
                new String[] {"solve", "--version"})) {
            Fixtures.CliResult r = Fixtures.cli(args);
            assertEquals(0, r.exitCode(), String.join(" ", args));
            assertTrue(r.out().contains("countysim"), r.out());
        }
        assertTrue(Fixtures.cli("run", "--help").out().contains("Exit codes"));
    }
}
