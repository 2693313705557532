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
    /** Last round's distinct positions, ascending, and their count (0 after a restart: nothing to reuse). */
    private final double[] previousPosition;
    private int previousCount;
    /** {@code from[g]}: where this round's position {@code g} stood among last round's, or -1 if it is new. */
    private final int[] from;
    private double range;

    BdmDistances(int n) {
        this.n = n;
        this.distance = new double[n * n];
        this.log = new double[n * n];
        this.previousDistance = new double[n * n];
        this.previousLog = new double[n * n];
        this.previousPosition = new double[n];
        this.from = new int[n];
    }

    /** Starts a run: every distance is divided by {@code range}, and nothing measured before is reused. */
    void restart(double range) {
        this.range = range;
        this.previousCount = 0;
    }

    /** Fills both tables for the round's distinct positions, measuring only the pairs that include a new one. */
    void measure(BdmGroups groups) {
        swapTables();
        matchPrevious(groups);
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
        System.arraycopy(at, 0, previousPosition, 0, m);
        previousCount = m;
    }

    private void swapTables() {
        double[] swap = previousDistance;
        previousDistance = distance;
        distance = swap;
        swap = previousLog;
        previousLog = log;
        log = swap;
    }

    /** Matches this round's ascending positions with last round's by a merge: {@code O(m)}. */
    private void matchPrevious(BdmGroups groups) {
        int p = 0;
        for (int g = 0; g < groups.count; g++) {
            double xg = groups.position[g];
            while (p < previousCount && previousPosition[p] < xg) {
                p++;
            }
            from[g] = p < previousCount && previousPosition[p] == xg ? p : -1;
        }
    }
}
