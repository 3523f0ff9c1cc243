package org.countysim.sensitivity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;
import org.countysim.model.Evidence;
import org.countysim.result.Factor;

/**
 * Which factors the evidence (model.md §11) reaches. The prior draws every factor independently and a trial's weight
 * is a function of the draws the observed sums read: for an observation of the base year the drawn base-year values
 * of its rows, for a later year the projected GDP (every draw before it). A factor the weight does not read keeps its
 * prior distribution given the evidence, independent of every other factor; one it reads does not.
 */
public final class EvidenceReach {
    private EvidenceReach() {}

    /** Whether the evidence may change factor f's distribution: it reads one of f's draws. */
    public static boolean informs(CompiledModel m, Factor f) {
        if (!m.weighted()) {
            return false;
        }
        if (laterYears(m)) {
            return true;
        }
        Set<Integer> read = observedDraws(m);
        for (int p : ModelVariants.positions(m, List.of(f))[0]) {
            if (read.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the weight reads the draws of {@code factors} and of no other factor (base-year observations only). */
    public static boolean readsOnly(CompiledModel m, Collection<Factor> factors) {
        if (laterYears(m)) {
            return false;
        }
        Set<Integer> own = new HashSet<>();
        for (int[] at : ModelVariants.positions(m, List.copyOf(factors))) {
            for (int p : at) {
                own.add(p);
            }
        }
        return own.containsAll(observedDraws(m));
    }

    private static boolean laterYears(CompiledModel m) {
        return m.evidence().observations().stream().anyMatch(o -> o.yearIndex() > 0);
    }

    /** The random draws (buffer positions) that base-year observations sum; fixed values are no draws. */
    private static Set<Integer> observedDraws(CompiledModel m) {
        Set<Integer> random = new HashSet<>();
        for (DrawSlot s : m.slots()) {
            if (s.isRandom()) {
                for (int j = 0; j < s.count(); j++) {
                    random.add(s.offset() + j);
                }
            }
        }
        Set<Integer> read = new HashSet<>();
        for (Evidence.Observation o : m.evidence().observations()) {
            for (int p : o.baseSlots()) {
                if (random.contains(p)) {
                    read.add(p);
                }
            }
        }
        return read;
    }
}
