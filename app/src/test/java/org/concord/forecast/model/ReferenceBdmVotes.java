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
 * <p>The naive tally costs {@code O(n^3)}; this one {@code O(n^2)}. For each actor {@code a} it keeps prefix sums of
 * {@code w_k u_k(x_a)} over the voters sorted by position. In one dimension the voters strictly closer to the upper of
 * two positions form a suffix of that order and all others a prefix, so every pair is two differences of prefix sums,
 * the boundary found by a pointer that only moves forward. Equidistant voters cast no votes.
 */
final class ReferenceBdmVotes {

    private final int n;
    /** Row {@code a} (length {@code n + 1}): prefix sums of {@code w_k u_k(x_a)} over voters in sorted order. */
    private final double[] prefix;
    /** {@code votesFor[a * n + b]}: the votes for {@code a} over {@code b}. */
    private final double[] votesFor;
    /** The transpose of {@code votesFor}, so that both directions of a pair are read along rows. */
    private final double[] votesAgainst;
    private double total;
    /** {@code 1 / total}, or 0 if nobody votes. */
    private double perVote;

    ReferenceBdmVotes(int n) {
        this.n = n;
        this.prefix = new double[n * (n + 1)];
        this.votesFor = new double[n * n];
        this.votesAgainst = new double[n * n];
    }

    /**
     * Tallies every ordered pair of actors for voters with linear losses ({@code r_k = 1}).
     *
     * @param distance {@code distance[a * n + b] = |x_a - x_b| / range}, symmetric
     * @param x        the actors' positions
     * @param order    the actors' indices sorted by ascending position
     * @param weight   {@code capability * salience} per actor
     */
    void tallyLinear(double[] distance, double[] x, int[] order, double[] weight) {
        int width = n + 1;
        for (int a = 0; a < n; a++) {
            int row = a * width;
            int cells = a * n;
            double sum = 0;
            prefix[row] = 0;
            for (int t = 0; t < n; t++) {
                int k = order[t];
                sum += weight[k] * distance[cells + k];
                prefix[row + t + 1] = sum;
            }
        }
        comparePairs(x, order);
    }

    /**
     * Tallies every ordered pair of actors for voters with their own loss exponents. The power
     * {@code d^r = exp(r ln d)} reuses the symmetric logarithms, which cuts the cost of the {@code n^2} powers by about
     * a third; the result agrees with {@link Math#pow} to about {@code 1e-14} relative.
     *
     * @param logDistance {@code ln(distance[a * n + b])}, symmetric, {@code -Infinity} for equal positions
     * @param x           the actors' positions
     * @param order       the actors' indices sorted by ascending position
     * @param weight      {@code capability * salience} per actor
     * @param exponent    per voter, the exponent {@code r_k > 0} of its loss function
     */
    void tally(double[] logDistance, double[] x, int[] order, double[] weight, double[] exponent) {
        int width = n + 1;
        for (int a = 0; a < n; a++) {
            int row = a * width;
            int cells = a * n;
            double sum = 0;
            prefix[row] = 0;
            for (int t = 0; t < n; t++) {
                int k = order[t];
                sum += weight[k] * Math.exp(exponent[k] * logDistance[cells + k]);
                prefix[row + t + 1] = sum;
            }
        }
        comparePairs(x, order);
    }

    private void comparePairs(double[] x, int[] order) {
        int width = n + 1;
        double sum = 0;
        for (int p = 0; p < n; p++) {
            int a = order[p];
            double xa = x[a];
            int rowA = a * width;
            votesFor[a * n + a] = 0;
            votesAgainst[a * n + a] = 0;
            int split = 0; // voters [0, split) are at least as close to a as to b, [split, n) strictly closer to b
            for (int q = p + 1; q < n; q++) {
                int b = order[q];
                double xb = x[b];
                if (xb == xa) {
                    votesFor[a * n + b] = 0;
                    votesFor[b * n + a] = 0;
                    votesAgainst[a * n + b] = 0;
                    votesAgainst[b * n + a] = 0;
                    continue;
                }
                while (split < n && !closerToUpper(x[order[split]], xa, xb)) {
                    split++;
                }
                int rowB = b * width;
                // Each side collects w_k |u_k(a) - u_k(b)| from its voters; equidistant voters add nothing.
                double forA = Math.max(0, prefix[rowB + split] - prefix[rowA + split]);
                double forB = Math.max(0, (prefix[rowA + n] - prefix[rowA + split])
                        - (prefix[rowB + n] - prefix[rowB + split]));
                votesFor[a * n + b] = forA;
                votesAgainst[b * n + a] = forA;
                votesFor[b * n + a] = forB;
                votesAgainst[a * n + b] = forB;
                sum += forA + forB;
            }
        }
        // Every voter's |vote| on an ordered pair is its vote for one side, so the total over ordered pairs is twice
        // the sum over unordered ones of both sides' votes.
        total = 2 * sum;
        perVote = total > 0 ? 1 / total : 0;
    }

    /** @return the sum over voters and ordered pairs of actors of the absolute votes in the last tally */
    double total() {
        return total;
    }

    /**
     * @return the probability that {@code a} prevails over {@code b}: its votes over the {@link #total()} (times the
     *         reciprocal, within an ulp of the quotient), 0 if nobody casts a vote
     */
    double probability(int a, int b) {
        return votesFor[a * n + b] * perVote;
    }

    /** @return {@code probability(b, a)}, the probability that {@code b} prevails over {@code a}, read along a row */
    double probabilityAgainst(int a, int b) {
        return votesAgainst[a * n + b] * perVote;
    }

    /**
     * Whether a voter at {@code xk} is strictly closer to {@code upper} than to {@code lower < upper}. Over voters
     * sorted by position the answer is false then true, in floating point too: rounding is monotone.
     */
    private static boolean closerToUpper(double xk, double lower, double upper) {
        return xk >= upper || (xk > lower && upper - xk < xk - lower);
    }
}
