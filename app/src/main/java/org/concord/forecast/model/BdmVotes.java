package org.concord.forecast.model;

/**
 * Pairwise Condorcet vote tallies of one round, on primitive arrays reused from round to round.
 *
 * <p>Voter {@code k} values position {@code x} at {@code u_k(x) = (|x_k - x| / range)^r_k} below its ideal (a loss),
 * and casts {@code w_k * (u_k(x_b) - u_k(x_a))} votes for actor {@code a} over actor {@code b} when it is closer to
 * {@code a}, where {@code w_k = capability_k * salience_k}. {@link #probability(int, int)} is the sum of those positive
 * votes (Scholz, Calbert &amp; Smith 2011, as coded by jmckib's {@code probability} numerator) over {@link #total()},
 * the sum of the absolute votes of every voter over every ordered pair of actors (the denominator).
 *
 * <p>The naive tally costs {@code O(n^3)}; this one {@code O(n m)} for {@code m} distinct positions ({@link BdmGroups}):
 * the votes for one actor over another depend only on where the two stand, so they are tallied once per pair of
 * distinct positions. For each position {@code a} it keeps prefix sums of {@code w_k u_k(x_a)} over the voters sorted
 * by position. In one dimension the voters strictly closer to the upper of two positions form a suffix of that order
 * and all others a prefix, so every pair is two differences of prefix sums, at the boundary {@link BdmGroups} locates
 * once a round for both tallies. Equidistant voters cast no votes. Every sum is taken in the same order, term by
 * term, as a tally per pair of actors would take it, so the grouping changes no bit of the result.
 */
final class BdmVotes {

    private final int n;
    /**
     * {@code prefix[c * n + g]}: the sum of {@code w_k u_k(x_g)} over the voters below distinct position {@code c},
     * in sorted order; row {@code c = m} holds the sums over all voters. Laid out by boundary, so that the pairs of
     * one position read along rows.
     */
    private final double[] prefix;
    /**
     * {@code votesAgainst[g * n + h]}: the votes for an actor at position {@code h} over one at {@code g}. Only this
     * direction is stored: the security levels read every pair along rows of it, the responses read a few pairs in
     * each direction.
     */
    private final double[] votesAgainst;
    /** {@code strongest[g]}: the most votes for an actor elsewhere over one at {@code g}. */
    private final double[] strongest;
    private BdmGroups groups;
    /** Per voter in sorted order: its weight and its exponent. */
    private final double[] voterWeight;
    private final double[] voterExponent;
    /** Per voter in sorted order: the slot of the distinct position it stands at. */
    private final int[] voterSlot;
    /** Per voter in sorted order, for four positions: its weighted loss there, {@code w_k u_k(x_a)}. */
    private final double[] loss0;
    private final double[] loss1;
    private final double[] loss2;
    private final double[] loss3;
    private double total;
    /** {@code 1 / total}, or 0 if nobody votes. */
    private double perVote;

    BdmVotes(int n) {
        this.n = n;
        this.prefix = new double[n * (n + 1)];
        this.strongest = new double[n];
        this.votesAgainst = new double[n * n];
        this.voterWeight = new double[n];
        this.voterExponent = new double[n];
        this.voterSlot = new int[n];
        this.loss0 = new double[n];
        this.loss1 = new double[n];
        this.loss2 = new double[n];
        this.loss3 = new double[n];
    }

    /**
     * Tallies every ordered pair of actors for voters with linear losses ({@code r_k = 1}).
     *
     * @param groups   the actors' distinct positions; kept until the next tally
     * @param distance {@code distance[slot[g] * n + slot[h]] = |x_g - x_h| / range} between distinct positions, by
     *                 their slots ({@link BdmGroups#slot}: the ranks, for groups that remember no earlier round)
     * @param order    the actors' indices sorted by ascending position
     * @param weight   {@code capability * salience} per actor
     */
    void tallyLinear(BdmGroups groups, double[] distance, int[] order, double[] weight) {
        sortVoters(groups, order, weight, null);
        int m = groups.count;
        int[] start = groups.start;
        int[] slot = groups.slot;
        int a = 0;
        // Four positions at a time: each row is its own chain of additions, in voter order, and the four overlap.
        for (; a + 4 <= m; a += 4) {
            int row0 = slot[a] * n;
            int row1 = slot[a + 1] * n;
            int row2 = slot[a + 2] * n;
            int row3 = slot[a + 3] * n;
            double sum0 = 0;
            double sum1 = 0;
            double sum2 = 0;
            double sum3 = 0;
            for (int c = 0; c < m; c++) {
                int at = c * n + a;
                prefix[at] = sum0;
                prefix[at + 1] = sum1;
                prefix[at + 2] = sum2;
                prefix[at + 3] = sum3;
                int column = slot[c];
                double d0 = distance[row0 + column];
                double d1 = distance[row1 + column];
                double d2 = distance[row2 + column];
                double d3 = distance[row3 + column];
                for (int t = start[c], end = c + 1 < m ? start[c + 1] : n; t < end; t++) {
                    double w = voterWeight[t];
                    sum0 += w * d0;
                    sum1 += w * d1;
                    sum2 += w * d2;
                    sum3 += w * d3;
                }
            }
            int at = m * n + a;
            prefix[at] = sum0;
            prefix[at + 1] = sum1;
            prefix[at + 2] = sum2;
            prefix[at + 3] = sum3;
        }
        for (; a < m; a++) {
            int row = slot[a] * n;
            double sum = 0;
            for (int c = 0; c < m; c++) {
                prefix[c * n + a] = sum;
                double d = distance[row + slot[c]];
                for (int t = start[c], end = c + 1 < m ? start[c + 1] : n; t < end; t++) {
                    sum += voterWeight[t] * d;
                }
            }
            prefix[m * n + a] = sum;
        }
        comparePairs(groups);
    }

