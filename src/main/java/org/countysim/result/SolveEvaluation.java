package org.countysim.result;

/** One evaluation of a solve: the parameter value and the probability there, with its standard error. */
public record SolveEvaluation(double x, Summary.Estimate p) {}
