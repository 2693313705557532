package org.concord.forecast.model;

/**
 * Every actor's response to the positions at the start of a round: the offers it receives and the one it accepts
 * (see {@link ExpectedUtilityModel}, offers and simultaneous offers), on arrays allocated once per workspace.
 *
 * <p><b>Offers without powers.</b> Seen by actor {@code i} with its exponent {@code r}, at distance {@code d} from an
 * actor {@code j}: {@code U_s = 2 - 4 (0.5 - d/2)^r}, {@code U_f = 2 - 4 (0.5 + d/2)^r}, {@code U_sq = 2 - 4 (0.5)^r}.
 * With {@code G = U_s - U_sq}, {@code D = U_s - U_f}, {@code a = s_j (1 - P_ij)} and {@code b = s_i (1 - P_ji)},
 * {@code E_ij = G - a D} and {@code E_ji = G - b D}; with {@code rho = G / D} and {@code D > 0}:
 * <ul>
 *   <li>{@code E_ji > E_ij} is {@code a > b}: no offer is possible otherwise (rule 10 of docs/bdm-model.md);</li>
 *   <li>a confrontation ({@code E_ji > E_ij > 0}) is {@code b < a < rho};</li>
 *   <li>a compromise ({@code E_ji > 0 > E_ij}, {@code E_ji > |E_ij|}) is {@code (a + b) / 2 < rho < a}, since
 *       {@code E_ij + E_ji = (2 rho - a - b) D};</li>
 *   <li>no offer is {@code rho <= (a + b) / 2}, which includes {@code rho <= b}.</li>
 * </ul>
 * For every {@code d} in {@code (0, 1]}, {@code rho} lies between {@code 1/2} and {@code 0.5^r}: dividing by
 * {@code 0.5^r}, {@code rho = (1 - (1-d)^r) / ((1+d)^r - (1-d)^r)}; {@code rho <= 1/2} for {@code r >= 1} is
 * {@code (1+d)^r + (1-d)^r >= 2} (convexity), and {@code rho >= 0.5^r} is
 * {@code g(q) = 1 - q^r - (2^r - 1)(1 - q)^r >= 0} for {@code q = (1+d)/2} in {@code [1/2, 1]}, where {@code g} is
 * concave and zero at both ends; for {@code r <= 1} both turn round. And {@code D >= 2 d^2} ({@code t^r}
 * superadditive for {@code r >= 1}, concave with slope at least 1/2 on {@code [0, 1]} for {@code r >= 1/2}). So with
 * {@code rho} in {@code [rhoLow, rhoHigh]} and a margin {@code mu = 1e-12 / d^2}, three outcomes need no power:
 * <ul>
 *   <li>{@code a <= rhoLow - mu} and {@code a - b >= mu}: a confrontation, since {@code E_ij >= mu D >= 2e-12} and
 *       {@code E_ji - E_ij >= 2e-12};</li>
 *   <li>{@code (a + b) / 2 >= rhoHigh + mu}: no offer, since {@code E_ij + E_ji <= -4e-12}, so neither
 *       {@code E_ij > 0 < E_ji - E_ij} nor {@code E_ji > -E_ij};</li>
 *   <li>{@code a >= rhoHigh + mu}: no confrontation, since {@code E_ij <= -2e-12}; at most a compromise.</li>
 * </ul>
 * Each holds for the exact {@code E}, at least {@code 2e-12} from its threshold: a thousand times the rounding error
 * of the powered evaluation (values below 4, a few roundings of about {@code 4e-16}), so the powered evaluation would
 * take the same decision. Everywhere else, and for the size of every compromise, the powers are taken.
 *
 * <p><b>Order of work.</b> A confrontation beats any compromise, and the nearest confrontation wins, so the positions
 * are looked at nearest first and the look stops behind the first confrontation. A pair that can only be a compromise
 * (the third case above) is set aside, and its powers are taken only if the actor finds no confrontation at all:
 * most actors that look confront someone, and most of the powers the look used to take went into compromises that a
 * confrontation then overrode. On the benchmark's issue (100 actors) a round now takes powers for about 100 pairs
 * instead of 530. Which compromise wins does not depend on the order in which they are weighed: the lowest key, ties
 * to the earlier actor, is a total order.
 */
