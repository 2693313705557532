package org.concord.forecast.validation;

import java.util.List;

import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.PredictiveSample;
import org.concord.forecast.model.ResidualCalibration;

/**
 * A predictive distribution with mass where consensus outcomes land, scored in validation only: DEU outcomes cluster
 * at a few points (on the development half 16 % of outcomes are 0, 14 % are 100, 15 % are 50, 27 % equal the
 * Commission's position and 61 % some actor's position), which a unimodal band around a point cannot represent.
 *
 * <p>The distribution is a mixture of {@link #PARTS}: the compromise point with its residuals learned on the training
 * issues (the continuous part), a point mass at the proposer's position (the issue's proposer among the actors, else
 * the issue's proposal point, else the compromise: on the NATO questions the proposing ally), a point mass at the
 * reference point (the compromise where there is none), the actors' positions weighted by capability x salience (one
 * actor's position carries the day), and point masses at the scale's ends and midpoint. The weights minimise the
 * mean CRPS on the training issues; CRPS of a mixture is
 * {@code sum_m w_m E|X_m - y| - 1/2 sum_m sum_l w_m w_l E|X_m - X_l|}, convex in w on the simplex, minimised by
 * projected gradient descent (deterministic; no randomness). Its headline is the mixture's median; it ignores the
 * decision rule.
 */
final class FocalMixture {
    static final String NAME = "focal-mixture";
    static final List<String> PARTS = List.of("calibrated compromise", "proposer's position", "reference point",
            "actors' positions", "0", "100", "50");
    private static final int ITERATIONS = 20_000;

    private FocalMixture() {}

    /** The parts of the mixture for issue {@code i}, in the order of {@link #PARTS}. */
    static PredictiveSample[] parts(PointTable t, ResidualCalibration compromise, int i) {
        ValidationCase c = t.cases.get(i);
        double comp = t.point[t.index("compromise")][i];
        PredictiveSample[] p = new PredictiveSample[PARTS.size()];
        p[0] = compromise.predictive(comp, t.spread[i], t.rule[i]);
        p[1] = point(proposer(c, comp));
        p[2] = point(c.issue().referencePoint().orElse(comp));
        p[3] = positions(c.actors());
        p[4] = point(0);
        p[5] = point(100);
        p[6] = point(50);
        return p;
    }

    /** The proposer's position, else the issue's proposal, else {@code fallback}. */
    static double proposer(ValidationCase c, double fallback) {
        if (c.issue().proposer().isPresent())
            for (ActorInput a : c.actors()) if (a.id().equals(c.issue().proposer().get())) return a.position();
        return c.issue().proposal().orElse(fallback);
    }

    /** The actors' positions weighted by capability x salience (capability alone if every salience is 0, else equal). */
    static PredictiveSample positions(List<ActorInput> actors) {
        double[] x = new double[actors.size()], w = new double[actors.size()], cap = new double[actors.size()];
        double sw = 0, sc = 0;
        for (int k = 0; k < x.length; k++) {
            ActorInput a = actors.get(k);
            x[k] = a.position();
            w[k] = a.capability() * a.salience();
            cap[k] = a.capability();
            sw += w[k];
            sc += cap[k];
        }
        return sw > 0 ? new PredictiveSample(x, w) : sc > 0 ? new PredictiveSample(x, cap) : PredictiveSample.of(x);
    }

    private static PredictiveSample point(double x) { return PredictiveSample.of(new double[] {x}); }

    /** The mixture of the parts of issue {@code i} with {@code weights}. */
    static PredictiveSample predictive(PointTable t, ResidualCalibration compromise, double[] weights, int i) {
        return PredictiveSample.mixture(parts(t, compromise, i), weights);
    }

    /**
     * Weights minimising the mean CRPS over the issues {@code train}, each predicted with {@code compromise}'s residuals.
     *
     * @return one weight per part, each at least 0, summing to 1
     */
    static double[] fit(PointTable t, ResidualCalibration compromise, List<Integer> train) {
        int k = PARTS.size();
        double[] a = new double[k];
        double[][] b = new double[k][k];
        for (int i : train) {
            PredictiveSample[] p = parts(t, compromise, i);
            double y = t.cases.get(i).outcome();
            for (int m = 0; m < k; m++) {
                a[m] += p[m].meanAbsoluteError(y) / train.size();
                for (int l = m; l < k; l++) {
                    double d = p[m].meanAbsoluteDifference(p[l]) / train.size();
                    b[m][l] += d;
                    if (l != m) b[l][m] += d;
                }
            }
        }
        return minimise(a, b);
    }

    /** Minimises {@code a.w - 1/2 w.B.w} over the simplex by projected gradient descent from equal weights. */
    static double[] minimise(double[] a, double[][] b) {
        int k = a.length;
        double lipschitz = 1e-9;
        for (double[] row : b) {
            double s = 0;
            for (double v : row) s += Math.abs(v);
            lipschitz = Math.max(lipschitz, s);
        }
        double[] w = new double[k];
        java.util.Arrays.fill(w, 1.0 / k);
        double[] g = new double[k];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int m = 0; m < k; m++) {
                double s = a[m];
                for (int l = 0; l < k; l++) s -= b[m][l] * w[l];
                g[m] = w[m] - s / lipschitz;
            }
            w = projectOnSimplex(g);
        }
        return w;
    }

    /** The Euclidean projection of {@code v} on the probability simplex (Duchi et al. 2008). */
    static double[] projectOnSimplex(double[] v) {
        double[] u = v.clone();
        java.util.Arrays.sort(u);
        double cum = 0, theta = 0;
        for (int j = u.length - 1, r = 1; j >= 0; j--, r++) {
            cum += u[j];
            double th = (cum - 1) / r;
            if (u[j] - th > 0) theta = th;
        }
        double[] w = new double[v.length];
        double total = 0;
        for (int j = 0; j < v.length; j++) total += w[j] = Math.max(0, v[j] - theta);
        for (int j = 0; j < v.length; j++) w[j] /= total;
        return w;
    }
}
