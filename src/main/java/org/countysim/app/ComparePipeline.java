package org.countysim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.countysim.CountySimException;
import org.countysim.report.ChartStyle;
import org.countysim.report.CompareChart;
import org.countysim.report.ManifestWriter;
import org.countysim.report.OutputFolder;
import org.countysim.report.VariantCsv;
import org.countysim.result.VariantResult;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Scenario;

/** {@code countysim compare A B ...}: the scenarios' metrics side by side and their differences from the first, under CRN. */
public final class ComparePipeline {
    private ComparePipeline() {}

    /** @param warnings e.g. --precision not reached */
    /** @param overrides the --set changes every scenario was run with (a what-if), or empty */
    public record Outcome(
            VariantResult result,
            List<CompiledScenario> scenarios,
            Path outDir,
            long seed,
            List<String> warnings,
            List<String> overrides) {}

    public static Outcome run(List<Path> files, Options o, Sampling sampling) {
        checkDistinct(files);
        List<CompiledScenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            scenarios.add(Inputs.load(f, o.overrides(), o.trials(), o.seed(), o.counting()));
        }
        List<String> names = uniqueNames(scenarios);
        Path out = o.outDir() != null ? o.outDir() : defaultFolder(names, o.overrides());
        OutputFolder folderOut = OutputFolder.check(
                out, scenarios.stream().flatMap(c -> Inputs.files(c).stream()).toList());
        Scenario first = scenarios.get(0).scenario();
        VariantRunner.Run run = VariantRunner.run(
                scenarios,
                names,
                false,
                first.trials(),
                first.seed(),
                o.runner(),
                sampling,
                VariantRunner::largestProbabilitySe);
        VariantResult result = run.result();
        Outcome outcome = new Outcome(
                result,
                scenarios,
                folderOut.path(),
                first.seed(),
                VariantRunner.warnings(run, sampling),
                o.overrides());
        folderOut.write(folder -> {
            ManifestWriter.write(
                    folder.resolve("manifest.json"),
                    VariantManifest.of("compare", scenarios, o.overrides(), first.seed(), result.trials()));
            VariantCsv.writeCompare(folder.resolve("compare.csv"), result, o.excelBom());
            if (o.charts()) {
                new CompareChart(ChartStyle.detect(""))
                        .write(folder.resolve("compare.png"), result, first.horizon(), o.overrides());
            }
        });
        return outcome;
    }

    /** The same file twice compares a scenario with itself: every difference would be 0, which helps nobody. */
    /**
     * {@code out/compare-<a>-vs-<b>}, with {@code --<hash of the overrides>} for a what-if so that it never replaces
     * the plain comparison; names too long for a folder are shortened and the hash keeps them apart.
     */
    public static Path defaultFolder(List<String> names, List<String> overrides) {
        String joined = "compare-" + String.join("-vs-", names);
        String suffix = WhatIf.folderSuffix(overrides);
        if (joined.length() > 120) {
            suffix = WhatIf.folderSuffix(java.util.stream.Stream.concat(names.stream(), overrides.stream())
                    .toList());
            joined = joined.substring(0, 120);
        }
        return Path.of("out", joined + suffix);
    }

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
