package org.countysim.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A scenario's tier targets in the one form everything uses (model.md §4), per band k with thresholds
 * descending: the band target t_k (units in the exclusive band) and the cumulative target
 * T_k = t_0 + … + t_k (units at or above threshold k). Target k is met when N_k ≥ T_k (at least T_k units
 * reach the threshold: monotone, a unit that grows never unmeets it); the band is exact when n_k = t_k.
 * Nothing else compares a count with a target, so a band target never meets a cumulative count.
 */
public record Targets(int[] band, int[] cumulative) implements java.io.Serializable {

    public Targets {
        band = band.clone();
        cumulative = cumulative.clone();
    }

    /** From targets as the scenario states them; cumulative ones must not fall as the threshold falls. */
    public static Targets of(TargetForm form, int[] stated) {
        int[] band = new int[stated.length];
        int[] cumulative = new int[stated.length];
        int running = 0;
        for (int k = 0; k < stated.length; k++) {
            if (form == TargetForm.BANDS) {
                band[k] = stated[k];
                running += stated[k];
                cumulative[k] = running;
            } else {
                if (k > 0 && stated[k] < stated[k - 1]) {
                    throw new IllegalArgumentException("cumulative targets fall at band " + k);
                }
                cumulative[k] = stated[k];
                band[k] = stated[k] - (k == 0 ? 0 : stated[k - 1]);
            }
        }
        return new Targets(band, cumulative);
    }

    public int bands() {
        return band.length;
    }

    /** The band target t_k: units in band k exactly as listed. */
    public int band(int k) {
        return band[k];
    }

    /** The cumulative target T_k: at least this many units at or above threshold k. */
    public int cumulative(int k) {
        return cumulative[k];
    }

    /** The target that goes with a counting: t_k for units in the band, T_k for units at or above the threshold. */
    public int of(Counting counting, int k) {
        return counting == Counting.EXCLUSIVE ? band[k] : cumulative[k];
    }

    /** met_k: at least T_k units at or above threshold k. */
    public boolean met(int k, int reaching) {
        return reaching >= cumulative[k];
    }

    /** exact_k: exactly t_k units in band k. */
    public boolean exact(int k, int inBand) {
        return inBand == band[k];
    }

    /**
     * 1 when target k is not met by {@code reaching} units, else 0, computed without a branch: the engine counts it
     * for every trial, and a target that the first trials never meet would otherwise compile to a trap that, once a
     * trial meets it, throws the recording code back to the interpreter and compiles it again (model.md §4's met_k).
     */
    public int unmet(int k, int reaching) {
        return (reaching - cumulative[k]) >>> 31;
    }

    /** 1 when band k does not hold exactly t_k units ({@code inBand}), else 0, without a branch (as {@link #unmet}). */
    public int inexact(int k, int inBand) {
        return ((inBand - band[k]) | (band[k] - inBand)) >>> 31;
    }

    /** "3/2/4/2": the band targets as the plan lists them. */
    public String structure() {
        return Arrays.stream(band).mapToObj(String::valueOf).collect(Collectors.joining("/"));
    }

    /** "3/5/9/11": the cumulative targets. */
    public String atLeast() {
        return Arrays.stream(cumulative).mapToObj(String::valueOf).collect(Collectors.joining("/"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Targets t && Arrays.equals(band, t.band) && Arrays.equals(cumulative, t.cumulative);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(band) + Arrays.hashCode(cumulative);
    }

    @Override
    public String toString() {
        return "Targets[band=" + structure() + ", cumulative=" + atLeast() + "]";
    }
}