    /**
     * Tallies every ordered pair of actors for voters with their own loss exponents. The power
     * {@code d^r = exp(r ln d)} reuses the symmetric logarithms, which cuts the cost of the powers by about a third;
     * the result agrees with {@link Math#pow} to about {@code 1e-14} relative.
     *
     * @param groups      the actors' distinct positions; kept until the next tally
     * @param logDistance {@code ln} of the distance between distinct positions, by slot as in {@link #tallyLinear},
     *                    {@code -Infinity} on the diagonal
     * @param order       the actors' indices sorted by ascending position
     * @param weight      {@code capability * salience} per actor
     * @param exponent    per voter, the exponent {@code r_k > 0} of its loss function
     */
    void tally(BdmGroups groups, double[] logDistance, int[] order, double[] weight, double[] exponent) {
        sortVoters(groups, order, weight, exponent);
        sumPoweredPrefixes(groups, logDistance);
        comparePairs(groups);
    }

    /**
     * Fills the prefix sums of every position's weighted powered losses: the losses of four positions first, in a loop
     * that does nothing else (the powers take most of a round), then their sums, four positions at a time so that the
     * chains of additions overlap. Each sum adds the same products in the same order, voter by voter.
     */
    private void sumPoweredPrefixes(BdmGroups groups, double[] logDistance) {
        int m = groups.count;
        int a = 0;
        for (; a + 4 <= m; a += 4) {
            weighFourLosses(groups, logDistance, a);
            sumFourRows(groups, a);
        }
        for (; a < m; a++) {
            weighLosses(groups, logDistance, a, loss0);
            sumRow(groups, a);
        }
    }

    /**
     * {@link #weighLosses} for positions {@code a} to {@code a + 3} together: four independent powers a voter, which
     * overlap better than one. (A voter standing at one of them loses {@code w exp(r ln 0) = 0} there, as before.)
     */
    private void weighFourLosses(BdmGroups groups, double[] logDistance, int a) {
        int[] slot = groups.slot;
        int row0 = slot[a] * n;
        int row1 = slot[a + 1] * n;
        int row2 = slot[a + 2] * n;
        int row3 = slot[a + 3] * n;
        for (int t = 0; t < n; t++) {
            double w = voterWeight[t];
            double r = voterExponent[t];
            int column = voterSlot[t];
            loss0[t] = w * Math.exp(r * logDistance[row0 + column]);
            loss1[t] = w * Math.exp(r * logDistance[row1 + column]);
            loss2[t] = w * Math.exp(r * logDistance[row2 + column]);
            loss3[t] = w * Math.exp(r * logDistance[row3 + column]);
        }
    }

    /** {@code loss[t] = w_t exp(r_t ln d)}, voter {@code t}'s weighted loss at position {@code a}, in sorted order. */
    private void weighLosses(BdmGroups groups, double[] logDistance, int a, double[] loss) {
        int row = groups.slot[a] * n;
        for (int t = 0; t < n; t++) {
            loss[t] = voterWeight[t] * Math.exp(voterExponent[t] * logDistance[row + voterSlot[t]]);
        }
    }

    /**
     * Rows {@code a} to {@code a + 3} of the prefix sums, from {@code loss0} to {@code loss3}: one pass over the
     * voters turns each loss array into the sums before each voter, in place, then the sums where a position begins
     * are gathered. (A loop per position would end after one or two voters, a branch guessed wrong at most positions.)
     */
    private void sumFourRows(BdmGroups groups, int a) {
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double sum3 = 0;
        for (int t = 0; t < n; t++) {
            double next0 = sum0 + loss0[t];
            double next1 = sum1 + loss1[t];
            double next2 = sum2 + loss2[t];
            double next3 = sum3 + loss3[t];
            loss0[t] = sum0;
            loss1[t] = sum1;
            loss2[t] = sum2;
            loss3[t] = sum3;
            sum0 = next0;
            sum1 = next1;
            sum2 = next2;
            sum3 = next3;
        }
        int m = groups.count;
        int[] start = groups.start;
        for (int c = 0; c < m; c++) {
            int at = c * n + a;
            int t = start[c];
            prefix[at] = loss0[t];
            prefix[at + 1] = loss1[t];
            prefix[at + 2] = loss2[t];
            prefix[at + 3] = loss3[t];
        }
        int at = m * n + a;
        prefix[at] = sum0;
        prefix[at + 1] = sum1;
        prefix[at + 2] = sum2;
        prefix[at + 3] = sum3;
    }

