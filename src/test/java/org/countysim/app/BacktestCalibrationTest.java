package org.countysim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.engine.SimulationEngine;
import org.countysim.history.Actual;
import org.countysim.history.Backtest;
import org.countysim.history.BacktestWindow;
import org.countysim.history.HistoryRow;
import org.countysim.history.Score;
import org.countysim.result.Tally;
import org.countysim.scenario.CompiledScenario;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backtest scores on a synthetic truth drawn from the model itself: trials of one run (seed A) are the actual
 * histories, and the backtest's forecast is another run (seed B) of the same scenario. Every uncertainty of the
 * model is on (a banded base, an uncertain trend, common and AR(1) unit shocks, a yearly deflator), so if the
 * scoring or its wiring were wrong (another year, another unit, quantiles off by one rank), the PITs of the M
 * independent truths would not be uniform. Each assertion allows 4 SE (false failure ≈ 6e-5 each), the SEs
 * widened by √(1 + M/N) for the forecast's own sampling error.
 */
class BacktestCalibrationTest {
    @TempDir
    Path dir;

    @Test
    void truthsDrawnFromTheModelAreScoredAsCalibrated() throws Exception {
        Fixtures f = new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 90, 110), Fixtures.exact("u2", 300))
                .with("horizon", "horizon: 2024")
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.05, sd: 0.01}")
                .with("shocks", "shocks: {common_sd: 0.015, unit_sd: 0.02, rho: 0.3}")
                .with("deflator", "deflator: {dist: normal, mean: 0.01, sd: 0.01, scope: year}");
        CompiledScenario compiled = f.compile();
        int m = 3000;
        int n = 20_000;
        Tally truth = SimulationEngine.keepingSamples(compiled.model()).run(m, 7, 2);
        List<Actual> actuals = new ArrayList<>();
        for (int year = 2022; year <= 2024; year++) {
            for (double y : truth.samples().sorted(truth.variable(0, year - 2021))) {
                actuals.add(new Actual("u1", "u1", year, y, y, 0));
            }
        }
        List<HistoryRow> base = List.of(row("u1"), row("u2"));
        BacktestWindow window = new BacktestWindow(2021, 2024, base, actuals);
        Tally forecast = SimulationEngine.keepingSamples(compiled.model()).run(n, 8, 2);
        Backtest b = BacktestPipeline.score(forecast, window, compiled.scenario(), List.of());
        double widen = Math.sqrt(1 + (double) m / n);
        for (int year = 2022; year <= 2024; year++) {
            int y = year;
            List<Score> scores =
                    b.scores().stream().filter(s -> s.actual().year() == y).toList();
            double pit = scores.stream().mapToDouble(Score::pit).average().orElseThrow();
            double in90 = scores.stream().mapToDouble(Score::inside90).average().orElseThrow();
            double in50 = scores.stream().mapToDouble(Score::inside50).average().orElseThrow();
            McAssert.withinSe(0.5, pit, widen * Math.sqrt(1.0 / 12 / m), "mean PIT " + year);
            McAssert.withinSe(0.9, in90, widen * Math.sqrt(0.09 / m), "P5–P95 coverage " + year);
            McAssert.withinSe(0.5, in50, widen * Math.sqrt(0.25 / m), "P25–P75 coverage " + year);
            for (int d = 0; d < 10; d++) {
                int decile = d;
                double share = scores.stream()
                                .filter(s -> Math.min(9, (int) (10 * s.pit())) == decile)
                                .count()
                        / (double) m;
                McAssert.withinSe(0.1, share, widen * Math.sqrt(0.09 / m), "PIT decile " + d + " in " + year);
            }
        }
    }

    private static HistoryRow row(String unit) {
        return new HistoryRow(unit, "", "", 2021, Double.NaN, 90, 110, Double.NaN, Double.NaN, null, "", 0, 2);
    }
}
