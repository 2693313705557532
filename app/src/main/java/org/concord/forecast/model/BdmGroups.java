package org.concord.forecast.model;

import java.util.Arrays;

/**
 * The distinct positions of one round of the expected-utility model, on arrays reused from round to round. Actors
 * collapse onto each other's positions as confrontations are settled: of the benchmark's 100 actors (positions 0-60,
 * sd 10) about 79 distinct positions remain after one round and 63 after ten. Everything that depends on an actor
 * only through its position (distances, their logarithms, a position's vote tally, the powers of a distance) is
 * computed once per distinct position. So is where, between two positions, the voters closer to the upper one begin:
 * both vote tallies of a round need it.
 *
 * <p>Positions move only onto other actors' positions or to a compromise between two, so almost every distinct
 * position of a round stood there the round before: all but about one (78.6 of 79.2 after round one, 62.3 of 63.3
 * after round ten, on average). The groups remember last round's positions: {@link #from} says where each position
 * stood among them and {@link #slot} gives it a number it keeps, so that what depends only on positions is kept, and
 * the boundaries between kept positions are found from last round's in constant time.
 */
final class BdmGroups {

    /** The number of distinct positions. */
    int count;
    /** {@code group[i]}: the rank of actor {@code i}'s position among the distinct positions, ascending. */
    final int[] group;
    /** {@code position[g]}: the {@code g}-th distinct position, ascending; {@code +Infinity} twice after the last. */
    final double[] position;
    /** {@code size[g]}: how many actors stand at {@code position[g]}. */
    final int[] size;
    /** {@code start[g]}: where the actors at {@code position[g]} begin in the sorted order. */
    final int[] start;
    /** {@code from[g]}: the rank of {@code position[g]} among last round's distinct positions, or -1 if it is new. */
    final int[] from;
    /**
     * {@code slot[g]}: a number in {@code [0, n)} that {@code position[g]} keeps for as long as some actor stands
     * there, so that tables of pairs of positions indexed by slot ({@link BdmDistances}) keep their cells from round to
     * round. A new position takes the lowest free slot, so groups that remember no earlier round have
     * {@code slot[g] = g}.
     */
    final int[] slot;
    /**
     * {@code boundary[a * n + b]} for {@code a < b}: the first distinct position strictly closer to {@code position[b]}
     * than to {@code position[a]}, or {@code count} if there is none. Voters stand at the distinct positions, so the
     * voters from there up are the ones strictly closer to {@code b}; it is never at or below {@code a}.
     */
    int[] boundary;
    private final int n;
    /** Last round's distinct positions, their count (0 when there is nothing to remember) and boundaries. */
    private final double[] previousPosition;
    private int previousCount;
    private int[] previousBoundary;
    private final int[] previousSlot;
    /** Whether a slot is held this round, while slots are handed out. */
    private final boolean[] held;
    /** {@code keptFrom[p]}: this round's rank of the first of last round's positions from {@code p} up that is kept. */
    private final int[] keptFrom;
    /** {@code newBelow[c]}: the highest rank below {@code c} of a position that is new this round, or -1. */
    private final int[] newBelow;

    BdmGroups(int n) {
        this.n = n;
        this.group = new int[n];
        this.position = new double[n + 2];
        this.size = new int[n];
        this.start = new int[n];
        this.from = new int[n];
        this.slot = new int[n];
        this.previousSlot = new int[n];
        this.held = new boolean[n];
        this.boundary = new int[n * n];
        this.previousPosition = new double[n];
        this.previousBoundary = new int[n * n];
        this.keptFrom = new int[n + 1];
        this.newBelow = new int[n + 1];
    }

    /** Forgets last round's positions: the next {@link #regroup} starts a new run and reuses nothing. */
    void forget() {
        previousCount = 0;
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
        position[count] = Double.POSITIVE_INFINITY;
        position[count + 1] = Double.POSITIVE_INFINITY;
        matchPrevious();
        assignSlots();
        locateBoundaries();
        System.arraycopy(position, 0, previousPosition, 0, count);
        System.arraycopy(slot, 0, previousSlot, 0, count);
        previousCount = count;
    }

    /** Matches this round's ascending positions with last round's by a merge, {@code O(m)}. */
    private void matchPrevious() {
        int m = count;
        int p = 0;
        int lastNew = -1;
        for (int c = 0; c < m; c++) {
            double xc = position[c];
            while (p < previousCount && previousPosition[p] < xc) {
                keptFrom[p++] = -1;
            }
            newBelow[c] = lastNew;
            if (p < previousCount && previousPosition[p] == xc) {
                from[c] = p;
                keptFrom[p++] = c;
            } else {
                from[c] = -1;
                lastNew = c;
            }
        }
        newBelow[m] = lastNew;
        while (p < previousCount) {
            keptFrom[p++] = -1;
        }
        // so far keptFrom[p] is p's new rank if it is kept, else -1: carry the next kept rank down
        keptFrom[previousCount] = m;
        for (p = previousCount - 1; p >= 0; p--) {
            if (keptFrom[p] < 0) {
                keptFrom[p] = keptFrom[p + 1];
            }
        }
    }

