package org.countysim.engine;

import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;

/**
 * Names the parameter behind a NaN or infinite GDP, so the run stops with a scenario path instead of
 * writing NaN into results: a draw that is itself not finite, else the draw farthest from zero (the growth
 * or level that overflowed).
 */
final class NonFinite {
    private NonFinite() {}

    static SimulationException diagnose(CompiledModel model, double[] buf, int gdpIndex, long trial) {
        int unit = gdpIndex / (model.years() + 1);
        int year = model.baseYear() + gdpIndex % (model.years() + 1);
        String where = "trial " + trial + " gave a non-finite GDP for unit "
                + model.units().get(unit).code() + " in " + year;
        DrawSlot largest = null;
        double largestValue = 0;
        for (DrawSlot slot : model.slots()) {
            for (int i = slot.offset(); i < slot.offset() + slot.count(); i++) {
                if (!Double.isFinite(buf[i])) {
                    return new SimulationException(
                            where + ": " + slot.path() + " drew " + buf[i] + "; check its distribution's parameters",
                            trial);
                }
                if (Math.abs(buf[i]) > largestValue) {
                    largestValue = Math.abs(buf[i]);
                    largest = slot;
                }
            }
        }
        return new SimulationException(
                where + " (an overflow): the largest value drawn was " + largestValue + " for "
                        + (largest == null ? "no parameter" : largest.path())
                        + "; check the scenario for extreme values",
                trial);
    }
}
