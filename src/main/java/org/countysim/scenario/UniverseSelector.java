package org.countysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.countysim.data.Baseline;
import org.countysim.data.BaselineUnit;

/** Picks the tier universe from the baseline: explicit units, or by kind, minus exclusions (model.md §1). */
final class UniverseSelector {
    private final Scenario.Universe spec;
    private final Baseline baseline;
    private final UnitResolver resolver;
    private final Problems problems;

    UniverseSelector(Scenario.Universe spec, Baseline baseline, UnitResolver resolver, Problems problems) {
        this.spec = spec;
        this.baseline = baseline;
        this.resolver = resolver;
        this.problems = problems;
    }

    List<BaselineUnit> select() {
        Set<BaselineUnit> chosen = new LinkedHashSet<>();
        if (!spec.units().isEmpty()) {
            for (String ref : spec.units()) {
                BaselineUnit u = resolve(ref, "universe.units");
                if (u != null) {
                    chosen.add(u);
                }
            }
        } else {
            Set<String> kinds = new LinkedHashSet<>(spec.kinds());
            Set<String> known = new LinkedHashSet<>();
            baseline.units().forEach(u -> known.add(u.kind()));
            for (String k : kinds) {
                if (!known.contains(k)) {
                    problems.add("universe.kinds: no unit of kind '" + k + "' in " + baseline.file()
                            + org.countysim.util.Suggest.hint(k, known) + "; kinds there: " + known);
                }
            }
            if (!kinds.isEmpty()) {
                checkKindsGiven();
            }
            baseline.units().stream()
                    .filter(u -> kinds.isEmpty() || kinds.contains(u.kind()))
                    .forEach(chosen::add);
        }
        for (String ref : spec.exclude()) {
            BaselineUnit u = resolve(ref, "universe.exclude");
            if (u != null) {
                chosen.remove(u);
            }
        }
        countedInside(chosen);
        checkFold(chosen);
        if (chosen.isEmpty() && problems.isEmpty()) {
            problems.add("universe: no unit of " + baseline.file() + " is selected");
        }
        return new ArrayList<>(chosen);
    }

    /** A unit without a kind would silently fall out of a universe chosen by kind. */
    private void checkKindsGiven() {
        baseline.units().stream()
                .filter(u -> u.kind().isEmpty())
                .findFirst()
                .ifPresent(u -> problems.add("universe.kinds: unit " + u.code() + " (" + baseline.file() + ":"
                        + u.line() + ") has no kind, so a"
                        + " universe chosen by kind would leave it out; give every unit its kind ("
                        + String.join(", ", BaselineUnit.KINDS) + ") or list the units in universe.units"));
    }

    /**
     * Rows counted inside other rows' figures are never projected: their GDP is already in the units that hold
     * them. Left out when selected by kind; named in {@code universe.units} or folded, they contradict the reading.
     */
    private void countedInside(Set<BaselineUnit> chosen) {
        for (String ref : spec.countedInside()) {
            BaselineUnit u = resolve(ref, "universe.counted_inside");
            if (u == null) {
                continue;
            }
            boolean named = spec.units().stream().map(resolver::find).anyMatch(u::equals);
            boolean folded = spec.fold().keySet().stream().map(resolver::find).anyMatch(u::equals);
            if (named || folded) {
                problems.add("universe.counted_inside: '" + ref + "' is also "
                        + (named ? "listed in universe.units" : "folded into a host (universe.fold)")
                        + "; a row whose GDP other rows already include"
                        + " cannot be projected too: that would count it twice");
            }
            chosen.remove(u);
        }
    }

    private void checkFold(Set<BaselineUnit> chosen) {
        spec.fold().forEach((zoneRef, hostRef) -> {
            BaselineUnit zone = resolve(zoneRef, "universe.fold");
            BaselineUnit host = resolve(hostRef, "universe.fold." + zoneRef);
            if (zone != null && chosen.contains(zone)) {
                problems.add("universe.fold." + zoneRef + ": a folded unit must not itself be in the universe");
            }
            if (host != null && !chosen.contains(host)) {
                problems.add("universe.fold." + zoneRef + ": host '" + hostRef + "' is not in the universe");
            }
        });
    }

    private BaselineUnit resolve(String ref, String path) {
        BaselineUnit u = resolver.find(ref);
        if (u == null) {
            problems.add(path + ": " + resolver.problem(ref, "unit"));
        }
        return u;
    }
}