    /** Kept positions keep their slots; new ones take the lowest free slots, in ascending order. */
    private void assignSlots() {
        int m = count;
        Arrays.fill(held, false);
        for (int c = 0; c < m; c++) {
            if (from[c] >= 0) {
                slot[c] = previousSlot[from[c]];
                held[slot[c]] = true;
            }
        }
        int free = 0;
        for (int c = 0; c < m; c++) {
            if (from[c] < 0) {
                while (held[free]) {
                    free++;
                }
                slot[c] = free;
                held[free] = true;
            }
        }
    }

    /**
     * For each position {@code a} the boundary only moves up with {@code b}, half a position a step on average. A
     * voter at {@code x_c}, {@code c > a}, is strictly closer to {@code x_b} than to {@code x_a} when
     * {@code x_b - x_c < x_c - x_a}, in floating point too: the differences keep their signs ({@code x_c > x_a} gives a
     * positive right side, {@code x_c >= x_b} a right side above a left side at or below zero), and over ascending
     * {@code x_c} the answer is false then true, since rounding is monotone. The {@code +Infinity} after the last
     * position answers true, so the search needs no bound check.
     *
     * <p>When {@code a} and {@code b} both stood there last round, the answer for every kept position is what it was
     * then: the kept positions from last round's boundary up answer true and those below it false. So the boundary is
     * the first kept position from last round's boundary up, unless positions new this round just below it answer
     * true too; since the answers are false then true, only the new ones below it with no kept one in between can.
     */
    private void locateBoundaries() {
        swapBoundaries();
        if (previousCount == 0) {
            searchAllBoundaries();
            return;
        }
        int m = count;
        for (int a = 0; a < m; a++) {
            double xa = position[a];
            int fromA = from[a];
            int first = a + 1;
            for (int b = a + 1; b < m; b++) {
                double xb = position[b];
                int fromB = from[b];
                if (fromA >= 0 && fromB >= 0) {
                    first = keptFrom[previousBoundary[fromA * n + fromB]];
                    for (int c = newBelow[first]; c > a && closerTo(position[c], xa, xb); c = newBelow[c]) {
                        first = c;
                    }
                } else {
                    first = search(first, xa, xb);
                }
                boundary[a * n + b] = first;
            }
        }
    }

    /**
     * The boundaries when none is known (a run's first round): the searches of four rows at a time, in step, so that
     * their chains of dependent loads overlap.
     */
    private void searchAllBoundaries() {
        int m = count;
        int a = 0;
        for (; a + 4 <= m; a += 4) {
            int first0 = searchRow(a, a + 1, a + 4);
            int first1 = searchRow(a + 1, a + 2, a + 4);
            int first2 = searchRow(a + 2, a + 3, a + 4);
            int first3 = a + 4;
            double x0 = position[a];
            double x1 = position[a + 1];
            double x2 = position[a + 2];
            double x3 = position[a + 3];
            for (int b = a + 4; b < m; b++) {
                double xb = position[b];
                first0 = search(first0, x0, xb);
                first1 = search(first1, x1, xb);
                first2 = search(first2, x2, xb);
                first3 = search(first3, x3, xb);
                boundary[a * n + b] = first0;
                boundary[(a + 1) * n + b] = first1;
                boundary[(a + 2) * n + b] = first2;
                boundary[(a + 3) * n + b] = first3;
            }
        }
        for (; a < m; a++) {
            searchRow(a, a + 1, m);
        }
    }

    /**
     * Searches row {@code a}'s boundaries for {@code b} from {@code from} up to {@code to}, exclusive, starting at
     * position {@code from} (at or below the first boundary).
     *
     * @return the last boundary found, or {@code from} if there was no pair
     */
    private int searchRow(int a, int from, int to) {
        double xa = position[a];
        int first = from;
        for (int b = from; b < to; b++) {
            first = search(first, xa, position[b]);
            boundary[a * n + b] = first;
        }
        return first;
    }

    /** The first position from {@code first} up that is strictly closer to {@code xb} than to {@code xa}. */
    private int search(int first, double xa, double xb) {
        first += stepsPastTwo(first, xa, xb);
        while (!closerTo(position[first], xa, xb)) {
            first++;
        }
        return first;
    }

    private void swapBoundaries() {
        int[] swap = previousBoundary;
        previousBoundary = boundary;
        boundary = swap;
    }

    /**
     * How many of the positions {@code first} and {@code first + 1} are not closer to {@code xb} (0, 1 or 2; they
     * answer false then true), without a branch: the search's next step depends on it, and a branch would be guessed
     * wrong about every other pair.
     */
    private int stepsPastTwo(int first, double xa, double xb) {
        int one = notCloserTo(position[first], xa, xb);
        int two = notCloserTo(position[first + 1], xa, xb);
        return one + (one & two);
    }

    /**
     * 1 if {@code closerTo} is false, else 0, from the sign of {@code (upper - xc) - (xc - lower)}: the difference of
     * two doubles is negative exactly when the first is below the second, and {@code +0.0} when they are equal (an
     * infinite {@code xc} gives {@code -Infinity}, not NaN).
     */
    private static int notCloserTo(double xc, double lower, double upper) {
        return (int) (~Double.doubleToRawLongBits((upper - xc) - (xc - lower)) >>> 63);
    }

    /** Whether a voter at {@code xc > lower} is strictly closer to {@code upper > lower} than to {@code lower}. */
    private static boolean closerTo(double xc, double lower, double upper) {
        return upper - xc < xc - lower;
    }
}
