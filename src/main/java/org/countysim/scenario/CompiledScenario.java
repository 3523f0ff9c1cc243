package org.countysim.scenario;

import java.util.List;
import org.countysim.data.Baseline;
import org.countysim.data.DataQuality;
import org.countysim.model.CompiledModel;

/** A scenario compiled against its baseline: the model arrays plus what the outputs report about inputs. */
public record CompiledScenario(
        Scenario scenario, Baseline baseline, CompiledModel model, DataQuality quality, List<String> bandNames) {}
