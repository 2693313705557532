package org.concord.forecast.model;

/**
 * The distinct positions of one round of the expected-utility model, on arrays reused from round to round. Actors
 * collapse onto each other's positions as confrontations are settled: with 100 actors drawn at random, about 74
 * distinct positions remain after one round and 55 after ten. Everything that depends on an actor only through its
 * position (distances, their logarithms, a position's vote tally, the powers of a distance) is computed once per
 * distinct position. So is where, between two positions, the voters closer to the upper one begin: both vote tallies
 * of a round need it.
 */
final class BdmGroups {

    /** The number of distinct positions. */
    int count;
    /** {@code group[i]}: the rank of actor {@code i}'s position among the distinct positions, ascending. */
    final int[] group;
    /** {@code position[g]}: the {@code g}-th distinct position, ascending; {@code +Infinity} after the last. */
    final double[] position;
    /** {@code size[g]}: how many actors stand at {@code position[g]}. */
    final int[] size;
    /** {@code start[g]}: where the actors at {@code position[g]} begin in the sorted order. */
    final int[] start;
    /**
     * {@code boundary[a * n + b]} for {@code a < b}: the first distinct position strictly closer to {@code position[b]}
     * than to {@code position[a]}, or {@code count} if there is none. Voters stand at the distinct positions, so the
     * voters from there up are the ones strictly closer to {@code b}; it is never at or below {@code a}.
     */
    final int[] boundary;
    private final int n;

    BdmGroups(int n) {
        this.n = n;
        this.boundary = new int[n * n];
        this.group = new int[n];
        this.position = new double[n + 1];
        this.size = new int[n];
        this.start = new int[n];
    }

    /**
     * Groups the actors by position.
     *
     * @param x     the actors' positions
     * @param order the actors' indices sorted by ascending position
     */
    void regroup(double[] x, int[] order) {
        int g = -1;
        for (int t = 0; t < order.length; t++) {
            int index = order[t];
            double at = x[index];
            if (g < 0 || at != position[g]) {
                g++;
                position[g] = at;
                size[g] = 0;
                start[g] = t;
            }
            size[g]++;
            group[index] = g;
        }
        count = g + 1;
        locateBoundaries();
    }

    /**
     * For each position {@code a} the boundary only moves up with {@code b}, half a position a step on average:
     * {@code O(m^2)} in all. A voter at {@code x_c}, {@code c > a}, is strictly closer to {@code x_b} than to
     * {@code x_a} when {@code x_b - x_c < x_c - x_a}, in floating point too: the differences keep their signs
     * ({@code x_c > x_a} gives a positive right side, {@code x_c >= x_b} a right side above a left side at or below
     * zero), and over ascending {@code x_c} the answer is false then true, since rounding is monotone. The
     * {@code +Infinity} after the last position answers true, so the search needs no bound check.
     */
    private void locateBoundaries() {
        int m = count;
        position[m] = Double.POSITIVE_INFINITY;
        for (int a = 0; a < m; a++) {
            double xa = position[a];
            int first = a + 1;
            for (int b = a + 1; b < m; b++) {
                double xb = position[b];
                while (!closerTo(position[first], xa, xb)) {
                    first++;
                }
                boundary[a * n + b] = first;
            }
        }
    }

    /** Whether a voter at {@code xc > lower} is strictly closer to {@code upper > lower} than to {@code lower}. */
    private static boolean closerTo(double xc, double lower, double upper) {
        return upper - xc < xc - lower;
    }
}
