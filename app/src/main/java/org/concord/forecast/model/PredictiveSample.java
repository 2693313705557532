package org.concord.forecast.model;

import java.util.Arrays;

/**
 * A predictive distribution of an outcome on the 0-100 scale, held as a weighted sample (an empirical distribution),
 * with the proper scoring rule and the intervals that validation reads from it.
 *
 * <p>CRPS of a weighted sample x_i with weights w_i (summing to 1) at the outcome y, after Gneiting &amp; Raftery
 * (2007, eq. 21): {@code CRPS = sum_i w_i |x_i - y| - 1/2 sum_i sum_j w_i w_j |x_i - x_j|}, computed in O(n log n) from
 * the sorted sample with prefix sums. It equals the integral of (F(t) - 1{t >= y})^2 over t and is in scale points,
 * so it reads like an absolute error; for a single point it is the absolute error.
 *
 * <p>Quantiles are the lower quantiles of the weighted empirical distribution (the smallest x with F(x) &gt;= p), so
 * a central interval at level L is [q((1-L)/2), q((1+L)/2)], ends included.
 */
public final class PredictiveSample {
    private final double[] x;
    private final double[] w;
    private final double[] cum;

    /**
     * An equally weighted sample.
     *
     * @param values the draws, at least one, each on 0-100; copied
     * @throws IllegalArgumentException if empty or a value is NaN or off the scale
     */
    public static PredictiveSample of(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("a predictive sample needs at least one value");
        double[] x = values.clone();
        for (int i = 0; i < x.length; i++) Scale.check("predictive value " + i, x[i]);
        Arrays.sort(x);
        double[] w = new double[x.length], cum = new double[x.length];
        Arrays.fill(w, 1.0 / x.length);
        for (int k = 0; k < x.length; k++) cum[k] = (k + 1.0) / x.length;
        return new PredictiveSample(x, w, cum);
    }

    private PredictiveSample(double[] sortedX, double[] w, double[] cum) {
        this.x = sortedX;
        this.w = w;
        this.cum = cum;
    }

    /**
     * @param values  the draws, at least one, each on 0-100; copied
     * @param weights one weight per draw, finite, at least 0, not all 0; normalised to sum 1
     * @throws IllegalArgumentException if the lengths differ, the sample is empty, or a value or weight is invalid
     */
    public PredictiveSample(double[] values, double[] weights) {
        if (values.length == 0) throw new IllegalArgumentException("a predictive sample needs at least one value");
        if (weights.length != values.length)
            throw new IllegalArgumentException("need one weight per value, got " + weights.length + " for " + values.length);
        Integer[] order = new Integer[values.length];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            Scale.check("predictive value " + i, values[i]);
            if (!(weights[i] >= 0 && weights[i] < Double.POSITIVE_INFINITY))
                throw new IllegalArgumentException("weight " + i + " must be finite and at least 0, was " + weights[i]);
            total += weights[i];
            order[i] = i;
        }
        if (!(total > 0)) throw new IllegalArgumentException("the weights must not all be 0");
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        x = new double[values.length];
        w = new double[values.length];
        cum = new double[values.length];
        double c = 0;
        for (int k = 0; k < order.length; k++) {
            x[k] = values[order[k]];
            w[k] = weights[order[k]] / total;
            c += w[k];
            cum[k] = c;
        }
        cum[cum.length - 1] = 1.0;
    }

    /** Number of draws. */
    public int size() { return x.length; }

    /** The continuous ranked probability score at {@code outcome}, in scale points, at least 0. */
    public double crps(double outcome) {
        Scale.check("outcome", outcome);
        double abs = 0, pair = 0, prefixW = 0, prefixWx = 0;
        for (int k = 0; k < x.length; k++) {
            abs += w[k] * Math.abs(x[k] - outcome);
            // sum over j<k of w_j w_k (x_k - x_j); the double sum counts each pair twice
            pair += w[k] * (x[k] * prefixW - prefixWx);
            prefixW += w[k];
            prefixWx += w[k] * x[k];
        }
        return Math.max(0, abs - pair);
    }

    /** The smallest draw x with F(x) &gt;= p. @param p in [0, 1] */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        int lo = 0, hi = x.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] >= p - 1e-12) hi = mid; else lo = mid + 1;
        }
        return x[lo];
    }

    public double median() { return quantile(0.5); }

    /** The weighted mean. */
    double mean() {
        double s = 0;
        for (int k = 0; k < x.length; k++) s += w[k] * x[k];
        return Scale.clamp(s);
    }

    /** Whether {@code outcome} lies in the central interval at {@code level}, ends included. @param level in (0, 1) */
    public boolean covers(double level, double outcome) {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        return outcome >= quantile((1 - level) / 2) - 1e-9 && outcome <= quantile((1 + level) / 2) + 1e-9;
    }

    /** The mixture {@code sum_m mix[m] * parts[m]}. @throws IllegalArgumentException if the lengths differ or weights are invalid */
    public static PredictiveSample mixture(PredictiveSample[] parts, double[] mix) {
        if (parts.length != mix.length || parts.length == 0) throw new IllegalArgumentException("need one weight per part");
        int n = 0;
        for (PredictiveSample s : parts) n += s.x.length;
        double[] v = new double[n], wt = new double[n];
        int k = 0;
        for (int m = 0; m < parts.length; m++) {
            if (!(mix[m] >= 0)) throw new IllegalArgumentException("mixture weight " + m + " must be at least 0, was " + mix[m]);
            for (int i = 0; i < parts[m].x.length; i++) {
                v[k] = parts[m].x[i];
                wt[k++] = mix[m] * parts[m].w[i];
            }
        }
        return new PredictiveSample(v, wt);
    }

    /** E|X - Y| for X from this sample and Y from {@code other}, independent. */
    public double meanAbsoluteDifference(PredictiveSample other) {
        // merge walk: for each x_k, sum_j w'_j |x_k - y_j| from prefix sums of the other sample
        double total = 0, otherMean = 0;
        for (int j = 0; j < other.x.length; j++) otherMean += other.w[j] * other.x[j];
        int j = 0;
        double belowW = 0, belowWx = 0;
        for (int k = 0; k < x.length; k++) {
            while (j < other.x.length && other.x[j] <= x[k]) {
                belowW += other.w[j];
                belowWx += other.w[j] * other.x[j];
                j++;
            }
            double below = x[k] * belowW - belowWx;
            double above = (otherMean - belowWx) - x[k] * (1 - belowW);
            total += w[k] * (below + above);
        }
        return Math.max(0, total);
    }

    /** E|X - y| for the outcome y. */
    public double meanAbsoluteError(double outcome) {
        double s = 0;
        for (int k = 0; k < x.length; k++) s += w[k] * Math.abs(x[k] - outcome);
        return s;
    }
}
