package org.concord.forecast.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;

import org.concord.forecast.model.EnsembleModel;
import org.concord.forecast.model.ModelResult;
import org.concord.forecast.model.OutcomeModel;

/**
 * Scores models against coded outcomes: per model the number of issues predicted, MAE, RMSE, MAE on unanimity
 * issues and a percentile-bootstrap 95 % interval of the MAE (Efron &amp; Tibshirani 1993, ch. 13; the same seeded
 * resamples for every model with the same number of issues, so intervals are paired).
 *
 * <p>The ensemble is scored out of sample: for each issue, its members' weights are 1 / MAE on all the other issues
 * (floored at {@value #MAE_FLOOR} scale points so one lucky fit cannot take all the weight), and it predicts the
 * held-out issue. It is recommended only if it beats the best single model on the issues every model predicted.
 */
final class ModelValidation {
    static final int DEFAULT_RESAMPLES = 2000;
    static final double MAE_FLOOR = 0.5;

    private final int resamples;
    private final long seed;

    /**
     * @param resamples bootstrap resamples, 100 to 1,000,000
     * @param seed      bootstrap seed
     */
    ModelValidation(int resamples, long seed) {
        if (resamples < 100 || resamples > 1_000_000) throw new IllegalArgumentException("resamples must be 100 to 1,000,000, was " + resamples);
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * @param cases  the validation set, not empty
     * @param models the single models to score, not empty, distinct names, none named {@code ensemble}
     */
    ValidationReport validate(List<ValidationCase> cases, List<OutcomeModel> models) {
        if (cases.isEmpty()) throw new IllegalArgumentException("no validation cases");
        if (models.isEmpty()) throw new IllegalArgumentException("no models to score");
        Set<String> names = new HashSet<>();
        for (OutcomeModel m : models)
            if (!names.add(m.name()) || m.name().equals("ensemble"))
                throw new IllegalArgumentException("model name '" + m.name() + "' is repeated or reserved");
        int k = cases.size(), mCount = models.size();
        double[][] predicted = new double[mCount][];
        List<List<String>> skips = new ArrayList<>();
        for (int j = 0; j < mCount; j++) {
            List<String> why = new ArrayList<>();
            predicted[j] = predictAll(models.get(j), cases, why);
            skips.add(why);
        }
        List<String> ensembleSkips = new ArrayList<>();
        double[] ensemble = leaveOneOutEnsemble(cases, models, predicted, ensembleSkips);
        List<ModelScore> scores = new ArrayList<>();
        for (int j = 0; j < mCount; j++) scores.add(score(models.get(j).name(), predicted[j], cases, skips.get(j)));
        scores.add(score("ensemble", ensemble, cases, ensembleSkips));
        return new ValidationReport(k, resamples, seed, scores, verdict(cases, models, predicted, ensemble));
    }

    /** Predictions per case; NaN marks a skipped case, whose reason goes to {@code skips}. */
    private static double[] predictAll(OutcomeModel model, List<ValidationCase> cases, List<String> skips) {
        double[] out = new double[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            ValidationCase c = cases.get(i);
            switch (model.predict(c.issue(), c.actors())) {
                case ModelResult.Predicted p -> out[i] = p.point();
                case ModelResult.Skipped s -> {
                    out[i] = Double.NaN;
                    skips.add(c.issue().id() + ": " + s.reason());
                }
            }
        }
        return out;
    }

    private static double[] leaveOneOutEnsemble(List<ValidationCase> cases, List<OutcomeModel> models, double[][] predicted,
                                                List<String> skips) {
        double[] out = new double[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            List<EnsembleModel.Member> members = new ArrayList<>();
            for (int j = 0; j < models.size(); j++) {
                double mae = mae(predicted[j], cases, i);
                if (!Double.isNaN(predicted[j][i]) && !Double.isNaN(mae))
                    members.add(new EnsembleModel.Member(models.get(j), 1 / Math.max(mae, MAE_FLOOR)));
            }
            ValidationCase c = cases.get(i);
            if (members.isEmpty()) {
                out[i] = Double.NaN;
                skips.add(c.issue().id() + ": no model predicted it and also scored on another issue");
                continue;
            }
            switch (new EnsembleModel(members).predict(c.issue(), c.actors())) {
                case ModelResult.Predicted p -> out[i] = p.point();
                case ModelResult.Skipped s -> {
                    out[i] = Double.NaN;
                    skips.add(c.issue().id() + ": " + s.reason());
                }
            }
        }
        return out;
    }

    /** MAE over the predicted cases other than {@code leaveOut} (-1 for none); NaN if there are none. */
    private static double mae(double[] predicted, List<ValidationCase> cases, int leaveOut) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (i == leaveOut || Double.isNaN(predicted[i])) continue;
            sum += Math.abs(predicted[i] - cases.get(i).outcome());
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private ModelScore score(String name, double[] predicted, List<ValidationCase> cases, List<String> skips) {
        double[] err = new double[predicted.length];
        int n = 0, nu = 0;
        double abs = 0, sq = 0, absU = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (Double.isNaN(predicted[i])) continue;
            double e = Math.abs(predicted[i] - cases.get(i).outcome());
            err[n++] = e;
            abs += e;
            sq += e * e;
            if (cases.get(i).unanimity()) { absU += e; nu++; }
        }
        if (n == 0) return new ModelScore.Unscored(name, skips);
        double[] ci = bootstrapCi(err, n);
        return new ModelScore.Scored(name, n, abs / n, Math.sqrt(sq / n), nu == 0 ? OptionalDouble.empty() : OptionalDouble.of(absU / nu),
                ci[0], ci[1], skips);
    }

