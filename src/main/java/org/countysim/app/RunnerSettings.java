package org.countysim.app;

/**
 * What a command line says about a {@link BlockRunnerProvider}'s runners; null fields take the runner's defaults.
 *
 * @param master        where the runner's work goes, e.g. Spark's master URL {@code local[2]} or {@code
 *     spark://host:7077}
 * @param blocksPerTask blocks of {@value org.countysim.engine.SimulationEngine#BLOCK_SIZE} trials in each task
 */
public record RunnerSettings(String master, Integer blocksPerTask) {}
