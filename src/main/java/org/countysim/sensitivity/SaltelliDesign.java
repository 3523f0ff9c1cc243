package org.countysim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.countysim.model.CompiledModel;
import org.countysim.result.Factor;

/**
 * The Saltelli (2010) design for a model, as variants the engine runs side by side: A (the model as it is), B (every
 * factor drawn from its second streams) and AB_i (A with factor i drawn from B's streams), in the order
 * {@link SobolAnalyzer} reads. Trial j of every variant is base sample j: the engine draws A's and B's values once
 * and the AB variants read them (shared keys), so a design of N base samples costs 2N trials of draws and
 * N(k + 2) model evaluations.
 *
 * <p>A factor is a group of draws (22 expanded projects' outputs, the 60 shocks): A_j and B_j hold independent
 * draws of the whole group and AB_i takes all of them from B, the grouped design of Jacques et al. (2006) that SALib
 * runs with {@code groups}. The draws come from the engine's keyed streams (Monte Carlo), not from a
 * low-discrepancy sequence: each group's values are many independent numbers, and the bootstrap intervals assume
 * independent base samples. Variant A draws exactly the trials of {@code countysim run} with the same seed.
 */
public record SaltelliDesign(List<Factor> factors, List<CompiledModel> variants, List<String> names) {
    public SaltelliDesign {
        factors = List.copyOf(factors);
        variants = List.copyOf(variants);
        names = List.copyOf(names);
    }

    public static SaltelliDesign of(CompiledModel base, List<Factor> factors) {
        List<CompiledModel> variants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        variants.add(base);
        names.add("A");
        variants.add(ModelVariants.resampled(base, factors));
        names.add("B");
        for (Factor f : factors) {
            variants.add(ModelVariants.resampled(base, List.of(f)));
            names.add("AB:" + f.id());
        }
        return new SaltelliDesign(factors, variants, names);
    }

    /** Model evaluations a base sample costs: k + 2. */
    public int width() {
        return variants.size();
    }
}
