package org.concord.forecast.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntPredicate;

import org.concord.forecast.model.OutcomeModel;
import org.concord.forecast.model.PredictiveSample;
import org.concord.forecast.model.ResidualCalibration;

/**
 * Scores calibrated predictive distributions on issues that took no part in fitting them.
 *
 * <p>What is fitted, and only ever on training issues: each model's residual calibration
 * ({@link ResidualCalibration}), the climatology (the empirical distribution of the training outcomes) and the
 * weights of the learned combination. The models' points themselves are not fitted. Two schemes: cross-validation
 * grouped by proposal ({@link GroupedFolds}), or a training file and a test file.
 *
 * <p>Models: the four standard ones, {@code compromise-in-winset} (the compromise point moved to the nearest point
 * of the win-set of the status quo under the reported positions) and {@code combined} (below). A model that needs
 * a reference point falls back to the compromise point on an issue without one (stated in the report, and the
 * {@code own} count says how often it spoke itself); the compromise falls back to the plain mean of positions when
 * every salience is 0. The references are {@code climatology} and {@code compromise}.
 *
 * <p>{@code combined} is a mixture of the calibrated distributions of compromise, win-set, Nash bargaining, expected
 * utility and climatology. Its weights minimise the mean CRPS of the mixture on the training issues, each predicted by
 * an inner grouped cross-validation ({@value #INNER_FOLDS} folds), plus a ridge penalty
 * {@value #RIDGE} x sum (w - 1/5)^2 toward equal weights; the search is a 0.1 grid over the simplex. CRPS is exact for
 * a mixture: sum_m w_m E|X_m - y| - 1/2 sum_m sum_k w_m w_k E|X_m - X_k|. Its headline is the mixture's median moved
 * into the win-set, so it obeys the rule.
 *
 * <p>Bootstrap intervals resample proposals, not issues (issues of a proposal are not independent), with the same
 * seeded resamples for every model.
 */
final class PredictiveValidation {
    static final int DEFAULT_FOLDS = 10;
    static final int INNER_FOLDS = 5;
    static final double RIDGE = 2.0;
    /** Levels of the calibration table. */
    static final double[] LEVELS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final String COMPROMISE = "compromise", IN_WINSET = "compromise-in-winset", CLIMATOLOGY = "climatology",
            COMBINED = "combined";

    private final List<OutcomeModel> models;
    private final int resamples;
    private final long seed;

