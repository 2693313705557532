package org.concord.forecast.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A regularised learned combination of the models' points and issue features, scored in validation only: the outcome
 * is predicted as the compromise point plus a ridge regression of the compromise's error on the features
 * [1, compromise, win-set, Nash bargaining, expected utility, reference point (the compromise where there is none),
 * has a reference point, unanimity]. The intercept is not penalised; the others shrink toward 0 (toward the plain
 * compromise). The penalty is chosen from {@link #PENALTIES} by an inner cross-validation grouped by proposal on the
 * training issues (mean absolute error), and the residuals it is calibrated with are that inner cross-validation's
 * out-of-sample errors. Nothing of it is fitted on the issues it scores.
 */
final class StackedPoint {
    static final String NAME = "stacked";
    /** The ridge penalties tried, fixed in advance (a decade apart). */
    static final double[] PENALTIES = {1e1, 1e2, 1e3, 1e4, 1e5};
    private static final List<String> POINTS = List.of("compromise", "win-set", "nash-bargaining", "expected-utility");

    private StackedPoint() {}

    /** A fit: coefficients, the chosen penalty, and out-of-sample residuals on the training issues. */
    record Fit(double[] beta, double penalty, List<double[]> residuals) {}

    static double[] features(PointTable t, int i) {
        int comp = t.index("compromise");
        double c = t.point[comp][i];
        double[] f = new double[POINTS.size() + 4];
        f[0] = 1;
        for (int k = 0; k < POINTS.size(); k++) {
            int j = t.index(POINTS.get(k));
            f[k + 1] = j < 0 ? c : t.point[j][i];
        }
        var ref = t.cases.get(i).issue().referencePoint();
        f[POINTS.size() + 1] = ref.isPresent() ? ref.getAsDouble() : c;
        f[POINTS.size() + 2] = ref.isPresent() ? 1 : 0;
        f[POINTS.size() + 3] = t.cases.get(i).unanimity() ? 1 : 0;
        return f;
    }

    static double predict(PointTable t, int i, double[] beta) {
        double[] f = features(t, i);
        double y = t.point[t.index("compromise")][i];
        for (int k = 0; k < f.length; k++) y += beta[k] * f[k];
        return Math.max(0, Math.min(100, y));
    }

    /** Fits on the issues {@code train} (indices into {@code t}), choosing the penalty by inner grouped CV. */
    static Fit fit(PointTable t, List<Integer> train, int innerFolds, long seed) {
        List<String> groups = train.stream().map(i -> t.cases.get(i).group()).toList();
        if (new HashSet<>(groups).size() < 2) return new Fit(solve(t, train, PENALTIES[PENALTIES.length - 1]), PENALTIES[PENALTIES.length - 1], List.of());
        GroupedFolds inner = new GroupedFolds(groups, innerFolds, seed);
        double bestError = Double.POSITIVE_INFINITY;
        double bestPenalty = PENALTIES[0];
        List<double[]> bestResiduals = List.of();
        for (double penalty : PENALTIES) {
            double error = 0;
            List<double[]> residuals = new ArrayList<>();
            for (int f = 0; f < inner.folds(); f++) {
                List<Integer> in = new ArrayList<>();
                for (int q = 0; q < train.size(); q++) if (inner.foldOf(q) != f) in.add(train.get(q));
                double[] beta = solve(t, in, penalty);
                for (int q = 0; q < train.size(); q++) {
                    if (inner.foldOf(q) != f) continue;
                    int i = train.get(q);
                    double p = predict(t, i, beta);
                    error += Math.abs(p - t.cases.get(i).outcome());
                    residuals.add(new double[] {i, p});
                }
            }
            if (error < bestError - 1e-9) {
                bestError = error;
                bestPenalty = penalty;
                bestResiduals = residuals;
            }
        }
        return new Fit(solve(t, train, bestPenalty), bestPenalty, bestResiduals);
    }

    /** Ridge least squares of (outcome - compromise) on the features; the intercept is not penalised. */
    static double[] solve(PointTable t, List<Integer> rows, double penalty) {
        int k = features(t, rows.getFirst()).length;
        double[][] a = new double[k][k + 1];
        int comp = t.index("compromise");
        for (int i : rows) {
            double[] f = features(t, i);
            double target = t.cases.get(i).outcome() - t.point[comp][i];
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) a[r][c] += f[r] * f[c];
                a[r][k] += f[r] * target;
            }
        }
        for (int r = 1; r < k; r++) a[r][r] += penalty;
        a[0][0] += 1e-9; // keeps the system solvable when every training issue is alike
        return gauss(a, k);
    }

    private static double[] gauss(double[][] a, int k) {
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            double[] tmp = a[col]; a[col] = a[pivot]; a[pivot] = tmp;
            for (int r = 0; r < k; r++) {
                if (r == col || a[col][col] == 0) continue;
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= k; c++) a[r][c] -= factor * a[col][c];
            }
        }
        double[] beta = new double[k];
        for (int r = 0; r < k; r++) beta[r] = a[r][r] == 0 ? 0 : a[r][k] / a[r][r];
        return beta;
    }
}
