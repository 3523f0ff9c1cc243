package org.countysim.sensitivity;

import java.util.stream.IntStream;

/** Sorting indices by values without boxing: what PRIM needs once per factor. */
final class IndexSort {
    private IndexSort() {}

    /** Trial indices in ascending order of their values, ties in index order (a bottom-up merge sort). */
    static int[] ascending(double[] v) {
        int n = v.length;
        int[] a = IntStream.range(0, n).toArray();
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int k = mid;
                for (int out = lo; out < hi; out++) {
                    b[out] = k >= hi || i < mid && v[a[i]] <= v[a[k]] ? a[i++] : a[k++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
