package org.countysim.app.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.countysim.app.BacktestPipeline;

/** backtest's --json document: the window, the totals, every score and the notes. */
public final class BacktestJson {
    private BacktestJson() {}

    public static Map<String, Object> of(BacktestPipeline.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", o.scenarioName());
        m.put("out_dir", o.outDir().toString());
        m.put("base_year", o.backtest().baseYear());
        m.put("trials", o.backtest().trials());
        m.put("seed", o.backtest().seed());
        m.put("totals", o.backtest().totals());
        m.put("scores", o.backtest().scores());
        m.put("notes", o.backtest().notes());
        m.put("warnings", o.warnings());
        return m;
    }
}
