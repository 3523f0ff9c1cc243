package org.countysim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.countysim.distribution.Distribution;
import org.countysim.model.DrawSlot;
import org.countysim.model.ParamRef;

/**
 * Lays out the per-trial draw buffer: each parameter gets a slot sized by its scope, fixed values go into
 * the template, and every parameter is returned as a {@link ParamRef} for the model.
 */
final class DrawPlanBuilder {
    private final int units;
    private final int years;
    private final List<DrawSlot> slots = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private double[] template = new double[64];
    private int size;

    DrawPlanBuilder(int units, int years) {
        this.units = units;
        this.years = years;
    }

    /** A parameter indexed by unit (of the universe) and year, laid out by its scope. */
    ParamRef unitYear(Param p) {
        return switch (p.distribution().isFixed() ? Scope.TRIAL : p.scope()) {
            case TRIAL -> broadcast(slot(p, 1), units, 0);
            case YEAR -> broadcast(slot(p, years), units, 1);
            case COUNTY -> perElement(slot(p, units), units, 1, 0);
            case COUNTY_YEAR -> perElement(slot(p, units * years), units, years, 1);
        };
    }

    /** A parameter with one value per element (an expanded project), drawn independently. */
    ParamRef perElement(Param p, int elements) {
        if (p.isFixed()) {
            return broadcast(slot(p, 1), elements, 0);
        }
        return perElement(slot(p, elements), elements, 1, 0);
    }

    /** A block of {@code count} independent draws of one distribution under one key. */
    int slot(Param p, int count) {
        return slot(p.streamKey(), p.path(), p.distribution(), p.distribution().isFixed() ? 1 : count);
    }

    int slot(String key, String path, Distribution d, int count) {
        if (!keys.add(key)) {
            throw new IllegalStateException("two slots share the stream key " + key);
        }
        int offset = size;
        size += count;
        if (size > template.length) {
            template = Arrays.copyOf(template, Math.max(size, template.length * 2));
        }
        if (d.isFixed()) {
            Arrays.fill(template, offset, offset + count, d.mean());
        }
        slots.add(new DrawSlot(key, path, d, offset, count));
        return offset;
    }

    static ParamRef broadcast(int offset, int elements, int stride) {
        int[] base = new int[elements];
        int[] strides = new int[elements];
        Arrays.fill(base, offset);
        Arrays.fill(strides, stride);
        return new ParamRef(base, strides);
    }

    private static ParamRef perElement(int offset, int elements, int step, int stride) {
        int[] base = new int[elements];
        int[] strides = new int[elements];
        for (int i = 0; i < elements; i++) {
            base[i] = offset + i * step;
            strides[i] = stride;
        }
        return new ParamRef(base, strides);
    }

    double[] template() {
        return Arrays.copyOf(template, size);
    }

    List<DrawSlot> slots() {
        return List.copyOf(slots);
    }
}
