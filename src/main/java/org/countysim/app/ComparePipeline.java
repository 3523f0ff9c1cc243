package org.countysim.app;

import org.countysim.result.VariantResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.report.ChartStyle;
import org.countysim.report.CompareChart;
import org.countysim.report.VariantCsv;
import org.countysim.report.StagedDirectory;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;

/** {@code countysim compare A B ...}: the scenarios' metrics side by side and their differences from the first, under CRN. */
public final class ComparePipeline {
    private ComparePipeline() {
    }

    public record Outcome(VariantResult result, List<CompiledScenario> scenarios, Path outDir, long seed,
                          boolean cumulative) {
    }

    public static Outcome run(List<Path> files, Options o) {
        checkDistinct(files);
        List<CompiledScenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            scenarios.add(Inputs.load(f, o.overrides(), o.trials(), o.seed(), o.counting()));
        }
        List<String> names = uniqueNames(scenarios);
        Scenario first = scenarios.get(0).scenario();
        boolean cumulative = first.cumulative();
        VariantResult result = VariantRunner.run(scenarios, names, false, cumulative, first.trials(), first.seed(),
                o.threads()).result();
        Path out = o.outDir() != null ? o.outDir() : Path.of("out", "compare-" + String.join("-vs-", names));
        Outcome outcome = new Outcome(result, scenarios, out.toAbsolutePath().normalize(), first.seed(), cumulative);
        StagedDirectory.write(outcome.outDir(), folder -> {
            VariantCsv.writeCompare(folder.resolve("compare.csv"), result, o.excelBom());
            if (o.charts()) {
                new CompareChart(ChartStyle.detect("")).write(folder.resolve("compare.png"), result,
                        scenarios.get(0).model().thresholds(), cumulative, first.horizon());
            }
        });
        return outcome;
    }

    /** The same file twice compares a scenario with itself: every difference would be 0, which helps nobody. */
    private static void checkDistinct(List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sameFile(files.get(i), files.get(j))) {
                    throw new CountySimException("compare: " + files.get(i) + " is given twice (scenarios " + (j + 1)
                            + " and " + (i + 1) + "); compare different scenario files");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            // a file that cannot be read is reported when it is loaded
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Scenario names, made unique with a suffix when two files share one. */
    private static List<String> uniqueNames(List<CompiledScenario> scenarios) {
        List<String> names = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        for (CompiledScenario c : scenarios) {
            String name = c.scenario().name();
            for (int i = 2; !seen.add(name); i++) {
                name = c.scenario().name() + "-" + i;
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw new CountySimException("compare needs at least one scenario");
        }
        return names;
    }
}
