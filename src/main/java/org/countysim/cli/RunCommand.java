package org.countysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.countysim.app.RunOutcome;
import org.countysim.app.RunPipeline;
import org.countysim.app.RunRequest;
import org.countysim.report.ConsoleTable;
import org.countysim.report.ManifestWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code countysim run}: the Monte Carlo projection of a scenario against its tier targets. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Project the scenario's units to its horizon by Monte Carlo and count them against the tier"
                + " targets. Writes summary.csv, tier_distribution.csv, counties.csv, city.csv, manifest.json,"
                + " tiers.png, fans.png and county_tiers.png to out/<scenario-name>/.",
        footer = ExitCodes.HELP)
final class RunCommand implements Callable<Integer> {
    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "plan-2025.yaml");

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "scenarios/plan-2025.yaml")
    Path scenario;

    @Option(names = "--trials", paramLabel = "N", description = "Number of trials (default: the scenario's).")
    Long trials;

    @Option(names = "--seed", paramLabel = "S", description = "Master random seed (default: the scenario's).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: out/<scenario-name>).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores)."
            + " Results are identical for any value.")
    Integer threads;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value, e.g."
            + " --set interventions[tech-upgrade].quantity=2000 or --set 'trend.real_growth={dist: normal, mean: 0.05,"
            + " sd: 0.01}'. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--counting", paramLabel = "MODE", description = "exclusive, cumulative or both"
            + " (default: the scenario's).")
    Counting counting;

    @Option(names = "--excel", description = "Write CSVs with a UTF-8 byte-order mark so Excel shows Chinese names.")
    boolean excel;

    @Option(names = "--no-charts", description = "Skip the PNG charts.")
    boolean noCharts;

    @Option(names = "--attribution-trials", paramLabel = "N", defaultValue = "20000",
            description = "Trials for contributions.csv (leave-one-out and Shapley, 2^k runs; at most --trials;"
                    + " 0 skips it). Default: ${DEFAULT-VALUE}.")
    long attributionTrials;

    @Option(names = "--json", description = "Print the summary as one JSON document on stdout (files are still written).")
    boolean json;

    enum Counting { exclusive, cumulative, both }

    @Override
    public Integer call() {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > 1024) {
            throw new org.countysim.CountySimException("--threads must be between 1 and 1024, got " + workers);
        }
        RunRequest request = new RunRequest(scenario, sets, trials, seed, out, workers,
                counting == null ? null : counting.name(), excel, !noCharts, attributionTrials);
        RunOutcome outcome = new RunPipeline(spec.commandLine().getErr()).run(request);
        if (json) {
            spec.commandLine().getOut().println(ManifestWriter.toJson(jsonSummary(outcome)));
            spec.commandLine().getOut().flush();
        } else {
            ConsoleTable.print(spec.commandLine().getOut(), outcome);
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> jsonSummary(RunOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", o.compiled().scenario().name());
        m.put("out_dir", o.outDir().toString());
        m.put("trials", o.trials());
        m.put("seed", o.seed());
        m.put("horizon", o.compiled().scenario().horizon());
        m.put("tiers", o.summary().tiers());
        m.put("city", o.summary().city());
        m.put("data_quality", o.compiled().quality());
        m.put("contributions", o.attribution());
        m.put("warnings", o.warnings());
        return m;
    }
}
