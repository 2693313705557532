package org.concord.forecast.validation;

import java.io.Reader;
import java.util.List;

import org.concord.forecast.model.OutcomeModel;

/** The validation use case: read a CSV, refuse it whole if any row is bad, else score the models. */
public final class ForecastValidation {

    /** What the validation gave: the report, or every error in the file (and nothing scored). */
    public sealed interface Outcome permits Scored, Rejected { }

    /** @param report the scores */
    public record Scored(ValidationReport report) implements Outcome { }

    /** @param errors every bad row, with line, field and reason */
    public record Rejected(List<RowError> errors) implements Outcome {
        public Rejected { errors = List.copyOf(errors); }
    }

    private ForecastValidation() {}

    /**
     * @param csv          the CSV text, must not be null; not closed
     * @param qmvThreshold vote share a QMV issue needs, in (0.5, 1] (CLI: {@code --qmv-threshold}, default
     *                     {@link ValidationCsv#DEFAULT_QMV_THRESHOLD})
     * @param models       the single models to score, e.g. {@link org.concord.forecast.model.ForecastModels#standard()}
     * @param resamples    bootstrap resamples (default {@link ModelValidation#DEFAULT_RESAMPLES})
     * @param seed         bootstrap seed
     */
    public static Outcome run(Reader csv, double qmvThreshold, List<OutcomeModel> models, int resamples, long seed) {
        return switch (new ValidationCsv(qmvThreshold).read(csv)) {
            case ValidationCsv.Rejected r -> new Rejected(r.errors());
            case ValidationCsv.Accepted a -> new Scored(new ModelValidation(resamples, seed).validate(a.cases(), models));
        };
    }
}
