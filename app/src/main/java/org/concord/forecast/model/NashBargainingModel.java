package org.concord.forecast.model;

import java.util.List;
import java.util.Optional;

/**
 * Model (c): the asymmetric Nash bargaining solution over the win-set, with the status quo as disagreement point
 * (Nash 1950; Kalai 1977 for the asymmetric form; applied to EU legislation by Achen 2006 and Schneider, Finke &amp;
 * Bailer 2010). It maximises
 * <pre>f(x) = sum_i c_i log(u_i(x) - u_i(SQ)),  u_i(x) = -|x - p_i|,  x in the win-set</pre>
 * with bargaining power c_i the capability. Linear loss is chosen over quadratic loss because it is what defines the
 * win-set used here (voters accept x iff |x - p_i| &lt;= |SQ - p_i|), so the bargaining and the procedure agree.
 *
 * <p>Who bargains: the actors whose consent the move needs and who gain from it, i.e. everyone (voter or not) at or
 * beyond the pivot that bounds the win-set. Actors on the status-quo side lose from any move and have no say.
 * For them every u_i(x) - u_i(SQ) is positive inside the win-set, so f is defined.
 *
 * <p>Search: each gain is a concave tent in x, so f is concave on the win-set. With d = |x - SQ| and a_i = |p_i - SQ|,
 * f is increasing for d &lt;= a_min (the pivot's distance), so the optimum lies in [a_min, 2 a_min]; it is found by
 * bisection on the right derivative {@code sum_{a_i>d} c_i/d - sum_{a_i<=d} c_i/(2 a_i - d)}, which for a concave
 * function brackets the maximiser as reliably as golden-section search but needs no logarithms (tolerance 1e-9); an
 * optimum at a kink (some actor's ideal) is then snapped to exactly.
 * If the win-set is the status quo alone, the outcome is the status quo. Needs a reference point.
 *
 * <p>Assumptions: one dimension, complete information, bargaining power proportional to capability (salience does
 * not enter), and the bargainers can only reach points the decision rule lets pass.
 */
public final class NashBargainingModel implements OutcomeModel, ArrayModel {
    private static final double TOLERANCE = 1e-9;

    @Override public String name() { return "nash-bargaining"; }

    @Override public boolean obeysRule() { return true; }

    @Override
    public ModelResult predict(ForecastIssue issue, List<ActorInput> actors) {
        return ArrayModel.predict(name(), this, issue, actors);
    }

    @Override
    public Optional<String> refusal(Problem p) { return p.winSetRefusal(); }

    @Override
    public double evaluate(Problem p, double[] pos, RuleGeometry g) {
        if (g.side == 0) return p.reference;
        double sq = p.reference, s = g.side;
        double aMin = s * (pos[g.pivot()] - sq);
        double[] a = g.scratchA(), c = g.scratchB();
        int m = 0;
        for (int i = 0; i < p.n; i++) {
            double ai = s * (pos[i] - sq);
            if (ai >= aMin) {
                a[m] = ai;
                c[m] = p.capability[i];
                m++;
            }
        }
        double d = aMin;
        if (rightDerivative(a, c, m, aMin) > 0) {
            double lo = aMin, hi = 2 * aMin;
            while (hi - lo > TOLERANCE) {
                double mid = 0.5 * (lo + hi);
                if (rightDerivative(a, c, m, mid) > 0) lo = mid; else hi = mid;
            }
            d = 0.5 * (lo + hi);
            for (int k = 0; k < m; k++) {
                // An optimum at a kink (an actor's own ideal) is exact, not merely within the tolerance.
                if (a[k] > lo && a[k] <= hi && leftDerivative(a, c, m, a[k]) >= 0 && rightDerivative(a, c, m, a[k]) <= 0) {
                    d = a[k];
                    break;
                }
            }
        }
        double x = sq + s * d;
        return Math.max(g.low, Math.min(g.high, x));
    }

    private static double leftDerivative(double[] a, double[] c, int m, double d) {
        double gainers = 0, losers = 0;
        for (int k = 0; k < m; k++) {
            if (a[k] >= d) gainers += c[k];
            else losers += c[k] / (2 * a[k] - d);
        }
        return gainers / d - losers;
    }

    private static double rightDerivative(double[] a, double[] c, int m, double d) {
        double gainers = 0, losers = 0;
        for (int k = 0; k < m; k++) {
            if (a[k] > d) gainers += c[k];
            else losers += c[k] / (2 * a[k] - d);
        }
        return gainers / d - losers;
    }

    @Override
    public String rationale(Problem p, double[] pos, RuleGeometry g, double point) {
        if (g.side == 0)
            return "The status quo " + ArrayModel.fmt(p.reference) + " lies in the core, so bargaining cannot move it.";
        WinSet w = p.winSet(g);
        return "Capability-weighted Nash bargaining over the win-set [" + ArrayModel.fmt(w.low()) + ", "
                + ArrayModel.fmt(w.high()) + "] among the actors at or beyond the pivot " + w.boundedBy() + ".";
    }
}
