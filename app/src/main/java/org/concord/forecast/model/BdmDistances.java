package org.concord.forecast.model;

/**
 * The distances between the distinct positions of a round and their logarithms, kept from one round to the next.
 *
 * <p>Positions move only onto other actors' positions or to a compromise between two, so almost every distinct
 * position of a round was one of the last round's too: of 100 drawn actors, 71 of 72 positions after round one
 * already stood there before it, and 49 of 50 after round ten. A pair of positions that both stood there last round
 * has the same distance and logarithm as last round, bit for bit (the same two doubles, the same span, the same
 * operations), so it is copied instead of measured again; only pairs with a new position take a logarithm. Over a
 * 10-round run of 100 actors that is about 5,600 logarithms instead of 19,000. Both tables are indexed by the
 * round's distinct positions, {@code [g * n + h]}, as the tallies read them.
 */
final class BdmDistances {

    private final int n;
    /** {@code distance[g * n + h] = |x_g - x_h| / range} between this round's distinct positions, symmetric. */
    double[] distance;
    /** {@code ln(distance[g * n + h])}, {@code -Infinity} on the diagonal. */
    double[] log;
    /** Last round's tables, written over by the next {@link #measure}. */
    private double[] previousDistance;
    private double[] previousLog;
    private double range;

    BdmDistances(int n) {
        this.n = n;
        this.distance = new double[n * n];
        this.log = new double[n * n];
        this.previousDistance = new double[n * n];
        this.previousLog = new double[n * n];
    }

    /** Starts a run: every distance is divided by {@code range}. */
    void restart(double range) {
        this.range = range;
    }

    /**
     * Fills both tables for the round's distinct positions, measuring only the pairs that include a new one.
     *
     * @param groups this round's distinct positions; {@link BdmGroups#from} must refer to the positions this was
     *               last measured for (it does when each round's groups are measured, and after a restart, whose
     *               groups forget their last round, nothing is reused)
     */
    void measure(BdmGroups groups) {
        swapTables();
        int[] from = groups.from;
        int m = groups.count;
        double[] at = groups.position;
        for (int i = 0; i < m; i++) {
            distance[i * n + i] = 0;
            log[i * n + i] = Double.NEGATIVE_INFINITY;
            int fromI = from[i];
            for (int j = i + 1; j < m; j++) {
                int fromJ = from[j];
                double d;
                double ln;
                if (fromI >= 0 && fromJ >= 0) {
                    d = previousDistance[fromI * n + fromJ];
                    ln = previousLog[fromI * n + fromJ];
                } else {
                    d = Math.abs(at[i] - at[j]) / range;
                    ln = Math.log(d);
                }
                distance[i * n + j] = d;
                distance[j * n + i] = d;
                log[i * n + j] = ln;
                log[j * n + i] = ln;
            }
        }
    }

    private void swapTables() {
        double[] swap = previousDistance;
        previousDistance = distance;
        distance = swap;
        swap = previousLog;
        previousLog = log;
        log = swap;
    }
}
