package org.countysim.cli;

import java.util.concurrent.Callable;
import org.countysim.CountySimException;
import org.countysim.app.Options;
import org.countysim.app.RunOutcome;
import org.countysim.app.RunPipeline;
import org.countysim.app.RunRequest;
import org.countysim.app.Sampling;
import org.countysim.app.console.RunConsole;
import org.countysim.app.console.RunJson;
import org.countysim.format.Json;
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
                + " targets. Writes " + RunPipeline.OUTPUTS_HELP + " to out/<scenario-name>/ (or --out).",
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
            throw new CountySimException("--attribution-trials is a number of trials, or 0 to skip the"
                    + " contributions; got " + attributionTrials);
        }
        Sampling sampling = precision.toSampling();
        RunRequest request =
                new RunRequest(scenario.file(), o, attributionTrials, sampling.precision(), sampling.maxTrials());
        RunOutcome outcome = new RunPipeline(spec.commandLine().getErr(), sampling.progress()).run(request);
        if (options.json) {
            spec.commandLine().getOut().println(Json.text(RunJson.of(outcome)));
            spec.commandLine().getOut().flush();
        } else {
            RunConsole.print(spec.commandLine().getOut(), outcome);
        }
        return ExitCodes.OK;
    }
}