final class BdmResponses {

    /**
     * The margin on {@code rho} is {@code SIGN_MARGIN / d^2}, so that the exact {@code E} is at least {@code 2e-12}
     * from its threshold (class comment).
     */
    private static final double SIGN_MARGIN = 1e-12;

    private final int n;
    private final BdmGroups groups;
    private final BdmVotes votes;
    private final BdmDistances distances;
    /** Per distinct position, the highest salience of the actors there. */
    private final double[] mostSalient;
    /** Per distinct position {@code g}, the highest probability that an actor elsewhere beats one at {@code g}. */
    private final double[] strongestChallenger;
    /** Per distinct position, the distance to the nearest other one ({@code Infinity} if there is none). */
    private final double[] nearestDistance;
    /** The pairs set aside by one actor's look: the other actor and its distinct position. */
    private final int[] setAsideActor;
    private final int[] setAsidePosition;
    private final BdmChoice choice = new BdmChoice();
    /** {@code U_s}, {@code U_f} and {@code U_sq} as {@link #takePowers} last took them. */
    private double success;
    private double failure;
    private double statusQuo;

    BdmResponses(int n, BdmGroups groups, BdmVotes votes, BdmDistances distances) {
        this.n = n;
        this.groups = groups;
        this.votes = votes;
        this.distances = distances;
        this.mostSalient = new double[n];
        this.strongestChallenger = new double[n];
        this.nearestDistance = new double[n];
        this.setAsideActor = new int[n];
        this.setAsidePosition = new int[n];
    }

    /**
     * Every actor's position after the round, from the round's groups, distances and powered vote tally.
     *
     * @param x        the positions at the start of the round
     * @param salience per actor
     * @param exponent per actor, its risk exponent this round
     * @param order    the actors' indices sorted by ascending position
     * @param next     receives every actor's position after the round
     */
    void respond(double[] x, double[] salience, double[] exponent, int[] order, double[] next) {
        tabulate(salience, order);
        for (int i = 0; i < n; i++) {
            next[i] = response(i, x, salience, exponent[i], order);
        }
    }

