#!/usr/bin/env python3
"""A vectorized numpy peer of countysim's Sobol estimators (src/main/java/org/countysim/sensitivity), to cross-check
their numbers: the Saltelli (2010) design on the Ishigami function (a = 7, b = 0.1), first-order indices by
Saltelli et al. (2010) and total indices by Jansen (1999) on outputs centred by their mean over A and B (as SALib's
sobol.analyze), bootstrap standard errors and percentile intervals.

Usage: bench/sobol_peer.py N SEED OUT.csv   (writes the design's outputs, one row per base sample: f(A), f(B),
f(AB_1) .. f(AB_k), for the Java analyzer to read; prints the indices and the seconds each step took)
"""
import sys
import time

import numpy as np

A_COEF, B_COEF = 7.0, 0.1


def ishigami(x):
    x = np.pi * (2 * x - 1)
    return np.sin(x[..., 0]) + A_COEF * np.sin(x[..., 1]) ** 2 + B_COEF * x[..., 2] ** 4 * np.sin(x[..., 0])


def analytic():
    pi4 = np.pi ** 4
    v = A_COEF ** 2 / 8 + B_COEF * pi4 / 5 + B_COEF ** 2 * pi4 ** 2 / 18 + 0.5
    v1 = 0.5 * (1 + B_COEF * pi4 / 5) ** 2
    v2 = A_COEF ** 2 / 8
    v13 = B_COEF ** 2 * pi4 ** 2 * (1 / 18 - 1 / 50)
    return np.array([v1, v2, 0]) / v, np.array([v1 + v13, v2, v13]) / v


def design(n, k, rng):
    """Rows of k + 2 points per base sample: A, B, then A with column i from B."""
    a = rng.random((n, k))
    b = rng.random((n, k))
    ab = np.repeat(a[:, None, :], k, axis=1)
    idx = np.arange(k)
    ab[:, idx, idx] = b
    return np.concatenate([a[:, None, :], b[:, None, :], ab], axis=1)  # n × (k + 2) × k


def terms(y):
    """Per base sample: a + b, a² + b², b(ab_i − a) for each i, ½(a − ab_i)² for each i (y centred)."""
    a, b, ab = y[:, 0], y[:, 1], y[:, 2:]
    return np.column_stack([a + b, a * a + b * b, b[:, None] * (ab - a[:, None]), 0.5 * (a[:, None] - ab) ** 2])


def indices(sums, n, k):
    """sums: (..., 2k + 2) weighted column sums of terms(y). Returns (S1, ST), each (..., k)."""
    v = sums[..., 1:2] / (2 * n) - (sums[..., 0:1] / (2 * n)) ** 2
    return sums[..., 2:2 + k] / n / v, sums[..., 2 + k:] / n / v


def main():
    n, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    k, resamples = 3, 500
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    x = design(n, k, rng)
    t1 = time.perf_counter()
    y = ishigami(x)
    y = y - y[:, :2].mean()  # centred over A and B, as the Java analyzer does (and SALib)
    t2 = time.perf_counter()
    t = terms(y)
    s1, st = indices(t.sum(axis=0), n, k)
    t3 = time.perf_counter()
    counts = np.stack([np.bincount(rng.integers(0, n, n), minlength=n) for _ in range(resamples)])
    s1r, str_ = indices(counts @ t, n, k)  # every resample at once: (resamples × n) @ (n × (2k + 2))
    t4 = time.perf_counter()
    np.savetxt(out, y + 0.0, delimiter=",", fmt="%.17g")
    true1, truet = analytic()
    print(f"numpy peer: Ishigami, N = {n}, {n * (k + 2)} evaluations, {resamples} bootstrap resamples")
    for i in range(k):
        lo1, hi1 = np.percentile(s1r[:, i], [2.5, 97.5])
        lot, hit = np.percentile(str_[:, i], [2.5, 97.5])
        print(f"x{i + 1}: S1 {s1[i]:.6f} se {s1r[:, i].std(ddof=1):.4f} [{lo1:.4f}, {hi1:.4f}] (exact {true1[i]:.4f})"
              f"   ST {st[i]:.6f} se {str_[:, i].std(ddof=1):.4f} [{lot:.4f}, {hit:.4f}] (exact {truet[i]:.4f})")
    print(f"seconds: design {t1 - t0:.3f}, evaluation {t2 - t1:.3f}, estimators {t3 - t2:.3f},"
          f" bootstrap {t4 - t3:.3f}")


if __name__ == "__main__":
    main()