    private double[] bootstrapCi(double[] err, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += err[rng.nextInt(n)];
            means[b] = s / n;
        }
        Arrays.sort(means);
        return new double[] {quantile(means, 0.025), quantile(means, 0.975)};
    }

    /** Type-7 quantile of a sorted array (as R and NumPy by default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo + 1 >= sorted.length ? sorted[sorted.length - 1] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    private static EnsembleVerdict verdict(List<ValidationCase> cases, List<OutcomeModel> models, double[][] predicted, double[] ensemble) {
        if (models.size() < 2) return new EnsembleVerdict.Undecided("an ensemble needs at least two models");
        List<Integer> common = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            boolean all = !Double.isNaN(ensemble[i]);
            for (double[] p : predicted) all &= !Double.isNaN(p[i]);
            if (all) common.add(i);
        }
        if (common.isEmpty()) return new EnsembleVerdict.Undecided("no issue was predicted by every model");
        int best = -1;
        double bestMae = Double.POSITIVE_INFINITY;
        for (int j = 0; j < models.size(); j++) {
            double m = maeOn(predicted[j], cases, common);
            if (m < bestMae) { bestMae = m; best = j; }
        }
        double ensembleMae = maeOn(ensemble, cases, common);
        String bestName = models.get(best).name();
        if (ensembleMae >= bestMae) return new EnsembleVerdict.UseBestSingle(bestName, bestMae, ensembleMae, common.size());
        Map<String, Double> weights = new LinkedHashMap<>();
        double total = 0;
        for (int j = 0; j < models.size(); j++) total += 1 / Math.max(mae(predicted[j], cases, -1), MAE_FLOOR);
        for (int j = 0; j < models.size(); j++)
            weights.put(models.get(j).name(), 1 / Math.max(mae(predicted[j], cases, -1), MAE_FLOOR) / total);
        return new EnsembleVerdict.UseEnsemble(ensembleMae, bestName, bestMae, common.size(), weights);
    }

    private static double maeOn(double[] predicted, List<ValidationCase> cases, List<Integer> on) {
        double s = 0;
        for (int i : on) s += Math.abs(predicted[i] - cases.get(i).outcome());
        return s / on.size();
    }
}