    /** Per distinct position: its most salient actor, its strongest challenger, its nearest other position. */
    private void tabulate(double[] salience, int[] order) {
        int m = groups.count;
        double[] distance = distances.distance;
        for (int g = 0; g < m; g++) {
            double most = 0;
            for (int t = groups.start[g], end = t + groups.size[g]; t < end; t++) {
                most = Math.max(most, salience[order[t]]);
            }
            mostSalient[g] = most;
            strongestChallenger[g] = votes.strongestAgainst(g);
            double nearest = Double.POSITIVE_INFINITY;
            int row = groups.slot[g] * n;
            if (g > 0) {
                nearest = distance[row + groups.slot[g - 1]];
            }
            if (g + 1 < m) {
                nearest = Math.min(nearest, distance[row + groups.slot[g + 1]]);
            }
            nearestDistance[g] = nearest;
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
    private double response(int i, double[] x, double[] salience, double r, int[] order) {
        double xi = x[i];
        double halfPower = Math.pow(0.5, r);
        double rhoLow = Math.min(0.5, halfPower);
        double rhoHigh = Math.max(0.5, halfPower);
        double si = salience[i];
        int gi = groups.group[i];
        double nearest = nearestDistance[gi];
        if (si * (1 - strongestChallenger[gi]) > rhoHigh + SIGN_MARGIN / (nearest * nearest)) {
            return xi; // b > rhoHigh + mu against every position: nobody makes i an offer
        }
        choice.reset(n);
        int setAside = look(i, x, salience, r, halfPower, rhoLow, rhoHigh, order);
        if (!choice.confronted) {
            weighSetAside(setAside, i, x, salience, r, halfPower);
        }
        return choice.position(xi);
    }

    /**
     * Looks at the other positions nearest first and stops behind the first confrontation; takes the powers only for
     * pairs that could be a confrontation and are not certain, and sets aside those that can only be a compromise.
     *
     * @return how many pairs were set aside
     */
    private int look(int i, double[] x, double[] salience, double r, double halfPower, double rhoLow, double rhoHigh,
            int[] order) {
        double xi = x[i];
        double si = salience[i];
        int gi = groups.group[i];
        int row = groups.slot[gi] * n;
        double[] at = groups.position;
        int[] size = groups.size;
        int[] start = groups.start;
        int setAside = 0;
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
            if (choice.confronted && gap > choice.confrontationDistance) {
                break; // no confrontation farther away is nearer, and a confrontation beats any compromise
            }
            double probability = votes.between(gi, h);
            double resistance = si * (1 - votes.against(gi, h));
            if (!(mostSalient[h] * (1 - probability) > resistance)) {
                continue; // a <= b for every actor there: no offer (skips whole positions before any power)
            }
            double d = distances.distance[row + groups.slot[h]];
            double margin = SIGN_MARGIN / (d * d);
            if (resistance > rhoHigh + margin) {
                continue; // b > rhoHigh + mu: E_ji < 0 for every actor there, no offer
            }
            boolean powered = false;
            for (int t = start[h], end = start[h] + size[h]; t < end; t++) {
                int j = order[t];
                double exposure = salience[j] * (1 - probability);
                if (!(exposure > resistance)) {
                    continue;
                }
                if (exposure < rhoLow - margin && exposure - resistance > margin) {
                    choice.confrontation(gap, x[j], j);
                } else if (exposure + resistance > 2 * (rhoHigh + margin)) {
                    continue; // (a + b) / 2 > rhoHigh + mu: no offer
                } else if (exposure > rhoHigh + margin) {
                    setAsideActor[setAside] = j;
                    setAsidePosition[setAside] = h;
                    setAside++;
                } else {
                    if (!powered) {
                        takePowers(d, r, halfPower);
                        powered = true;
                    }
                    weigh(i, j, gi, h, x, salience);
                }
            }
        }
        return setAside;
    }

    /** Weighs the pairs set aside by {@link #look}, which can only be compromises, with their powers. */
    private void weighSetAside(int setAside, int i, double[] x, double[] salience, double r, double halfPower) {
        int gi = groups.group[i];
        int row = groups.slot[gi] * n;
        int poweredAt = -1;
        for (int k = 0; k < setAside; k++) {
            int h = setAsidePosition[k];
            if (h != poweredAt) {
                takePowers(distances.distance[row + groups.slot[h]], r, halfPower);
                poweredAt = h;
            }
            weigh(i, setAsideActor[k], gi, h, x, salience);
        }
    }

    /** Evaluates {@code E_ij} and {@code E_ji} with the powers last taken and records their offer, if any. */
    private void weigh(int i, int j, int gi, int h, double[] x, double[] salience) {
        double theirs = expected(votes.against(gi, h), salience[i]);
        double own = expected(votes.between(gi, h), salience[j]);
        double xi = x[i];
        double xj = x[j];
        if (theirs > own && own > 0) {
            choice.confrontation(Math.abs(xi - xj), xj, j);
        } else if (theirs > 0 && own < 0 && theirs > -own) {
            double key = (-own * xi + theirs * xj) / (-own + theirs);
            choice.compromise(key, xi + (xj - xi) * (-own / theirs), j);
        }
    }

    /** Takes the utilities at distance {@code d} with exponent {@code r}: {@code U_s}, {@code U_f}, {@code U_sq}. */
    private void takePowers(double d, double r, double halfPower) {
        double half = 0.5 * d;
        success = 2 - 4 * Math.pow(0.5 - half, r);
        failure = 2 - 4 * Math.pow(0.5 + half, r);
        statusQuo = 2 - 4 * halfPower;
    }

    /** {@code E = s_t (P U_s + (1 - P) U_f) + (1 - s_t) U_s - U_sq}, with the powers last taken. */
    private double expected(double probability, double targetSalience) {
        double resisted = targetSalience * (probability * success + (1 - probability) * failure);
        double unresisted = (1 - targetSalience) * success;
        return resisted + unresisted - statusQuo;
    }
}
