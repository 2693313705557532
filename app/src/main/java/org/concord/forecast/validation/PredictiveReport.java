package org.concord.forecast.validation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How the calibrated predictive distributions of each model scored on held-out issues.
 *
 * @param scheme    how training and test were split, in words and figures
 * @param issues    issues scored
 * @param resamples bootstrap resamples (over proposals) behind each interval
 * @param seed      seed of the folds and the bootstrap
 * @param models    one row per model, in a fixed order, the references (climatology, compromise) included
 * @param common    the issues every model scored with its own point (no fallback), and each model's scores there
 * @param defaults  per rule, the model with the best CRPS among those whose headline obeys the rule
 */
public record PredictiveReport(Scheme scheme, int issues, int resamples, long seed, List<Row> models, Common common,
                               List<RuleDefault> defaults) {
    public PredictiveReport {
        Objects.requireNonNull(scheme, "scheme");
        models = List.copyOf(models);
        Objects.requireNonNull(common, "common");
        defaults = List.copyOf(defaults);
    }

    /** How the cases were split. */
    public sealed interface Scheme permits CrossValidated, TrainTest { }

    /**
     * @param folds  folds used
     * @param groups distinct proposals
     * @param seed   seed of the fold assignment
     */
    public record CrossValidated(int folds, int groups, long seed) implements Scheme { }

    /**
     * @param training      the training file as named
     * @param trainingCases issues in it
     */
    public record TrainTest(String training, int trainingCases) implements Scheme { }

    /**
     * One model.
     *
     * @param name        the model's name
     * @param reference   whether it is a reference row (climatology, the point compromise)
     * @param obeysRule   whether its headline lies in what the rule lets pass (where the issue has a reference point)
     * @param n           issues scored
     * @param own         issues scored with the model's own point (the rest with the stated fallback)
     * @param fallback    what it does where it cannot speak, or empty
     * @param crps        mean CRPS, scale points
     * @param crpsCi      95 % bootstrap interval of the mean CRPS, [low, high]
     * @param coverage50  share of outcomes in the central 50 % band
     * @param coverage90  share in the central 90 % band
     * @param mae         mean absolute error of the headline point
     * @param maeCi       95 % bootstrap interval of the MAE
     * @param rmse        root mean squared error of the headline
     * @param maeUnanimity MAE on the unanimity issues, empty without any
     * @param calibration share of outcomes inside the central band at each level of {@link PredictiveValidation#LEVELS}
     * @param crpsVsCompromise the mean of (this model's CRPS - the compromise's CRPS) over the same issues, with the 95 %
     *                    bootstrap interval of that paired difference: [mean, low, high]; an edge is real only if the
     *                    interval excludes 0
     * @param note        how the model's distribution is made, one sentence
     */
    public record Row(String name, boolean reference, boolean obeysRule, int n, int own, String fallback, double crps,
                      double[] crpsCi, double coverage50, double coverage90, double mae, double[] maeCi, double rmse,
                      OptionalDouble maeUnanimity, double[] calibration, double[] crpsVsCompromise, String note) {
        public Row {
            Objects.requireNonNull(name, "name");
            if (n < 1) throw new IllegalArgumentException("n must be at least 1, was " + n);
            if (!(crps >= 0 && mae >= 0)) throw new IllegalArgumentException("CRPS and MAE must be at least 0, were " + crps + ", " + mae);
            if (!(coverage50 >= 0 && coverage50 <= 1 && coverage90 >= 0 && coverage90 <= 1))
                throw new IllegalArgumentException("coverages must be shares, were " + coverage50 + ", " + coverage90);
            crpsCi = crpsCi.clone();
            maeCi = maeCi.clone();
            calibration = calibration.clone();
            if (crpsVsCompromise.length != 3) throw new IllegalArgumentException("crpsVsCompromise is [mean, low, high]");
            crpsVsCompromise = crpsVsCompromise.clone();
        }
    }

    /**
     * @param n      issues every model scored with its own point
     * @param scores per model, in the order of {@link #models}: name, CRPS and MAE on those issues
     */
    public record Common(int n, List<CommonScore> scores) {
        public Common { scores = List.copyOf(scores); }
    }

    public record CommonScore(String name, double crps, double mae) { }

    /**
     * @param rule  the rule's code
     * @param model the default model for it
     * @param crps  its CV CRPS on the issues of that rule
     * @param n     issues of that rule
     * @param why   one sentence
     */
    public record RuleDefault(String rule, String model, double crps, int n, String why) {
        /** The forecast model whose headline the row scores: the row's name without {@code -in-winset}. */
        public String forecastModel() {
            return model.endsWith(PredictiveValidation.IN_WINSET_SUFFIX)
                    ? model.substring(0, model.length() - PredictiveValidation.IN_WINSET_SUFFIX.length()) : model;
        }
    }

    /** The row of the named model. @throws IllegalArgumentException if there is none */
    public Row row(String name) {
        return models.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + name + " in the report"));
    }
}
