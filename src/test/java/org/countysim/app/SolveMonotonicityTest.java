package org.countysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.countysim.result.SolveEvaluation;
import org.countysim.result.Summary;
import org.junit.jupiter.api.Test;

/** solve warns when its evaluations show the probability falling as the parameter rises. */
class SolveMonotonicityTest {
    private static SolveEvaluation at(double x, double p, double se) {
        return new SolveEvaluation(x, new Summary.Estimate(p, se));
    }

    @Test
    void risingOrNoisyEvaluationsGiveNoWarning() {
        assertEquals(List.of(), SolvePipeline.notRising(List.of(at(0, 0.1, 0.01), at(2, 0.5, 0.01), at(1, 0.3, 0.01)), "q", 2000));
        // 0.30 then 0.28 with SE 0.01 each: a fall of 1.4 SE of the difference, within the noise
        assertEquals(List.of(), SolvePipeline.notRising(List.of(at(1, 0.30, 0.01), at(2, 0.28, 0.01)), "q", 2000));
    }

    @Test
    void aClearFallIsReportedWithItsValues() {
        List<String> w = SolvePipeline.notRising(List.of(at(0, 0.1, 0.005), at(1, 0.6, 0.005), at(2, 0.2, 0.005),
                at(3, 0.55, 0.005)), "interventions[x].quantity", 10000);
        assertEquals(1, w.size());
        assertTrue(w.get(0).startsWith("the probability falls from 60.0% ±0.5 at 1 to 20.0% ±0.5 at 2"), w.get(0));
        assertTrue(w.get(0).contains("interventions[x].quantity"), w.get(0));
    }
}
