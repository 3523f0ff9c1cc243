package org.countysim.app;

import java.nio.file.Path;
import java.util.List;
import org.countysim.data.Baseline;
import org.countysim.data.BaselineCsvReader;
import org.countysim.model.CountingMode;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.ScenarioCompiler;
import org.countysim.scenario.ScenarioReader;

/** The load and compile stages shared by every command: scenario file → baseline → compiled scenario. */
public final class Inputs {
    private Inputs() {}

    /**
     * Reads the scenario with the command line's overrides applied in order, then its run settings (null: the
     * scenario's own). Those are not edits of the file, so an invalid value in the file is still reported.
     *
     * @param counting the counts to show (--counting), null for the scenario's
     */
    public static CompiledScenario load(
            Path scenarioFile, List<String> overrides, Long trials, Long seed, CountingMode counting) {
        Scenario scenario = ScenarioReader.read(scenarioFile, overrides).withRunSettings(trials, seed, counting);
        Baseline baseline = BaselineCsvReader.read(
                scenario.data().baseline(), scenario.data().encoding());
        return ScenarioCompiler.compile(scenario, baseline);
    }

    /** The files a run reads: a folder holding any of them is never an output folder. */
    public static List<Path> files(CompiledScenario compiled) {
        return List.of(compiled.scenario().file(), compiled.baseline().file());
    }
}