    /** Row {@code a} of the prefix sums, from {@code loss0}, as {@link #sumFourRows} takes them. */
    private void sumRow(BdmGroups groups, int a) {
        double sum = 0;
        for (int t = 0; t < n; t++) {
            double next = sum + loss0[t];
            loss0[t] = sum;
            sum = next;
        }
        int m = groups.count;
        for (int c = 0; c < m; c++) {
            prefix[c * n + a] = loss0[groups.start[c]];
        }
        prefix[m * n + a] = sum;
    }

    /** Lays the voters' weight, exponent and position out in sorted order, so the tallies read them in sequence. */
    private void sortVoters(BdmGroups groups, int[] order, double[] weight, double[] exponent) {
        for (int t = 0; t < n; t++) {
            int k = order[t];
            voterWeight[t] = weight[k];
            voterSlot[t] = groups.slot[groups.group[k]];
            if (exponent != null) {
                voterExponent[t] = exponent[k];
            }
        }
    }

    /**
     * Both sides' votes on every pair of distinct positions, from two differences of prefix sums each; the total and
     * each position's strongest challenger are gathered on the way, in the order a separate pass would take them.
     */
    private void comparePairs(BdmGroups groups) {
        this.groups = groups;
        int m = groups.count;
        int[] size = groups.size;
        int[] boundary = groups.boundary;
        int totals = m * n;
        for (int a = 0; a < m; a++) {
            strongest[a] = 0;
        }
        // Every voter's |vote| on an ordered pair is its vote for one side, so the total over ordered pairs is twice
        // the sum over unordered pairs of actors of both sides' votes: each pair of positions counts once per pair of
        // actors standing there. (Multiplying instead of adding pair by pair changes the total's last bit or so.)
        double sum = 0;
        for (int a = 0; a < m; a++) {
            int cells = a * n;
            votesAgainst[cells + a] = 0;
            double totalA = prefix[totals + a];
            double row = 0;
            double strongestA = strongest[a];
            for (int b = a + 1; b < m; b++) {
                int split = boundary[cells + b] * n;
                double belowA = prefix[split + a];
                double belowB = prefix[split + b];
                // Each side collects w_k |u_k(a) - u_k(b)| from its voters; equidistant voters add nothing.
                double forA = Math.max(0, belowB - belowA);
                double forB = Math.max(0, (totalA - belowA) - (prefix[totals + b] - belowB));
                votesAgainst[b * n + a] = forA;
                votesAgainst[cells + b] = forB;
                row += size[b] * (forA + forB);
                // a comparison, not Math.max, whose NaN and -0.0 handling would lengthen the chain from pair to pair:
                // votes are never -0.0, and a NaN vote (sums that overflow) makes no offer either way
                if (forB > strongestA) {
                    strongestA = forB;
                }
                if (forA > strongest[b]) {
                    strongest[b] = forA;
                }
            }
            strongest[a] = strongestA;
            sum += size[a] * row;
        }
        total = 2 * sum;
        perVote = total > 0 ? 1 / total : 0;
    }

    /** @return the sum over voters and ordered pairs of actors of the absolute votes in the last tally */
    double total() {
        return total;
    }

    /**
     * @return the probability that actor {@code a} prevails over actor {@code b}: its votes over the {@link #total()}
     *         (times the reciprocal, within an ulp of the quotient), 0 if nobody casts a vote
     */
    double probability(int a, int b) {
        return between(groups.group[a], groups.group[b]);
    }

    /** @return {@code probability(b, a)}, the probability that actor {@code b} prevails over actor {@code a} */
    double probabilityAgainst(int a, int b) {
        return against(groups.group[a], groups.group[b]);
    }

    /** @return the probability that an actor at distinct position {@code g} prevails over one at {@code h} */
    double between(int g, int h) {
        return votesAgainst[h * n + g] * perVote;
    }

    /** @return {@code between(h, g)}, read along row {@code g} */
    double against(int g, int h) {
        return votesAgainst[g * n + h] * perVote;
    }

    /** @return the highest {@code against(g, h)} over all distinct positions {@code h} */
    double strongestAgainst(int g) {
        return strongest[g] * perVote;
    }
}
