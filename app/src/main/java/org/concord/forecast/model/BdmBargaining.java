package org.concord.forecast.model;

/**
 * The mutable state of one run of the expected-utility model and the mechanics of a round, on primitive arrays
 * allocated once per workspace. Each round costs {@code O(n m)} time for {@code m} distinct positions: two vote
 * tallies, the actors' security levels and every actor's look at every other position.
 *
 * <p>Symbols follow Scholz, Calbert &amp; Smith (2011) as coded in jmckib's port: {@code d = |x_i - x_j| / range},
 * {@code U_s = 2 - 4 (0.5 - d/2)^r}, {@code U_f = 2 - 4 (0.5 + d/2)^r}, {@code U_sq = 2 - 4 (0.5)^r} and the expected
 * utility of {@code c} challenging {@code t}, seen with exponent {@code r}:
 * {@code E = s_t (P(c,t) U_s + (1 - P(c,t)) U_f) + (1 - s_t) U_s - U_sq} (the status quo term with {@code Q = 1}).
 * See {@link ExpectedUtilityModel} for the rules chosen where the formulation is ambiguous.
 *
 * <p>Everything that depends on an actor only through its position is computed once per distinct position
 * ({@link BdmGroups}); distances and their logarithms are kept from round to round ({@link BdmDistances}); the
 * responses, which decide most offers without powers, are {@link BdmResponses}.
 */
final class BdmBargaining {

    private final int n;
    private double[] weight;
    private double[] salience;
    private double[] x;
    private double[] next;
    private final double[] exponent;
    private final double[] danger;
    /** Distances between distinct positions and their logarithms, kept while both positions last. */
    private final BdmDistances distances;
    private final int[] order;
    private final BdmGroups groups;
    private final BdmVotes votes;
    private final BdmResponses responses;
    /** Per pair of positions {@code (g, h)}, linear {@code U_s} and {@code P_hg U_s + (1 - P_hg) U_f}. */
    private final double[] linearSuccess;
    private final double[] linearResisted;
    /** Four rows of {@code E(an actor at h challenges i)}, one per actor whose danger is being summed. */
    private final double[] challenge;

    /**
     * @param position the actors' input positions; copied
     * @param weight   {@code capability * salience} per actor; kept, not copied
     * @param salience per actor, in {@code [0, 1]}; kept, not copied
     * @param range    the input positions' span, {@code > 0}: every distance is divided by it
     */
    BdmBargaining(double[] position, double[] weight, double[] salience, double range) {
        this(position.length);
        restart(position, weight, salience, range);
    }

    /**
     * A workspace for runs of {@code n} actors, to be {@link #restart started}; every array is allocated here, once.
     * Every cell a round reads is written earlier in that round, or in an earlier round of the same run for the same
     * positions (distances, logarithms and boundaries between positions that stood there last round); a restart makes
     * the groups forget their last round, so runs that reuse a workspace cannot leak into each other.
     */
    BdmBargaining(int n) {
        this.n = n;
        this.x = new double[n];
        this.next = new double[n];
        this.exponent = new double[n];
        this.danger = new double[n];
        this.distances = new BdmDistances(n);
        this.order = new int[n];
        this.groups = new BdmGroups(n);
        this.votes = new BdmVotes(n);
        this.responses = new BdmResponses(n, groups, votes, distances);
        this.linearSuccess = new double[n * n];
        this.linearResisted = new double[n * n];
        this.challenge = new double[4 * n];
    }

    /**
     * Starts a run from the input positions, as the first constructor does.
     *
     * @param position the actors' input positions, {@code n} of them; copied
     * @param weight   {@code capability * salience} per actor; kept, not copied
     * @param salience per actor, in {@code [0, 1]}; kept, not copied
     * @param range    the input positions' span, {@code > 0}: every distance is divided by it
     */
    void restart(double[] position, double[] weight, double[] salience, double range) {
        this.weight = weight;
        this.salience = salience;
        groups.forget();
        distances.restart(range);
        System.arraycopy(position, 0, x, 0, n);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        BdmMedian.sort(order, x);
    }

    /** @return the number of actors this workspace runs */
    int size() {
        return n;
    }

    /** @return the current positions, in input order; a live view, callers must copy what they keep */
    double[] positions() {
        return x;
    }

    /** @return the weighted median of the current positions */
    double median() {
        return BdmMedian.of(x, weight, order);
    }

