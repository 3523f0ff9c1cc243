package org.countysim.spark;

import org.countysim.app.BlockRunnerProvider;
import org.countysim.app.ProvidedRunners;
import org.countysim.app.RunnerSettings;

/** {@code --runner spark}: listed in META-INF/services, found by the CLI when this module's jar is on its class path. */
public final class SparkRunnerProvider implements BlockRunnerProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public ProvidedRunners open(RunnerSettings settings) {
        int blocksPerTask = settings.blocksPerTask() != null ? settings.blocksPerTask() : SparkBlockRunner.AUTO;
        return SparkRunners.starting(settings.master(), blocksPerTask);
    }
}
