package org.concord.forecast.model;

/**
 * The distances between the distinct positions of a round and their logarithms, kept from one round to the next.
 *
 * <p>Positions move only onto other actors' positions or to a compromise between two, so almost every distinct
 * position of a round was one of the last round's too ({@link BdmGroups}: all but about one a round). A pair of
 * positions that both stood there last round has the same distance and logarithm as last round, bit for bit (the same
 * two doubles, the same span, the same operations). So both tables are indexed by the positions' slots
 * ({@link BdmGroups#slot}), which a position keeps while it lasts, {@code [slot[g] * n + slot[h]]}: a kept pair's
 * cells are neither measured nor moved, and only the pairs with a new position are written, over the cells of
 * positions that are gone. A 10-round run of the benchmark's 100 actors takes about 5,500 logarithms instead of
 * 25,400.
 */
final class BdmDistances {

    private final int n;
    /** {@code distance[slot[g] * n + slot[h]] = |x_g - x_h| / range} between this round's distinct positions. */
    final double[] distance;
    /** {@code ln} of the distance, {@code -Infinity} on the diagonal. */
    final double[] log;
    private double range;

    BdmDistances(int n) {
        this.n = n;
        this.distance = new double[n * n];
        this.log = new double[n * n];
    }

    /** Starts a run: every distance is divided by {@code range}. */
    void restart(double range) {
        this.range = range;
    }

    /**
     * Measures every pair of the round's distinct positions that includes a new one.
     *
     * @param groups this round's distinct positions; their last round must be the one measured last (it is when each
     *               round's groups are measured; after a restart they remember no round, and every pair is measured)
     */
    void measure(BdmGroups groups) {
        int[] from = groups.from;
        int[] slot = groups.slot;
        double[] at = groups.position;
        int m = groups.count;
        for (int i = 0; i < m; i++) {
            if (from[i] >= 0) {
                continue;
            }
            int row = slot[i] * n;
            distance[row + slot[i]] = 0;
            log[row + slot[i]] = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                if (j == i || (from[j] < 0 && j < i)) {
                    continue; // the diagonal, or a pair of new positions measured from the lower one's row
                }
                double d = Math.abs(at[i] - at[j]) / range;
                double ln = Math.log(d);
                int column = slot[j];
                distance[row + column] = d;
                distance[column * n + slot[i]] = d;
                log[row + column] = ln;
                log[column * n + slot[i]] = ln;
            }
        }
    }
}
