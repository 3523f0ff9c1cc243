package org.countysim.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.app.Inputs;
import org.countysim.cli.Main;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.CompiledModel;
import org.countysim.result.Summarizer;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.scenario.CompiledScenario;

/** Small baselines and scenarios written to a temporary folder, and ways to run them. */
public final class Fixtures {
    public static final String HEADER = "code,name_zh,name_en,kind,year,gdp,gdp_low,gdp_high,status,source";

    private final Path dir;
    private final Map<String, String> sections = new LinkedHashMap<>();

    public Fixtures(Path dir) {
        this.dir = dir;
        sections.put("name", "name: test");
        sections.put(
                "data", "data:\n  baseline: base.csv\n  sector_shares: {primary: 0.1, secondary: 0.4, tertiary: 0.5}");
        sections.put("base_year", "base_year: 2021");
        sections.put("horizon", "horizon: 2022");
        sections.put("simulation", "simulation: {trials: 1000, seed: 42}");
        sections.put("tiers", "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 110, target: 1}");
        sections.put("trend", "trend:\n  real_growth: 0");
        sections.put("shocks", "shocks: {common_sd: 0, unit_sd: 0, rho: 0}");
        sections.put("deflator", "deflator: 0");
        sections.put("interventions", "interventions: []");
    }

    public Path dir() {
        return dir;
    }

    /** Replaces one top-level section, given as its full YAML text. */
    public Fixtures with(String key, String yaml) {
        sections.put(key, yaml);
        return this;
    }

    public Fixtures without(String key) {
        sections.remove(key);
        return this;
    }

    /** Writes base.csv with the standard header and the given rows. */
    public Fixtures baseline(String... rows) throws IOException {
        return file("base.csv", HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    public Fixtures bytes(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        return this;
    }

    public Fixtures file(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return this;
    }

    /** An exact unit row of kind county in 2021. */
    public static String exact(String code, double gdp) {
        return code + ",," + code + ",county,2021," + gdp + "," + gdp + "," + gdp + ",exact,test";
    }

    /** A banded unit row of kind county in 2021. */
    public static String banded(String code, double low, double high) {
        return code + ",," + code + ",county,2021,," + low + "," + high + ",band,test";
    }

    public Path scenario() throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, String.join("\n", sections.values()) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    public CompiledScenario compile() throws IOException {
        return Inputs.load(scenario(), List.of(), null, null, null);
    }

    public Tally tally(long trials, long seed) throws IOException {
        CompiledModel model = compile().model();
        return new SimulationEngine(model).run(trials, seed, 2);
    }

    public Summary summary(long trials, long seed) throws IOException {
        CompiledScenario c = compile();
        Tally tally = new SimulationEngine(c.model()).run(trials, seed, 2);
        return Summarizer.summarize(
                tally, c.model().thresholds(), c.model().targets(), c.scenario().baseYear(), List.of());
    }

    /** The result of running the CLI in-process. */
    public record CliResult(int exitCode, String out, String err) {}

    public static CliResult cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
