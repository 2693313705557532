package org.concord.forecast.model;

/** The weighted median on primitive arrays, and the index sort it and the vote tally rely on. */
final class BdmMedian {

    private BdmMedian() {
    }

    /**
     * Sorts {@code order} by ascending {@code x[order[i]]}, stably, in place. Insertion sort: positions move little
     * between rounds, so the previous round's order is nearly sorted and this costs close to {@code O(n)}; the worst
     * case is {@code O(n^2)}, within a round's budget, and it allocates nothing.
     */
    static void sort(int[] order, double[] x) {
        for (int i = 1; i < order.length; i++) {
            int index = order[i];
            double key = x[index];
            int j = i - 1;
            while (j >= 0 && x[order[j]] > key) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = index;
        }
    }

    /**
     * The weighted median: the midpoint of the lower weighted median (the lowest position at which the cumulated
     * weight, from below, reaches half the total) and the upper one (the highest position at which the weight
     * cumulated from above reaches half). They differ only when the weight below some gap is exactly half the total;
     * then every point between them minimises {@code sum w_k |x_k - m|} and the midpoint is returned. If every weight
     * is zero every actor counts equally.
     *
     * @param x      positions, at least one
     * @param weight non-negative finite weights, one per position
     * @param order  the indices of {@code x} sorted by ascending position
     */
    static double of(double[] x, double[] weight, int[] order) {
        double total = 0;
        for (int index : order) {
            total += weight[index];
        }
        boolean unweighted = !(total > 0);
        if (unweighted) {
            total = order.length;
        }
        double below = 0;
        double lower = Double.NaN;
        double upper = Double.NaN;
        for (int index : order) {
            double w = unweighted ? 1 : weight[index];
            // upper: the last position whose weight strictly below it is at most half
            if (2 * below <= total) {
                upper = x[index];
            }
            below += w;
            if (Double.isNaN(lower) && 2 * below >= total) {
                lower = x[index];
            }
        }
        return lower == upper ? lower : 0.5 * lower + 0.5 * upper;
    }
}
