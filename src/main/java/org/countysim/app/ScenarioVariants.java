package org.countysim.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.data.Baseline;
import org.countysim.data.BaselineCsvReader;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.ScenarioCompiler;
import org.countysim.scenario.ScenarioReader;
import org.countysim.scenario.YNode;

/**
 * Variants of one scenario file for a command that runs many (sweep points, solve steps): the file is read and
 * parsed once, each baseline file once, and the numbers a variant sets go into the document as numbers.
 */
final class ScenarioVariants {
    private final ScenarioReader.Source source;
    private final Options options;
    private final Map<String, Baseline> baselines = new HashMap<>();

    ScenarioVariants(Path file, Options options) {
        this.source = ScenarioReader.load(file);
        this.options = options;
    }

    /** The document with the command line's --set overrides: for checking that a parameter path exists. */
    YNode document() {
        return source.document(options.overrides());
    }

    /** The scenario as the command line gives it (--set, --trials, --seed, --counting). */
    CompiledScenario base() {
        return at(Map.of(), options.trials(), options.seed());
    }

    /** With some parameters set to numbers, and the trials and seed given (null: the scenario's). */
    CompiledScenario at(Map<String, Double> numbers, Long trials, Long seed) {
        Scenario sc = source.read(options.overrides(), new LinkedHashMap<>(numbers))
                .withRunSettings(trials, seed, options.counting());
        String key = sc.data().baseline().toAbsolutePath().normalize() + "\n"
                + sc.data().encoding();
        Baseline baseline = baselines.computeIfAbsent(
                key, k -> BaselineCsvReader.read(sc.data().baseline(), sc.data().encoding()));
        return ScenarioCompiler.compile(sc, baseline);
    }

    /** One number per parameter path, in the order of the paths. */
    static Map<String, Double> point(List<String> paths, double[] values) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            numbers.put(paths.get(i), values[i]);
        }
        return numbers;
    }
}
