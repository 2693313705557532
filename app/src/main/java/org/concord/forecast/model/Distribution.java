package org.concord.forecast.model;

import java.util.Arrays;

/**
 * Summary of a sample on the 0-100 scale. Quantiles are R's type 7 (linear interpolation between order statistics,
 * Hyndman &amp; Fan 1996), the default of R and NumPy.
 *
 * @param p5   5th percentile
 * @param p25  25th percentile
 * @param p50  median
 * @param p75  75th percentile
 * @param p95  95th percentile
 * @param mean arithmetic mean
 */
public record Distribution(double p5, double p25, double p50, double p75, double p95, double mean) {
    public Distribution {
        Scale.check("5th percentile", p5);
        Scale.check("95th percentile", p95);
        Scale.check("mean", mean);
        if (!(p5 <= p25 && p25 <= p50 && p50 <= p75 && p75 <= p95))
            throw new IllegalArgumentException("percentiles must not decrease: " + p5 + ", " + p25 + ", " + p50 + ", " + p75 + ", " + p95);
    }

    /** Summarises the first {@code n} values of {@code sample}, which is sorted in place. */
    static Distribution of(double[] sample, int n) {
        Arrays.sort(sample, 0, n);
        double sum = 0;
        for (int i = 0; i < n; i++) sum += sample[i];
        return new Distribution(quantile(sample, n, 0.05), quantile(sample, n, 0.25), quantile(sample, n, 0.5),
                quantile(sample, n, 0.75), quantile(sample, n, 0.95), Scale.clamp(sum / n));
    }

    /** Type-7 quantile of the sorted first {@code n} values. */
    static double quantile(double[] sorted, int n, double prob) {
        double h = (n - 1) * prob;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= n) return sorted[n - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
