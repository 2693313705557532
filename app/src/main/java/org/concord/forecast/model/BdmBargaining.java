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
 * ({@link BdmGroups}). Offers need powers only where a sign is in doubt: with {@code G = U_s - U_sq},
 * {@code D = U_s - U_f}, {@code a = s_j (1 - P_ij)} and {@code b = s_i (1 - P_ji)}, {@code E_ij = G - a D} and
 * {@code E_ji = G - b D}, so with {@code rho = G / D} a confrontation ({@code E_ji > E_ij > 0}) is {@code b < a < rho}
 * and no offer at all is {@code rho <= b}. For every distance {@code d} in {@code (0, 1]} {@code rho} lies between
 * {@code 1/2} and {@code 0.5^r}: dividing by {@code 0.5^r}, {@code rho = (1 - (1-d)^r) / ((1+d)^r - (1-d)^r)};
 * {@code rho <= 1/2} for {@code r >= 1} is {@code (1+d)^r + (1-d)^r >= 2} (convexity), and {@code rho >= 0.5^r}
 * is {@code g(q) = 1 - q^r - (2^r - 1)(1 - q)^r >= 0} for {@code q = (1+d)/2} in {@code [1/2, 1]}, where {@code g}
 * is concave and zero at both ends; for {@code r <= 1} both turn round. And {@code D >= 2 d^2} ({@code t^r}
 * superadditive for {@code r >= 1}, concave with slope at least 1/2 on {@code [0, 1]} for {@code r >= 1/2}). A sign is
 * decided this way only when the exact {@code E} is at least {@code 2e-12} from zero (a margin of
 * {@code 1e-12 / d^2} on {@code rho}), a thousand times the rounding error of the powered evaluation, so the decision
 * is the one the powered evaluation takes; everywhere else, and for every compromise (its size needs the values),
 * the powers are taken as before.
 */
final class BdmBargaining {

    /**
     * Where {@code E_ij} and {@code E_ji} are decided without powers (class comment): {@code rho} must clear a bound
     * by {@code SIGN_MARGIN / d^2}, so that the exact {@code E} is at least {@code 2e-12} from zero, a thousand times
     * the rounding error of the powered evaluation.
     */
    private static final double SIGN_MARGIN = 1e-12;