    /**
     * @param models    the standard models; one must be named {@code compromise}
     * @param resamples bootstrap resamples, 100 to 1,000,000
     * @param seed      seed of the folds and the bootstrap
     */
    PredictiveValidation(List<OutcomeModel> models, int resamples, long seed) {
        if (models.stream().noneMatch(m -> m.name().equals(COMPROMISE)))
            throw new IllegalArgumentException("the models must include compromise, the fallback and reference");
        if (resamples < 100 || resamples > 1_000_000) throw new IllegalArgumentException("resamples must be 100 to 1,000,000, was " + resamples);
        this.models = List.copyOf(models);
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * Cross-validation grouped by proposal.
     *
     * @param cases the issues, from at least two proposals
     * @param folds folds wanted, at least 2 (fewer when there are fewer proposals)
     */
    PredictiveReport crossValidate(List<ValidationCase> cases, int folds) {
        PointTable t = new PointTable(models, cases);
        GroupedFolds f = new GroupedFolds(cases.stream().map(ValidationCase::group).toList(), folds, seed);
        Predictions out = new Predictions(t, cases.size());
        for (int k = 0; k < f.folds(); k++) {
            int fold = k;
            Fit fit = fit(t, i -> f.foldOf(i) != fold, seed + k);
            for (int i = 0; i < cases.size(); i++) if (f.foldOf(i) == fold) out.put(i, i, fit);
        }
        return report(new PredictiveReport.CrossValidated(f.folds(), f.groups(), seed), cases, out);
    }

    /**
     * Fits on {@code training} only and scores {@code test}.
     *
     * @param training     the training issues, at least two
     * @param trainingName the training file as named, for the report
     * @param test         the issues to score, at least one
     */
    PredictiveReport trainTest(List<ValidationCase> training, String trainingName, List<ValidationCase> test) {
        if (training.size() < 2) throw new IllegalArgumentException("training needs at least two issues, has " + training.size());
        if (test.isEmpty()) throw new IllegalArgumentException("no issue to score");
        List<ValidationCase> all = new ArrayList<>(training);
        all.addAll(test);
        PointTable t = new PointTable(models, all);
        int nTrain = training.size();
        Fit fit = fit(t, i -> i < nTrain, seed);
        Predictions out = new Predictions(t, test.size());
        for (int j = 0; j < test.size(); j++) out.put(j, nTrain + j, fit);
        return report(new PredictiveReport.TrainTest(trainingName, nTrain), test, out);
    }

    /** The suffix of a rule-ignoring model's row whose point is moved into the win-set: its forecast headline. */
    static final String IN_WINSET_SUFFIX = "-in-winset";

    /**
     * The residuals of each forecast model's headline (its own point, or the point moved into the win-set for a
     * model that ignores the rule) on the cases with a reference point and a rule that applies, as
     * {@link ResidualCalibration.Residual}s by forecast model name. This is what forecasts are calibrated with.
     *
     * @param cases past cases, not empty
     */
    Map<String, List<HeadlineResidual>> headlineResiduals(List<ValidationCase> cases) {
        PointTable t = new PointTable(models, cases);
        Map<String, List<HeadlineResidual>> out = new LinkedHashMap<>();
        for (OutcomeModel model : models) {
            int j = t.index(model.obeysRule() ? model.name() : model.name() + IN_WINSET_SUFFIX);
            List<HeadlineResidual> res = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++)
                if (t.winSet.get(i).isPresent() && t.own[j][i])
                    res.add(new HeadlineResidual(cases.get(i).issue().id().value(),
                            new ResidualCalibration.Residual(t.rule[i], t.point[j][i], t.spread[i], cases.get(i).outcome())));
            out.put(model.name(), res);
        }
        return out;
    }

    /** @param issue the past issue's id; @param residual its residual */
    record HeadlineResidual(String issue, ResidualCalibration.Residual residual) { }

    /** Everything fitted on one training set; {@code stack} and {@code stackCalibration} may be null (too few proposals). */
    private record Fit(ResidualCalibration[] calibration, PredictiveSample climatology, double[] mix, StackedPoint.Fit stack,
                       ResidualCalibration stackCalibration, double[] focal) {
        Fit(ResidualCalibration[] calibration, PredictiveSample climatology, double[] mix) { this(calibration, climatology, mix, null, null, null); }

        Fit withFocal(PointTable t, List<Integer> train) {
            return new Fit(calibration, climatology, mix, stack, stackCalibration,
                    FocalMixture.fit(t, calibration[t.index(COMPROMISE)], train));
        }

        Fit withStack(PointTable t, List<Integer> train, long seed) {
            StackedPoint.Fit s = StackedPoint.fit(t, train, INNER_FOLDS, seed);
            if (s.residuals().isEmpty()) return this;
            List<ResidualCalibration.Residual> res = new ArrayList<>();
            for (double[] r : s.residuals()) {
                int i = (int) r[0];
                res.add(new ResidualCalibration.Residual(t.rule[i], r[1], t.spread[i], t.cases.get(i).outcome()));
            }
            return new Fit(calibration, climatology, mix, s, ResidualCalibration.fit(res, res.size() + " inner held-out training issues"), focal);
        }
    }

    /** Members of the combination: these point models, then climatology. */
    private static final List<String> MEMBERS = List.of(COMPROMISE, "win-set", "nash-bargaining", "expected-utility");

