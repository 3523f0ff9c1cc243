package org.countysim.scenario;

import java.util.Map;

/** A parameter with a default for every unit and optional per-unit values, keyed by unit reference. */
public record UnitParam(Param byDefault, Map<String, Param> perUnit) {
    public UnitParam {
        perUnit = Map.copyOf(perUnit);
    }

    public static UnitParam of(Param p) {
        return new UnitParam(p, Map.of());
    }
}
