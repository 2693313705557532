package org.concord.forecast.model;

/**
 * The mutable state of one run of the expected-utility model and the mechanics of a round, on primitive arrays
 * allocated once per run. Each round costs {@code O(n^2)} time: two vote tallies, the actors' security levels and
 * every actor's look at every other actor.
 *
 * <p>Symbols follow Scholz, Calbert &amp; Smith (2011) as coded in jmckib's port: {@code d = |x_i - x_j| / range},
 * {@code U_s = 2 - 4 (0.5 - d/2)^r}, {@code U_f = 2 - 4 (0.5 + d/2)^r}, {@code U_sq = 2 - 4 (0.5)^r} and the expected
 * utility of {@code c} challenging {@code t}, seen with exponent {@code r}:
 * {@code E = s_t (P(c,t) U_s + (1 - P(c,t)) U_f) + (1 - s_t) U_s - U_sq} (the status quo term with {@code Q = 1}).
 * See {@link ExpectedUtilityModel} for the rules chosen where the formulation is ambiguous.
 */
final class ReferenceBdmBargaining {

    private final int n;
    private final double[] weight;
    private final double[] salience;
    private final double range;
    private double[] x;
    private double[] next;
    private final double[] exponent;
    private final double[] danger;
    /** {@code distance[i * n + j] = |x_i - x_j| / range}, symmetric, refreshed each round. */
    private final double[] distance;
    /** {@code ln(distance[i * n + j])}, refreshed each round. */
    private final double[] logDistance;
    private final int[] order;
    private final ReferenceBdmVotes votes;

    /**
     * @param position the actors' input positions; copied
     * @param weight   {@code capability * salience} per actor; kept, not copied
     * @param salience per actor, in {@code [0, 1]}; kept, not copied
     * @param range    the input positions' span, {@code > 0}: every distance is divided by it
     */
    ReferenceBdmBargaining(double[] position, double[] weight, double[] salience, double range) {
        this.n = position.length;
        this.weight = weight;
        this.salience = salience;
        this.range = range;
        this.x = position.clone();
        this.next = new double[n];
        this.exponent = new double[n];
        this.danger = new double[n];
        this.distance = new double[n * n];
        this.logDistance = new double[n * n];
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        BdmMedian.sort(order, x);
        this.votes = new ReferenceBdmVotes(n);
    }

    /** @return the current positions, in input order; a live view, callers must copy what they keep */
    double[] positions() {
        return x;
    }

    /** @return the weighted median of the current positions */
    double median() {
        return BdmMedian.of(x, weight, order);
    }

    /** Plays one round: every actor picks its response to the positions at the start of the round, then all move. */
    void playRound() {
        measureDistances();
        assignRiskExponents();
        votes.tally(logDistance, x, order, weight, exponent);
        for (int i = 0; i < n; i++) {
            next[i] = response(i);
        }
        double[] previous = x;
        x = next;
        next = previous;
        BdmMedian.sort(order, x);
    }

    private void measureDistances() {
        for (int i = 0; i < n; i++) {
            distance[i * n + i] = 0;
            logDistance[i * n + i] = Double.NEGATIVE_INFINITY;
            for (int j = i + 1; j < n; j++) {
                double d = Math.abs(x[i] - x[j]) / range;
                double log = Math.log(d);
                distance[i * n + j] = d;
                distance[j * n + i] = d;
                logDistance[i * n + j] = log;
                logDistance[j * n + i] = log;
            }
        }
    }

