package org.countysim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.countysim.distribution.Distribution;
import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;
import org.countysim.result.Factor;

/**
 * Recompiled models for sensitivity designs: the same model with some factors' draw slots fixed at a quantile, or
 * drawn from other random streams. Everything else keeps its stream keys, so the engine draws it identically in
 * every variant (common random numbers, model.md §6).
 */
public final class ModelVariants {
    /** Appended to a stream key for the second, independent set of draws (matrix B of a Saltelli design). */
    public static final String RESAMPLED = "~B";

    private ModelVariants() {}

    /** The model with every draw of the factor at its distribution's p-quantile (each slot its own distribution). */
    public static CompiledModel fixedAt(CompiledModel m, Factor f, double p) {
        double[] template = m.template().clone();
        List<DrawSlot> slots = new ArrayList<>();
        for (DrawSlot s : m.slots()) {
            if (s.isRandom() && f.keys().contains(s.streamKey())) {
                double value = s.distribution().inverseCdf(p);
                Arrays.fill(template, s.offset(), s.offset() + s.count(), value);
                slots.add(new DrawSlot(s.streamKey(), s.path(), new Distribution.Fixed(value), s.offset(), s.count()));
            } else {
                slots.add(s);
            }
        }
        return m.withDraws(template, slots);
    }

    /**
     * The model with the factor's draws fixed at the given values, one per draw in the order of {@link #positions}
     * (the tornado's levels given the evidence: each draw at its weighted quantile).
     */
    public static CompiledModel fixedAtValues(CompiledModel m, Factor f, double[] values) {
        double[] template = m.template().clone();
        List<DrawSlot> slots = new ArrayList<>();
        int k = 0;
        for (DrawSlot s : m.slots()) {
            if (!(s.isRandom() && f.keys().contains(s.streamKey()))) {
                slots.add(s);
                continue;
            }
            double first = values[k];
            boolean same = true;
            for (int j = 0; j < s.count(); j++) {
                template[s.offset() + j] = values[k + j];
                same &= values[k + j] == first;
            }
            if (same) {
                slots.add(new DrawSlot(s.streamKey(), s.path(), new Distribution.Fixed(first), s.offset(), s.count()));
            } else {
                for (int j = 0; j < s.count(); j++) {
                    slots.add(new DrawSlot(
                            s.streamKey(), s.path(), new Distribution.Fixed(values[k + j]), s.offset() + j, 1));
                }
            }
            k += s.count();
        }
        return m.withDraws(template, slots);
    }

    /** The p-quantile of a single-distribution factor (NaN when its slots have different distributions). */
    public static double quantile(CompiledModel m, Factor f, double p) {
        Set<Distribution> laws = new java.util.HashSet<>();
        for (DrawSlot s : m.slots()) {
            if (s.isRandom() && f.keys().contains(s.streamKey())) {
                laws.add(s.distribution());
            }
        }
        return laws.size() == 1 ? laws.iterator().next().inverseCdf(p) : Double.NaN;
    }

    /** The model with the factors' slots drawn from their second streams (keys + {@value #RESAMPLED}). */
    public static CompiledModel resampled(CompiledModel m, Collection<Factor> factors) {
        Set<String> keys = new java.util.HashSet<>();
        factors.forEach(f -> keys.addAll(f.keys()));
        List<DrawSlot> slots = new ArrayList<>();
        for (DrawSlot s : m.slots()) {
            slots.add(
                    s.isRandom() && keys.contains(s.streamKey())
                            ? new DrawSlot(s.streamKey() + RESAMPLED, s.path(), s.distribution(), s.offset(), s.count())
                            : s);
        }
        return m.withDraws(m.template(), slots);
    }

    /** The positions in the draw buffer of each factor's values: [factor][value]. */
    public static int[][] positions(CompiledModel m, List<Factor> factors) {
        int[][] out = new int[factors.size()][];
        for (int i = 0; i < factors.size(); i++) {
            List<Integer> at = new ArrayList<>();
            for (DrawSlot s : m.slots()) {
                if (s.isRandom() && factors.get(i).keys().contains(s.streamKey())) {
                    for (int j = 0; j < s.count(); j++) {
                        at.add(s.offset() + j);
                    }
                }
            }
            out[i] = at.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