    private Fit fit(PointTable t, IntPredicate train, long foldSeed) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < t.cases.size(); i++) if (train.test(i)) rows.add(i);
        return fitMix(t, train, foldSeed).withStack(t, rows, foldSeed).withFocal(t, rows);
    }

    private Fit fitMix(PointTable t, IntPredicate train, long foldSeed) {
        Fit base = fitBase(t, train);
        int[] members = members(t);
        if (members.length == 0) return base;
        // inner grouped CV on the training issues gives out-of-sample member distributions to weigh
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < t.cases.size(); i++) if (train.test(i)) idx.add(i);
        List<String> groups = idx.stream().map(i -> t.cases.get(i).group()).toList();
        if (new java.util.HashSet<>(groups).size() < 2) return base;
        GroupedFolds inner = new GroupedFolds(groups, INNER_FOLDS, foldSeed);
        int k = members.length + 1;
        double[] a = new double[k];
        double[][] b = new double[k][k];
        for (int f = 0; f < inner.folds(); f++) {
            int fold = f;
            java.util.Set<Integer> innerTrain = new java.util.HashSet<>();
            for (int q = 0; q < idx.size(); q++) if (inner.foldOf(q) != fold) innerTrain.add(idx.get(q));
            Fit fi = fitBase(t, innerTrain::contains);
            for (int q = 0; q < idx.size(); q++) {
                if (inner.foldOf(q) != fold) continue;
                int i = idx.get(q);
                PredictiveSample[] parts = memberSamples(t, fi, members, i);
                double y = t.cases.get(i).outcome();
                for (int m = 0; m < k; m++) {
                    a[m] += parts[m].meanAbsoluteError(y);
                    for (int l = m; l < k; l++) {
                        double d = parts[m].meanAbsoluteDifference(parts[l]);
                        b[m][l] += d;
                        if (l != m) b[l][m] += d;
                    }
                }
            }
        }
        double n = idx.size();
        double[] best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double[] w : simplex(k, 10)) {
            double loss = 0;
            for (int m = 0; m < k; m++) {
                loss += w[m] * a[m] / n + RIDGE * (w[m] - 1.0 / k) * (w[m] - 1.0 / k);
                for (int l = 0; l < k; l++) loss -= 0.5 * w[m] * w[l] * b[m][l] / n;
            }
            if (loss < bestLoss - 1e-12) { bestLoss = loss; best = w; }
        }
        return new Fit(base.calibration(), base.climatology(), best);
    }

    private Fit fitBase(PointTable t, IntPredicate train) {
        int m = t.names.length;
        ResidualCalibration[] cal = new ResidualCalibration[m];
        List<Double> outcomes = new ArrayList<>();
        for (int i = 0; i < t.cases.size(); i++) if (train.test(i)) outcomes.add(t.cases.get(i).outcome());
        for (int j = 0; j < m; j++) {
            List<ResidualCalibration.Residual> res = new ArrayList<>();
            for (int i = 0; i < t.cases.size(); i++)
                if (train.test(i)) res.add(new ResidualCalibration.Residual(t.rule[i], t.point[j][i], t.spread[i], t.cases.get(i).outcome()));
            cal[j] = ResidualCalibration.fit(res, outcomes.size() + " training issues");
        }
        return new Fit(cal, PredictiveSample.of(outcomes.stream().mapToDouble(Double::doubleValue).toArray()), null);
    }

    private static int[] members(PointTable t) {
        return MEMBERS.stream().mapToInt(t::index).filter(j -> j >= 0).toArray();
    }

    private static PredictiveSample[] memberSamples(PointTable t, Fit fit, int[] members, int i) {
        PredictiveSample[] parts = new PredictiveSample[members.length + 1];
        for (int m = 0; m < members.length; m++) parts[m] = fit.calibration()[members[m]].predictive(t.point[members[m]][i], t.spread[i], t.rule[i]);
        parts[members.length] = fit.climatology();
        return parts;
    }

    /** Every weight vector on the simplex with coordinates in multiples of 1/steps. */
    static List<double[]> simplex(int k, int steps) {
        List<double[]> out = new ArrayList<>();
        fill(new int[k], 0, steps, out, steps);
        return out;
    }

    private static void fill(int[] c, int at, int left, List<double[]> out, int steps) {
        if (at == c.length - 1) {
            c[at] = left;
            out.add(Arrays.stream(c).mapToDouble(x -> (double) x / steps).toArray());
            return;
        }
        for (int v = 0; v <= left; v++) {
            c[at] = v;
            fill(c, at + 1, left - v, out, steps);
        }
    }

    /** Per scored case and model: CRPS, headline, band hits. Rows: the table's models, climatology, combined. */
    private final class Predictions {
        final PointTable t;
        final String[] names;
        final double[][] crps, headline;
        final boolean[][][] hit;
        final boolean[][] own;
        final double[][] weights, focalWeights;

        Predictions(PointTable t, int n) {
            this.t = t;
            int m = t.names.length + 4;
            names = Arrays.copyOf(t.names, m);
            names[m - 4] = CLIMATOLOGY;
            names[m - 3] = COMBINED;
            names[m - 2] = StackedPoint.NAME;
            names[m - 1] = FocalMixture.NAME;
            crps = new double[m][n];
            headline = new double[m][n];
            hit = new boolean[m][n][LEVELS.length];
            own = new boolean[m][n];
            weights = new double[n][];
            focalWeights = new double[n][];
        }

        void put(int slot, int i, Fit fit) {
            double y = t.cases.get(i).outcome();
            int m = t.names.length;
            for (int j = 0; j < m; j++) {
                PredictiveSample s = fit.calibration()[j].predictive(t.point[j][i], t.spread[i], t.rule[i]);
                record(j, slot, s, t.point[j][i], y);
                own[j][slot] = t.own[j][i];
            }
            record(m, slot, fit.climatology(), fit.climatology().median(), y);
            own[m][slot] = true;
            int[] members = members(t);
            if (fit.mix() != null) {
                PredictiveSample mix = PredictiveSample.mixture(memberSamples(t, fit, members, i), fit.mix());
                double med = mix.median();
                record(m + 1, slot, mix, t.winSet.get(i).map(w -> w.closestTo(med)).orElse(med), y);
                weights[slot] = fit.mix();
            } else {
                PredictiveSample s = fit.calibration()[t.index(IN_WINSET)].predictive(t.point[t.index(IN_WINSET)][i], t.spread[i], t.rule[i]);
                record(m + 1, slot, s, t.point[t.index(IN_WINSET)][i], y);
            }
            own[m + 1][slot] = true;
            int comp = t.index(COMPROMISE);
            if (fit.stack() != null) {
                double point = StackedPoint.predict(t, i, fit.stack().beta());
                record(m + 2, slot, fit.stackCalibration().predictive(point, t.spread[i], t.rule[i]), point, y);
            } else {
                record(m + 2, slot, fit.calibration()[comp].predictive(t.point[comp][i], t.spread[i], t.rule[i]), t.point[comp][i], y);
            }
            own[m + 2][slot] = true;
            PredictiveSample focal = FocalMixture.predictive(t, fit.calibration()[comp], fit.focal(), i);
            record(m + 3, slot, focal, focal.median(), y);
            own[m + 3][slot] = true;
            focalWeights[slot] = fit.focal();
        }

        private void record(int row, int slot, PredictiveSample s, double head, double y) {
            crps[row][slot] = s.crps(y);
            headline[row][slot] = head;
            for (int l = 0; l < LEVELS.length; l++) hit[row][slot][l] = s.covers(LEVELS[l], y);
        }
    }

    private PredictiveReport report(PredictiveReport.Scheme scheme, List<ValidationCase> scored, Predictions p) {
        int n = scored.size();
        List<String> groupNames = new ArrayList<>(new java.util.TreeSet<>(scored.stream().map(ValidationCase::group).toList()));
        int[] groupOf = scored.stream().mapToInt(c -> groupNames.indexOf(c.group())).toArray();
        int[][] boot = bootstrap(groupOf, groupNames.size());
        List<PredictiveReport.Row> rows = new ArrayList<>();
        String[] order = orderOf(p.names);
        for (String name : order) {
            int r = Arrays.asList(p.names).indexOf(name);
            boolean obeys = r < p.t.obeys.length ? p.t.obeys[r] : name.equals(COMBINED);
            rows.add(row(name, obeys, p, r, scored, boot));
        }
        boolean[] common = new boolean[n];
        int nCommon = 0;
        for (int i = 0; i < n; i++) {
            boolean all = true;
            // the common subset is the forecast models' (eu-procedure, a validation-only experiment, also needs a proposer)
            for (int r = 0; r < p.own.length; r++) if (!p.names[r].equals(PointTable.CO_DECISION)) all &= p.own[r][i];
            common[i] = all;
            if (all) nCommon++;
        }
        List<PredictiveReport.CommonScore> cs = new ArrayList<>();
        for (String name : order) {
            int r = Arrays.asList(p.names).indexOf(name);
            double c = 0, e = 0;
            for (int i = 0; i < n; i++) if (common[i]) { c += p.crps[r][i]; e += Math.abs(p.headline[r][i] - scored.get(i).outcome()); }
            cs.add(new PredictiveReport.CommonScore(name, nCommon == 0 ? Double.NaN : c / nCommon, nCommon == 0 ? Double.NaN : e / nCommon));
        }
        return new PredictiveReport(scheme, n, resamples, seed, rows, new PredictiveReport.Common(nCommon, cs), defaults(scored, p, rows));
    }

    private static String[] orderOf(String[] names) {
        List<String> o = new ArrayList<>();
        o.add(CLIMATOLOGY);
        o.add(COMPROMISE);
        for (String s : names) if (!o.contains(s)) o.add(s);
        return o.toArray(String[]::new);
    }


    private static String note(String name) {
        return switch (name) {
            case CLIMATOLOGY -> "Reference: the empirical distribution of the training outcomes; headline its median.";
            case COMPROMISE -> "Reference: the capability x salience weighted mean with residuals learned on the training issues.";
            case String n when n.endsWith(IN_WINSET_SUFFIX) -> "The " + n.substring(0, n.length() - IN_WINSET_SUFFIX.length())
                    + " point moved to the nearest point of the win-set of the status quo (its forecast headline), with its learned residuals.";
            case PointTable.CO_DECISION -> "Validation only: the EU's ordinary legislative procedure, the proposer (Commission) as agenda setter getting the point nearest its ideal that the Council's rule and every actor without a Council vote (the Parliament) prefer to the reference point, with its learned residuals.";
            case StackedPoint.NAME -> "Validation only: the compromise plus a ridge regression of its error on the models' points, the reference point and the rule (penalty chosen by inner grouped CV), with residuals from that inner CV; ignores the rule.";
            case FocalMixture.NAME -> "Validation only: a mixture of the calibrated compromise, point masses at the proposer's position (the proposal where no proposer is named), the reference point, 0, 50 and 100, and the actors' positions weighted by capability x salience; weights minimise the training issues' CRPS; headline its median; ignores the rule.";
            case COMBINED -> "A mixture of the calibrated compromise, win-set, Nash, expected-utility and climatology distributions, weights fitted by inner grouped CV; headline its median moved into the win-set.";
            default -> "The model's point with residuals learned on the training issues, per rule.";
        };
    }

    private PredictiveReport.Row row(String name, boolean obeys, Predictions p, int r, List<ValidationCase> scored, int[][] boot) {
        int n = scored.size(), own = 0, nu = 0;
        double crps = 0, abs = 0, sq = 0, absU = 0;
        double[] err = new double[n], cal = new double[LEVELS.length];
        for (int i = 0; i < n; i++) {
            double e = Math.abs(p.headline[r][i] - scored.get(i).outcome());
            err[i] = e;
            crps += p.crps[r][i];
            abs += e;
            sq += e * e;
            if (scored.get(i).unanimity()) { absU += e; nu++; }
            if (p.own[r][i]) own++;
            for (int l = 0; l < LEVELS.length; l++) if (p.hit[r][i][l]) cal[l]++;
        }
        for (int l = 0; l < LEVELS.length; l++) cal[l] /= n;
        boolean needsReference = name.equals("win-set") || name.equals("nash-bargaining") || name.endsWith(IN_WINSET_SUFFIX)
                || name.equals(PointTable.CO_DECISION);
        String fallback = own == n ? "" : needsReference
                ? "the compromise point on the " + (n - own) + " issues without a reference point"
                : "the plain mean of positions on the " + (n - own) + " issues it could not predict";
        return new PredictiveReport.Row(name, name.equals(CLIMATOLOGY) || name.equals(COMPROMISE), obeys, n, own, fallback,
                crps / n, ci(p.crps[r], boot), cal[4], cal[8], abs / n, ci(err, boot), Math.sqrt(sq / n),
                nu == 0 ? OptionalDouble.empty() : OptionalDouble.of(absU / nu), cal, vsCompromise(p, r, boot),
                name.equals(FocalMixture.NAME) ? note(name) + meanWeights(p.focalWeights) : note(name));
    }

    /** The paired difference of CRPS against the compromise's, issue by issue, with its proposal-bootstrap interval. */
    private double[] vsCompromise(Predictions p, int r, int[][] boot) {
        int c = Arrays.asList(p.names).indexOf(COMPROMISE);
        double[] d = new double[p.crps[r].length];
        double mean = 0;
        for (int i = 0; i < d.length; i++) { d[i] = p.crps[r][i] - p.crps[c][i]; mean += d[i] / d.length; }
        double[] ci = ci(d, boot);
        return new double[] {mean, ci[0], ci[1]};
    }

    /** " Mean weights over the scored issues' fits: part w, ...". */
    private static String meanWeights(double[][] perIssue) {
        double[] mean = new double[FocalMixture.PARTS.size()];
        int n = 0;
        for (double[] w : perIssue) if (w != null) { n++; for (int k = 0; k < mean.length; k++) mean[k] += w[k]; }
        if (n == 0) return "";
        StringBuilder sb = new StringBuilder(" Mean weights:");
        for (int k = 0; k < mean.length; k++)
            sb.append(k == 0 ? " " : ", ").append(FocalMixture.PARTS.get(k)).append(' ').append(String.format(java.util.Locale.ROOT, "%.2f", mean[k] / n));
        return sb.append('.').toString();
    }

    /** Resamples of proposals: each row lists how many times each group is drawn. */
    private int[][] bootstrap(int[] groupOf, int groups) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] counts = new int[resamples][groups];
        for (int b = 0; b < resamples; b++) for (int g = 0; g < groups; g++) counts[b][rng.nextInt(groups)]++;
        int[][] out = new int[resamples + 1][];
        System.arraycopy(counts, 0, out, 0, resamples);
        out[resamples] = groupOf;
        return out;
    }

    /** Percentile 95 % interval of the mean of {@code values} over proposal resamples. */
    private double[] ci(double[] values, int[][] boot) {
        int[] groupOf = boot[resamples];
        int groups = boot[0].length;
        double[] sum = new double[groups];
        int[] cnt = new int[groups];
        for (int i = 0; i < values.length; i++) { sum[groupOf[i]] += values[i]; cnt[groupOf[i]]++; }
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            long c = 0;
            for (int g = 0; g < groups; g++) { s += boot[b][g] * sum[g]; c += (long) boot[b][g] * cnt[g]; }
            means[b] = s / c;
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

    private static List<PredictiveReport.RuleDefault> defaults(List<ValidationCase> scored, Predictions p, List<PredictiveReport.Row> rows) {
        TreeMap<String, List<Integer>> byRule = new TreeMap<>();
        for (int i = 0; i < scored.size(); i++) byRule.computeIfAbsent(scored.get(i).issue().rule().code(), k -> new ArrayList<>()).add(i);
        List<PredictiveReport.RuleDefault> out = new ArrayList<>();
        byRule.forEach((rule, idx) -> {
            String best = null;
            double bestCrps = Double.POSITIVE_INFINITY;
            for (PredictiveReport.Row row : rows) {
                if (!row.obeysRule() || row.name().equals(COMBINED) || row.name().equals(PointTable.CO_DECISION)) continue;
                int r = Arrays.asList(p.names).indexOf(row.name());
                double c = idx.stream().mapToDouble(i -> p.crps[r][i]).average().orElseThrow();
                if (c < bestCrps) { bestCrps = c; best = row.name(); }
            }
            if (best != null)
                out.add(new PredictiveReport.RuleDefault(rule, best, bestCrps, idx.size(),
                        "lowest held-out CRPS on the " + idx.size() + " " + rule + " issues among the forecast models' headlines, which obey the rule"
                                + " (the combination is scored but not offered as a forecast model)"));
        });
        return out;
    }
}
