package org.countysim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.data.Baseline;
import org.countysim.data.BaselineCsvReader;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.ScenarioCompiler;
import org.countysim.scenario.ScenarioException;
import org.countysim.scenario.ScenarioReader;
import org.countysim.scenario.YNode;

/**
 * {@code countysim validate}: every check of a run without simulating, and every problem at once — the
 * scenario's form, the baseline file (even when the scenario has problems, if its path can be read), and the
 * scenario against the baseline.
 */
public final class Validator {
    private Validator() {}

    /** @param compiled null when there are problems */
    public record Report(List<String> problems, CompiledScenario compiled) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Report validate(Path scenarioFile, List<String> overrides) {
        List<String> problems = new ArrayList<>();
        YNode document;
        try {
            document = ScenarioReader.document(scenarioFile, overrides);
        } catch (CountySimException e) {
            return new Report(lines(e), null);
        }
        Scenario scenario = null;
        try {
            scenario = ScenarioReader.read(scenarioFile, overrides);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
        }
        Path baselineFile = scenario != null ? scenario.data().baseline() : baselinePath(document, scenarioFile);
        String encoding = scenario != null ? scenario.data().encoding() : "auto";
        Baseline baseline = null;
        if (baselineFile != null) {
            try {
                baseline = BaselineCsvReader.read(baselineFile, encoding);
            } catch (CountySimException e) {
                problems.addAll(lines(e));
            }
        }
        if (scenario == null || baseline == null) {
            return new Report(problems, null);
        }
        try {
            return new Report(problems, ScenarioCompiler.compile(scenario, baseline));
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return new Report(problems, null);
        }
    }

    private static List<String> lines(CountySimException e) {
        return e instanceof ScenarioException s
                ? s.problems()
                : Arrays.asList(e.getMessage().split("\n"));
    }

    /** data.baseline read straight from the document, for a scenario that has other problems. */
    private static Path baselinePath(YNode document, Path scenarioFile) {
        if (document instanceof YNode.YMap root
                && root.get("data") instanceof YNode.YMap data
                && data.get("baseline") instanceof YNode.YScalar s
                && !s.value().isBlank()) {
            try {
                return scenarioFile
                        .toAbsolutePath()
                        .getParent()
                        .resolve(s.value())
                        .normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return null; // the scenario reader reports it
            }
        }
        return null;
    }
}
