package org.concord.forecast.validation;

import java.io.Reader;
import java.util.List;

import org.concord.forecast.model.OutcomeModel;

/** The validation use case: read the CSV files, refuse them whole if any row is bad, else score the models' predictive distributions. */
public final class ForecastValidation {
    /** Bootstrap resamples when the caller names none. */
    public static final int DEFAULT_RESAMPLES = 2000;
    /** Folds of the predictive cross-validation when the caller names none. */
    public static final int DEFAULT_FOLDS = PredictiveValidation.DEFAULT_FOLDS;

    /** What a predictive validation gave: the report, or every error of the first bad file (and nothing scored). */
    public sealed interface PredictiveOutcome permits PredictiveScored, PredictiveRejected { }

    /** @param report the scores */
    public record PredictiveScored(PredictiveReport report) implements PredictiveOutcome { }

    /**
     * @param file   the file as named by the caller
     * @param errors every bad row, with line, field and reason
     */
    public record PredictiveRejected(String file, List<RowError> errors) implements PredictiveOutcome {
        public PredictiveRejected { errors = List.copyOf(errors); }
    }

    /**
     * A training file for {@link #runPredictive}.
     *
     * @param name the file as named by the caller
     * @param csv  its text, not closed
     */
    public record Training(String name, Reader csv) { }

    private ForecastValidation() {}

    /**
     * Scores calibrated predictive distributions (see {@link PredictiveValidation}): grouped cross-validation on
     * {@code csv}, or, with a training file, fitted on it only and scored on {@code csv}.
     *
     * @param name         the scored file as named by the caller
     * @param csv          its CSV text, must not be null; not closed
     * @param training     the training file, or empty for cross-validation
     * @param qmvThreshold vote share a QMV issue needs, in (0.5, 1]
     * @param models       the single models, e.g. {@link org.concord.forecast.model.ForecastModels#standard()}
     * @param folds        folds of the cross-validation, at least 2
     * @param resamples    bootstrap resamples
     * @param seed         seed of the folds and the bootstrap
     * @throws IllegalArgumentException if cross-validation finds fewer than two proposals, or training fewer than two issues
     */
    public static PredictiveOutcome runPredictive(String name, Reader csv, java.util.Optional<Training> training, double qmvThreshold,
                                                  List<OutcomeModel> models, int folds, int resamples, long seed) {
        ValidationCsv reader = new ValidationCsv(qmvThreshold);
        List<ValidationCase> train = null;
        if (training.isPresent()) {
            switch (reader.read(training.get().csv())) {
                case ValidationCsv.Rejected r -> { return new PredictiveRejected(training.get().name(), r.errors()); }
                case ValidationCsv.Accepted a -> train = a.cases();
            }
        }
        List<ValidationCase> cases;
        switch (reader.read(csv)) {
            case ValidationCsv.Rejected r -> { return new PredictiveRejected(name, r.errors()); }
            case ValidationCsv.Accepted a -> cases = a.cases();
        }
        PredictiveValidation v = new PredictiveValidation(models, resamples, seed);
        return new PredictiveScored(train == null ? v.crossValidate(cases, folds) : v.trainTest(train, training.get().name(), cases));
    }
}
