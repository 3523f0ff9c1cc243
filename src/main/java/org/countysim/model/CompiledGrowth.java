package org.countysim.model;

/** A direct growth adjustment (model.md §3.3) with its unit, sector and year masks. */
public record CompiledGrowth(ParamRef delta, boolean[] units, boolean[] sectors, boolean[] years)
        implements java.io.Serializable {}