    /**
     * Plays one round: every actor picks its response to the positions at the start of the round, then all move.
     *
     * @return whether any position changed (bit for bit); if none did, every later round gives these positions again,
     *         since a round depends only on the positions and on the sorted order, which then stays as it was
     */
    boolean playRound() {
        groups.regroup(x, order);
        distances.measure(groups);
        assignRiskExponents();
        votes.tally(groups, distances.log, order, weight, exponent);
        responses.respond(x, salience, exponent, order, next);
        boolean moved = false;
        for (int i = 0; i < n; i++) {
            moved |= Double.doubleToRawLongBits(next[i]) != Double.doubleToRawLongBits(x[i]);
        }
        double[] previous = x;
        x = next;
        next = previous;
        BdmMedian.sort(order, x);
        return moved;
    }

    /**
     * Risk exponents from security levels. Actor {@code i}'s danger is {@code sum_{j != i} E(j challenges i)} with
     * every exponent, voters' included, at 1; {@code R_i = (2 danger_i - max - min) / (max - min)} over all actors and
     * {@code r_i = (1 - R_i/3) / (1 + R_i/3)}, so {@code r} lies in {@code [0.5, 2]}. If all dangers are equal
     * {@code R_i = 0} and {@code r_i = 1}.
     */
    private void assignRiskExponents() {
        double[] distance = distances.distance;
        votes.tallyLinear(groups, distance, order, weight);
        int m = groups.count;
        // E(j challenges i) = s_i (P_ji U_s + (1 - P_ji) U_f) + (1 - s_i) U_s with linear utilities: the bracket and
        // U_s depend only on the two positions, so they are taken once per pair of positions.
        int[] slot = groups.slot;
        for (int g = 0; g < m; g++) {
            int row = slot[g] * n;
            for (int h = 0; h < m; h++) {
                double half = 0.5 * distance[row + slot[h]];
                double success = 2 - 4 * (0.5 - half);
                double failure = 2 - 4 * (0.5 + half);
                double probability = votes.against(g, h);
                linearSuccess[g * n + h] = success;
                linearResisted[g * n + h] = probability * success + (1 - probability) * failure;
            }
        }
        // Each danger is summed over j in input order, as a sum over actors is (j = i and actors at i's position add
        // exactly 0), so that it has the same bits; four actors at a time, so that their additions overlap.
        int[] group = groups.group;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            challenges(i, 0);
            challenges(i + 1, n);
            challenges(i + 2, 2 * n);
            challenges(i + 3, 3 * n);
            double sum0 = 0;
            double sum1 = 0;
            double sum2 = 0;
            double sum3 = 0;
            for (int j = 0; j < n; j++) {
                int h = group[j];
                sum0 += challenge[h];
                sum1 += challenge[n + h];
                sum2 += challenge[2 * n + h];
                sum3 += challenge[3 * n + h];
            }
            danger[i] = sum0;
            danger[i + 1] = sum1;
            danger[i + 2] = sum2;
            danger[i + 3] = sum3;
        }
        for (; i < n; i++) {
            challenges(i, 0);
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += challenge[group[j]];
            }
            danger[i] = sum;
        }
        for (int k = 0; k < n; k++) {
            max = Math.max(max, danger[k]);
            min = Math.min(min, danger[k]);
        }
        for (int k = 0; k < n; k++) {
            double acceptance = max > min ? (2 * danger[k] - max - min) / (max - min) : 0;
            exponent[k] = (1 - acceptance / 3.0) / (1 + acceptance / 3.0);
        }
    }

    /** Fills {@code challenge[offset + h]} with {@code E(an actor at h challenges i)}, linear utilities. */
    private void challenges(int i, int offset) {
        double si = salience[i];
        int cells = groups.group[i] * n;
        for (int h = 0; h < groups.count; h++) {
            challenge[offset + h] = expected(linearSuccess[cells + h], linearResisted[cells + h], si);
        }
    }

    /** {@code E = s_t (P U_s + (1 - P) U_f) + (1 - s_t) U_s - 0} with the bracket already taken. */
    private static double expected(double success, double resistedBracket, double targetSalience) {
        double resisted = targetSalience * resistedBracket;
        double unresisted = (1 - targetSalience) * success;
        return resisted + unresisted - 0.0;
    }
}
