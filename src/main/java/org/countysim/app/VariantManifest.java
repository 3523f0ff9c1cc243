package org.countysim.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countysim.engine.SimulationEngine;
import org.countysim.scenario.CompiledScenario;

/**
 * manifest.json of compare, sweep and solve: what was run (files and their hashes, the --set overrides, seed,
 * trials), so that a result folder says how to reproduce it, as a run's manifest does.
 */
final class VariantManifest {
    private VariantManifest() {}

    static Map<String, Object> of(
            String command, List<CompiledScenario> scenarios, List<String> overrides, long seed, long trials) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "countysim");
        m.put("version", Version.current());
        m.put("command", command);
        m.put("created", Instant.now().toString());
        List<Object> files = new ArrayList<>();
        for (CompiledScenario c : scenarios) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", c.scenario().name());
            f.put("file", c.scenario().file().toString());
            f.put("sha256", c.scenario().sha256());
            f.put("data", c.baseline().file().toString());
            f.put("data_sha256", c.baseline().sha256());
            files.add(f);
        }
        m.put("scenarios", files);
        m.put("overrides", overrides);
        m.put("seed", seed);
        m.put("trials", trials);
        m.put("random_streams", SimulationEngine.RANDOM_STREAMS);
        return m;
    }
}
