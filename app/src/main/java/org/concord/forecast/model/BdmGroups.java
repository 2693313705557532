package org.concord.forecast.model;

/**
 * The distinct positions of one round of the expected-utility model, on arrays reused from round to round. Actors
 * collapse onto each other's positions as confrontations are settled: with 100 actors drawn at random, about 74
 * distinct positions remain after one round and 55 after ten. Everything that depends on an actor only through its
 * position (distances, their logarithms, a position's vote tally, the powers of a distance) is computed once per
 * distinct position.
 */
final class BdmGroups {

    /** The number of distinct positions. */
    int count;
    /** {@code group[i]}: the rank of actor {@code i}'s position among the distinct positions, ascending. */
    final int[] group;
    /** {@code position[g]}: the {@code g}-th distinct position, ascending. */
    final double[] position;
    /** {@code size[g]}: how many actors stand at {@code position[g]}. */
    final int[] size;
    /** {@code start[g]}: where the actors at {@code position[g]} begin in the sorted order. */
    final int[] start;

    BdmGroups(int n) {
        this.group = new int[n];
        this.position = new double[n];
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
    }
}