    private final int n;
    private double[] weight;
    private double[] salience;
    private double range;
    private double[] x;
    private double[] next;
    private final double[] exponent;
    private final double[] danger;
    /** {@code distance[g * n + h] = |x_g - x_h| / range} between distinct positions, symmetric, refreshed each round. */
    private final double[] distance;
    /** {@code ln(distance[g * n + h])}, refreshed each round. */
    private final double[] logDistance;
    private final int[] order;
    private final BdmGroups groups;
    private final BdmVotes votes;
    /** Per distinct position, the highest salience of the actors there. */
    private final double[] mostSalient;
    /** Per distinct position {@code g}, the highest probability that an actor elsewhere beats one at {@code g}. */
    private final double[] strongestChallenger;
    /** Per distinct position, the distance to the nearest other one ({@code Infinity} if there is none). */
    private final double[] nearestDistance;
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
     * A workspace for runs of {@code n} actors, to be {@link #restart started}; every array is allocated here, once,
     * and every cell a round reads is written earlier in that round, so runs that reuse it cannot leak into each other.
     */
    BdmBargaining(int n) {
        this.n = n;
        this.x = new double[n];
        this.next = new double[n];
        this.exponent = new double[n];
        this.danger = new double[n];
        this.distance = new double[n * n];
        this.logDistance = new double[n * n];
        this.order = new int[n];
        this.groups = new BdmGroups(n);
        this.votes = new BdmVotes(n);
        this.mostSalient = new double[n];
        this.strongestChallenger = new double[n];
        this.nearestDistance = new double[n];
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
        this.range = range;
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

    /** Plays one round: every actor picks its response to the positions at the start of the round, then all move. */
    void playRound() {
        groups.regroup(x, order);
        measureDistances();
        assignRiskExponents();
        votes.tally(groups, logDistance, order, weight, exponent);
        tabulateResponses();
        for (int i = 0; i < n; i++) {
            next[i] = response(i);
        }
        double[] previous = x;
        x = next;
        next = previous;
        BdmMedian.sort(order, x);
    }

    /** Per distinct position: its most salient actor, its strongest challenger, its nearest other position. */
    private void tabulateResponses() {
        int m = groups.count;
        for (int g = 0; g < m; g++) {
            double most = 0;
            for (int t = groups.start[g], end = t + groups.size[g]; t < end; t++) {
                most = Math.max(most, salience[order[t]]);
            }
            mostSalient[g] = most;
            strongestChallenger[g] = votes.strongestAgainst(g);
            double nearest = Double.POSITIVE_INFINITY;
            if (g > 0) {
                nearest = distance[g * n + g - 1];
            }
            if (g + 1 < m) {
                nearest = Math.min(nearest, distance[g * n + g + 1]);
            }
            nearestDistance[g] = nearest;
        }
    }

    /** Distances and their logarithms between distinct positions: {@code m^2 / 2} logarithms, not {@code n^2 / 2}. */
    private void measureDistances() {
        int m = groups.count;
        double[] at = groups.position;
        for (int i = 0; i < m; i++) {
            distance[i * n + i] = 0;
            logDistance[i * n + i] = Double.NEGATIVE_INFINITY;
            for (int j = i + 1; j < m; j++) {
                double d = Math.abs(at[i] - at[j]) / range;
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
        votes.tallyLinear(groups, distance, order, weight);
        int m = groups.count;
        // E(j challenges i) = s_i (P_ji U_s + (1 - P_ji) U_f) + (1 - s_i) U_s with linear utilities: the bracket and
        // U_s depend only on the two positions, so they are taken once per pair of positions.
        for (int g = 0; g < m; g++) {
            for (int h = 0; h < m; h++) {
                double half = 0.5 * distance[g * n + h];
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
        double halfPower = Math.pow(0.5, r);
        double statusQuo = 2 - 4 * halfPower;
        // rho = (U_s - U_sq) / (U_s - U_f) lies between 1/2 and 0.5^r at every distance (class comment)
        double rhoLow = Math.min(0.5, halfPower);
        double rhoHigh = Math.max(0.5, halfPower);
        double si = salience[i];
        int gi = groups.group[i];
        int cells = gi * n;
        double nearest = nearestDistance[gi];
        if (si * (1 - strongestChallenger[gi]) > rhoHigh + SIGN_MARGIN / (nearest * nearest)) {
            return xi; // E_ji < 0 against every position (below): nobody makes i an offer
        }
        double[] at = groups.position;
        int[] size = groups.size;
        int[] start = groups.start;
        boolean confronted = false;
        double confrontationDistance = 0;
        double confrontationPosition = xi;
        int confrontationBy = n;
        boolean compromised = false;
        double compromiseKey = 0;
        double compromisePosition = xi;
        int compromiseBy = n;
        // Positions nearest first, so that once a confrontation is found every farther position can be passed over:
        // no confrontation there is nearer, and a confrontation beats any compromise.
        int below = gi - 1;
        int above = gi + 1;
        while (below >= 0 || above < groups.count) {
            int h;
            if (above >= groups.count || (below >= 0 && xi - at[below] <= at[above] - xi)) {
                h = below--;
            } else {
                h = above++;
            }
            double gap = Math.abs(xi - at[h]);
            if (confronted && gap > confrontationDistance) {
                break;
            }
            double probability = votes.between(gi, h);
            double against = votes.against(gi, h);
            // E_ji - E_ij = (U_s - U_f) (s_j (1 - P_ij) - s_i (1 - P_ji)) and U_s > U_f between distinct positions, so
            // an offer, which needs E_ji > E_ij, is only possible if the second factor is positive. This skips about
            // half of the pairs, and whole positions at once, before any power is taken.
            double resistance = si * (1 - against);
            if (!(mostSalient[h] * (1 - probability) > resistance)) {
                continue;
            }
            double d = distance[cells + h];
            double margin = SIGN_MARGIN / (d * d);
            if (resistance > rhoHigh + margin) {
                continue; // E_ji < 0 for every actor there: no offer
            }
            boolean powered = false;
            double success = 0;
            double failure = 0;
            double theirs = 0;
            for (int t = start[h], end = start[h] + size[h]; t < end; t++) {
                int j = order[t];
                double exposure = salience[j] * (1 - probability);
                if (!(exposure > resistance)) {
                    continue;
                }
                double xj = x[j];
                double own;
                if (exposure < rhoLow - margin && exposure - resistance > margin) {
                    own = Double.MIN_VALUE; // E_ji > E_ij > 0 by a clear margin: a confrontation, no power needed
                    theirs = Double.MAX_VALUE;
                } else {
                    if (!powered) {
                        double half = 0.5 * d;
                        success = 2 - 4 * Math.pow(0.5 - half, r);
                        failure = 2 - 4 * Math.pow(0.5 + half, r);
                        powered = true;
                    }
                    theirs = expected(success, failure, statusQuo, against, si);
                    own = expected(success, failure, statusQuo, probability, salience[j]);
                }
                if (theirs > own && own > 0) {
                    // the nearest confrontation, ties to the earlier actor
                    if (!confronted || gap < confrontationDistance || j < confrontationBy) {
                        confronted = true;
                        confrontationDistance = gap;
                        confrontationPosition = xj;
                        confrontationBy = j;
                    }
                } else if (!confronted && theirs > 0 && own < 0 && theirs > -own) {
                    // the lowest key, ties to the earlier actor
                    double key = (-own * xi + theirs * xj) / (-own + theirs);
                    if (!compromised || key < compromiseKey || (key == compromiseKey && j < compromiseBy)) {
                        compromised = true;
                        compromiseKey = key;
                        compromisePosition = xi + (xj - xi) * (-own / theirs);
                        compromiseBy = j;
                    }
                }
            }
        }
        return confronted ? confrontationPosition : compromisePosition;
    }

    /** {@code E = s_t (P U_s + (1 - P) U_f) + (1 - s_t) U_s - 0} with the bracket already taken. */
    private static double expected(double success, double resistedBracket, double targetSalience) {
        double resisted = targetSalience * resistedBracket;
        double unresisted = (1 - targetSalience) * success;
        return resisted + unresisted - 0.0;
    }

    /** {@code E = s_t (P U_s + (1 - P) U_f) + (1 - s_t) U_s - U_sq}. */
    private static double expected(double success, double failure, double statusQuo, double probability,
            double targetSalience) {
        double resisted = targetSalience * (probability * success + (1 - probability) * failure);
        double unresisted = (1 - targetSalience) * success;
        return resisted + unresisted - statusQuo;
    }
}
