package org.countysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.countysim.CountySimException;
import org.countysim.app.Options;
import org.countysim.app.SensitivityOutcome;
import org.countysim.app.SensitivityPipeline;
import org.countysim.app.SensitivityRequest;
import org.countysim.app.SensitivityRequest.Method;
import org.countysim.app.console.SensitivityConsole;
import org.countysim.app.console.SensitivityJson;
import org.countysim.format.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code countysim sensitivity}: which uncertain input decides the answer (model.md §8). */
@Command(
        name = "sensitivity",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Rank the scenario's uncertain inputs (factors): a tornado of one metric (each factor at its"
                + " P10 and P90, the others random, common random numbers), Sobol indices of one per-trial output"
                + " (Saltelli design, bootstrap intervals), the value of information of each banded baseline for"
                + " every target, and PRIM boxes where a condition holds. Writes tornado.csv/png, sobol.csv/png,"
                + " voi.csv, prim.csv, prim_box.csv, prim.png, report.html and manifest.json to"
                + " out/<scenario>-sensitivity (an export-only run, --methods none: out/<scenario>-trials; or --out).",
        footer = ExitCodes.HELP)
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions options;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "Scenario file (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/plan-2025.yaml")
    Path scenario;

    @Option(names = "--list-factors", description = "List the factors (id, label, distribution) and stop.")
    boolean listFactors;

    @Option(
            names = "--methods",
            split = ",",
            paramLabel = "M",
            defaultValue = "tornado,sobol,prim",
            description = "Analyses to run: tornado, sobol (with the value of information), prim; 'none' with"
                    + " --export-trials exports only (default: ${DEFAULT-VALUE}).")
    List<String> methods;

    @Option(
            names = "--metric",
            paramLabel = "METRIC",
            description =
                    "The tornado's metric: any metric of sweep, e.g. p_all_met, p_met_1000, mean_count_500,"
                            + " city_gdp (default: p_all_met, or, when all targets met is too rare to rank, the target most in doubt).")
    String metric;

    @Option(
            names = "--output",
            paramLabel = "OUTPUT",
            description = "The Sobol indices' per-trial output: all_met, met_<t>, n_<t>, reaching_<t>, city_gdp,"
                    + " gdp_<unit code or name> (default: all_met, or, when all targets met is too rare to rank, the target most in doubt)."
                    + " A named output is never replaced: one too rare to rank (fewer than 30 of the design's"
                    + " base samples on its rarer side) or constant exits 2.")
    String output;

    @Option(
            names = "--samples",
            paramLabel = "N",
            defaultValue = "32768",
            description = "Base samples of the Saltelli design: N × (factors + 2) model runs; PRIM uses its N base"
                    + " trials (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(
            names = "--tornado-trials",
            paramLabel = "N",
            description = "Trials per tornado arm (default: --trials, else the scenario's).")
    Long tornadoTrials;

    @Option(
            names = "--resamples",
            paramLabel = "R",
            defaultValue = "500",
            description = "Bootstrap resamples behind the Sobol intervals (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(
            names = "--factors",
            split = ",",
            paramLabel = "ID",
            description = "Rank only these factors (ids from --list-factors); in the Sobol design the others form"
                    + " one pooled group.")
    List<String> factors = new ArrayList<>();

    @Option(
            names = "--split-shocks",
            description = "The common shocks, unit shocks and year-scope deflator as three"
                    + " factors instead of the one group 'shocks'.")
    boolean splitShocks;

    @Option(
            names = "--condition",
            paramLabel = "OUTPUT",
            description =
                    "What PRIM looks for: all_met, met_<t>, exact_all, exact_<t> (default: all_met, or, when all targets met is too rare to rank, the target most in doubt).")
    String condition;

    @Option(
            names = "--min-coverage",
            paramLabel = "SHARE",
            defaultValue = "0.5",
            description = "PRIM states the densest box holding at least this share of the trials that meet the"
                    + " condition (default: ${DEFAULT-VALUE}).")
    double minCoverage;

    @Option(
            names = "--export-trials",
            paramLabel = "FILE",
            description = "Also write every trial's factor values and outputs to FILE (.csv or .csv.gz) in the output"
                    + " folder: --trials trials of the scenario as `run` draws them, streamed with flat memory.")
    String exportTrials;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        Options o = options.toOptions();
        Path file = DefaultScenario.resolve(scenario);
        if (listFactors) {
            if (options.json) {
                spec.commandLine()
                        .getOut()
                        .println(Json.text(SensitivityJson.factors(SensitivityPipeline.factors(file, o, splitShocks))));
                spec.commandLine().getOut().flush();
            } else {
                SensitivityConsole.factors(
                        spec.commandLine().getOut(), SensitivityPipeline.factors(file, o, splitShocks));
            }
            return ExitCodes.OK;
        }
        SensitivityRequest request = new SensitivityRequest(
                file,
                o,
                methods(),
                metric,
                output,
                samples,
                tornadoTrials,
                resamples,
                factors,
                splitShocks,
                condition,
                minCoverage,
                exportTrials,
                options.trials,
                TerminalProgress.forTerminal(quiet));
        SensitivityOutcome outcome = SensitivityPipeline.run(request);
        if (options.json) {
            spec.commandLine().getOut().println(Json.text(SensitivityJson.of(outcome)));
            spec.commandLine().getOut().flush();
        } else {
            SensitivityConsole.print(spec.commandLine().getOut(), outcome);
        }
        return ExitCodes.OK;
    }

    private Set<Method> methods() {
        Set<Method> out = EnumSet.noneOf(Method.class);
        for (String m : methods) {
            String key = m.strip().toUpperCase(Locale.ROOT);
            if (key.equals("NONE")) {
                continue;
            }
            try {
                out.add(Method.valueOf(key));
            } catch (IllegalArgumentException e) {
                throw new CountySimException("--methods: '" + m + "' is not a method; give tornado, sobol, prim or"
                        + " none, separated by commas");
            }
        }
        if (out.isEmpty() && exportTrials == null) {
            throw new CountySimException("--methods none leaves nothing to do: add --export-trials FILE");
        }
        return out;
    }
}