    /**
     * Risk exponents from security levels. Actor {@code i}'s danger is {@code sum_{j != i} E(j challenges i)} with
     * every exponent, voters' included, at 1; {@code R_i = (2 danger_i - max - min) / (max - min)} over all actors and
     * {@code r_i = (1 - R_i/3) / (1 + R_i/3)}, so {@code r} lies in {@code [0.5, 2]}. If all dangers are equal
     * {@code R_i = 0} and {@code r_i = 1}.
     */
    private void assignRiskExponents() {
        votes.tallyLinear(distance, x, order, weight);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double half = 0.5 * distance[i * n + j];
                    double success = 2 - 4 * (0.5 - half);
                    double failure = 2 - 4 * (0.5 + half);
                    sum += expected(success, failure, 0, votes.probabilityAgainst(i, j), salience[i]);
                }
            }
            danger[i] = sum;
            max = Math.max(max, sum);
            min = Math.min(min, sum);
        }
        for (int i = 0; i < n; i++) {
            double acceptance = max > min ? (2 * danger[i] - max - min) / (max - min) : 0;
            exponent[i] = (1 - acceptance / 3.0) / (1 + acceptance / 3.0);
        }
    }

    /**
     * Actor {@code i}'s position after the round. For each actor {@code j} at another position it weighs, with its own
     * exponent, its own challenge {@code E_ij} against {@code j}'s challenge {@code E_ji}: {@code E_ji > E_ij > 0}
     * is a confrontation it expects to lose (it moves to {@code x_j}); {@code E_ji > 0 > E_ij} with
     * {@code E_ji > |E_ij|} a compromise (it moves to {@code x_i + (x_j - x_i) |E_ij / E_ji|}); anything else no
     * offer. A confrontation beats any compromise; among confrontations the nearest {@code x_j} wins, among compromises
     * the lowest {@code (|E_ij| x_i + E_ji x_j) / (|E_ij| + E_ji)}; remaining ties go to the earlier actor.
     */
    private double response(int i) {
        double xi = x[i];
        double r = exponent[i];
        double statusQuo = 2 - 4 * Math.pow(0.5, r);
        boolean confronted = false;
        double confrontationDistance = 0;
        double confrontationPosition = xi;
        boolean compromised = false;
        double compromiseKey = 0;
        double compromisePosition = xi;
        double si = salience[i];
        for (int j = 0; j < n; j++) {
            double xj = x[j];
            // E_ji - E_ij = (U_s - U_f) (s_j (1 - P_ij) - s_i (1 - P_ji)) and U_s > U_f between distinct positions, so
            // an offer, which needs E_ji > E_ij, is only possible if the second factor is positive. This skips half
            // of the pairs before any power is taken.
            if (xj == xi || !(salience[j] * (1 - votes.probability(i, j))
                    > si * (1 - votes.probabilityAgainst(i, j)))) {
                continue;
            }
            double gap = Math.abs(xi - xj);
            if (confronted && gap >= confrontationDistance) {
                continue; // only a nearer confrontation could still change the response
            }
            double half = 0.5 * distance[i * n + j];
            double success = 2 - 4 * Math.pow(0.5 - half, r);
            double failure = 2 - 4 * Math.pow(0.5 + half, r);
            double own = expected(success, failure, statusQuo, votes.probability(i, j), salience[j]);
            double theirs = expected(success, failure, statusQuo, votes.probabilityAgainst(i, j), si);
            if (theirs > own && own > 0) {
                confronted = true;
                confrontationDistance = gap;
                confrontationPosition = xj;
            } else if (!confronted && theirs > 0 && own < 0 && theirs > -own) {
                double key = (-own * xi + theirs * xj) / (-own + theirs);
                if (!compromised || key < compromiseKey) {
                    compromised = true;
                    compromiseKey = key;
                    compromisePosition = xi + (xj - xi) * (-own / theirs);
                }
            }
        }
        return confronted ? confrontationPosition : compromisePosition;
    }

    /** {@code E = s_t (P U_s + (1 - P) U_f) + (1 - s_t) U_s - U_sq}. */
    private static double expected(double success, double failure, double statusQuo, double probability,
            double targetSalience) {
        double resisted = targetSalience * (probability * success + (1 - probability) * failure);
        double unresisted = (1 - targetSalience) * success;
        return resisted + unresisted - statusQuo;
    }
}
