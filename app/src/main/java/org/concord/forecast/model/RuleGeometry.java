package org.concord.forecast.model;

/**
 * The win-set of the status quo under the rule, for one set of positions (Tsebelis 2002, ch. 1-2, in one
 * dimension). Mutable workspace reused across Monte Carlo draws: {@link #compute} overwrites the public fields.
 *
 * <p>A move of the status quo SQ up the scale to x is supported by every voter at or above the midpoint (SQ + x) / 2.
 * The "up pivot" is the highest position u such that the voters at or above u carry the rule; the move passes iff
 * (SQ + x) / 2 &lt;= u, so the upward win-set is [SQ, 2u - SQ] when u &gt; SQ. The "down pivot" d, cumulated from
 * the bottom, gives [2d - SQ, SQ] when d &lt; SQ. Because every threshold exceeds half, u &lt;= d, and [u, d] is the
 * core: a status quo inside it cannot be moved. Under unanimity u and d are the lowest and highest veto players,
 * found in one pass; under weighted rules they are weighted order statistics, found by expected-linear quickselect
 * rather than a sort. With a population threshold each criterion gives a pivot and the more demanding one binds.
 * The win-set is clipped to the 0-100 scale.
 */
final class RuleGeometry {
    /** Ends of the win-set after {@link #compute}. */
    double low, high;
    /** +1 if the status quo can move up, -1 if down, 0 if the win-set is the status quo alone. */
    int side;
    /** Actors bounding the win-set (see {@link WinSet#boundedBy()}), or -1. */
    int boundA, boundB;

    private final double[] key, weight;
    private final int[] idx;

    RuleGeometry(int n) {
        key = new double[n];
        weight = new double[n];
        idx = new int[n];
    }

    /** Scratch arrays of length n, free for a kernel to use after {@link #compute} returned. */
    double[] scratchA() { return key; }

    double[] scratchB() { return weight; }

    /** Computes the win-set of {@code p.reference} for positions {@code pos}; the rule must not be refused. */
    void compute(Problem p, double[] pos) {
        int up, down;
        if (p.kind == Problem.Kind.UNANIMITY) {
            up = -1;
            down = -1;
            for (int i = 0; i < p.n; i++) {
                if (p.voteWeight[i] <= 0) continue;
                if (up < 0 || pos[i] < pos[up]) up = i;
                if (down < 0 || pos[i] > pos[down]) down = i;
            }
        } else {
            up = select(p, pos, true, p.voteWeight, p.voteNeed);
            down = select(p, pos, false, p.voteWeight, p.voteNeed);
            if (p.usesPopulation) {
                int upPop = select(p, pos, true, p.population, p.popNeed);
                int downPop = select(p, pos, false, p.population, p.popNeed);
                up = up < 0 || upPop < 0 ? -1 : (pos[upPop] < pos[up] ? upPop : up);
                down = down < 0 || downPop < 0 ? -1 : (pos[downPop] > pos[down] ? downPop : down);
            }
        }
        double sq = p.reference;
        if (up >= 0 && pos[up] > sq) {
            side = 1;
            low = sq;
            high = Math.min(Scale.MAX, 2 * pos[up] - sq);
            boundA = up;
            boundB = -1;
        } else if (down >= 0 && pos[down] < sq) {
            side = -1;
            low = Math.max(Scale.MIN, 2 * pos[down] - sq);
            high = sq;
            boundA = down;
            boundB = -1;
        } else {
            side = 0;
            low = sq;
            high = sq;
            boundA = up;
            boundB = down;
        }
    }

    /** The pivot the move to the side {@link #side} must win over ({@link #boundA} when {@code side != 0}). */
    int pivot() { return boundA; }

    /**
     * Weighted quickselect over the voters with a positive {@code weights[i]}: from the bottom, the voter at the
     * smallest position v such that the weights at or below v reach {@code need}; from the top, mirrored.
     *
     * @return the actor's index, or -1 if the weights never reach {@code need}
     */
    private int select(Problem p, double[] pos, boolean fromTop, double[] weights, double need) {
        int m = 0;
        for (int i = 0; i < p.n; i++) {
            if (p.voteWeight[i] <= 0 || weights[i] <= 0) continue;
            key[m] = fromTop ? -pos[i] : pos[i];
            weight[m] = weights[i];
            idx[m] = i;
            m++;
        }
        int lo = 0, hi = m;
        double rem = need;
        while (lo < hi) {
            double pivot = key[(lo + hi) >>> 1];
            int lt = lo, i = lo, gt = hi;
            double wLess = 0, wEqual = 0;
            while (i < gt) {
                double k = key[i];
                if (k < pivot) {
                    swap(lt, i);
                    wLess += weight[lt];
                    lt++;
                    i++;
                } else if (k > pivot) {
                    swap(i, --gt);
                } else {
                    wEqual += weight[i];
                    i++;
                }
            }
            if (wLess >= rem) {
                hi = lt;
            } else if (wLess + wEqual >= rem) {
                return idx[lt];
            } else {
                rem -= wLess + wEqual;
                lo = gt;
            }
        }
        return -1;
    }

    private void swap(int a, int b) {
        double k = key[a]; key[a] = key[b]; key[b] = k;
        double w = weight[a]; weight[a] = weight[b]; weight[b] = w;
        int x = idx[a]; idx[a] = idx[b]; idx[b] = x;
    }
}
