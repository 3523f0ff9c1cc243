package org.countysim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.countysim.app.Options;
import org.countysim.app.RunOutcome;
import org.countysim.app.RunPipeline;
import org.countysim.app.RunRequest;
import org.countysim.app.Sampling;
import org.countysim.format.Json;
import org.countysim.report.RunOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code countysim run}: the Monte Carlo projection of a scenario against its tier targets. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Project the scenario's units to its horizon by Monte Carlo and count them against the tier"
                + " targets. Writes " + RunOutputs.HELP + " to out/<scenario-name>/ (or --out).",
        footer = ExitCodes.HELP)
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions options;

    @Mixin
    ScenarioDataOptions data;

    @Mixin
    ScenarioArgument scenario;

    @Option(
            names = "--attribution-trials",
            paramLabel = "N",
            defaultValue = "20000",
            description = "Trials for contributions.csv (leave-one-out and Shapley values, 2^k runs; at most --trials;"
                    + " 0 skips it). Default: ${DEFAULT-VALUE}.")
    long attributionTrials;

    @Mixin
    PrecisionOptions precision;

    @Override
    public Integer call() {
        Options o = options.toOptions(data);
        if (attributionTrials < 0) {
            throw new org.countysim.CountySimException("--attribution-trials is a number of trials, or 0 to skip the"
                    + " contributions; got " + attributionTrials);
        }
        Sampling sampling = precision.toSampling();
        RunRequest request =
                new RunRequest(scenario.file(), o, attributionTrials, sampling.precision(), sampling.maxTrials());
        RunOutcome outcome = new RunPipeline(spec.commandLine().getErr(), sampling.progress()).run(request);
        if (options.json) {
            spec.commandLine().getOut().println(Json.text(jsonSummary(outcome)));
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
        if (o.conditioned()) {
            // tiers and city above are conditioned on the evidence (the answer); the prior beside them
            m.put(
                    "prior",
                    Json.object(
                            "tiers",
                            o.evidence().prior().tiers(),
                            "city",
                            o.evidence().prior().city()));
            m.put("evidence", org.countysim.app.EvidenceJson.of(o.evidence()));
        }
        m.put("data_quality", o.compiled().quality());
        m.put("contributions", VariantJson.contributions(o.attribution()));
        m.put("warnings", o.warnings());
        return m;
    }
}
