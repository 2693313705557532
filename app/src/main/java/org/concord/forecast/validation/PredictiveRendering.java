package org.concord.forecast.validation;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Renders a {@link PredictiveReport} as JSON or as a plain-text report, for the CLI and the HTTP API. */
public final class PredictiveRendering {
    /** Nulls are written (a model without a fallback says {@code "fallback":null}), except a scheme's absent fields. */
    private static final ObjectMapper JSON = jsonMapper();

    private static ObjectMapper jsonMapper() {
        ObjectMapper m = new ObjectMapper();
        m.configOverride(PredictiveReportData.ValidationScheme.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        return m;
    }

    private PredictiveRendering() {}

    /**
     * {@code {"scheme":{..},"issues":..,"bootstrap":{..},"models":[{"name","n","crps","coverage50","coverage90","mae",..}],
     * "climatology":{same fields},"common":{"n":..,"models":[..]},"defaults":[..]}}: {@link PredictiveReportData}, the one
     * JSON of the report for the CLI and the HTTP API.
     */
    public static String json(PredictiveReport report) {
        try {
            return JSON.writeValueAsString(PredictiveReportData.of(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the predictive report cannot be written as JSON", e);
        }
    }

    /** The scores table, the calibration table, the common-subset ranking and the default per rule. */
    public static String table(PredictiveReport report) {
        StringBuilder b = new StringBuilder();
        b.append(switch (report.scheme()) {
            case PredictiveReport.CrossValidated cv -> String.format(Locale.ROOT,
                    "%d issues, cross-validated grouped by proposal: %d folds over %d proposals, seed %d%n", report.issues(), cv.folds(), cv.groups(), cv.seed());
            case PredictiveReport.TrainTest tt -> String.format(Locale.ROOT,
                    "%d issues scored; everything fitted on %s only (%d issues)%n", report.issues(), tt.training(), tt.trainingCases());
        });
        b.append(String.format(Locale.ROOT, "%-26s %4s %4s %6s %15s %5s %5s %6s %15s %6s  %s%n", "model", "n", "own", "CRPS", "CRPS 95% CI",
                "cov50", "cov90", "MAE", "MAE 95% CI", "rule", "role"));
        for (PredictiveReport.Row r : report.models())
            b.append(String.format(Locale.ROOT, "%-26s %4d %4d %6.2f %15s %5.2f %5.2f %6.2f %15s %6s  %s%n", r.name(), r.n(), r.own(), r.crps(),
                    ci(r.crpsCi()), r.coverage50(), r.coverage90(), r.mae(), ci(r.maeCi()), r.obeysRule() ? "obeys" : "-",
                    r.reference() ? "reference" : "model"));
        b.append(String.format(Locale.ROOT, "Intervals: bootstrap over proposals, %d resamples, seed %d. CRPS and MAE in scale points (0-100).%n",
                report.resamples(), report.seed()));
        for (PredictiveReport.Row r : report.models())
            if (!r.fallback().isEmpty()) b.append("  ").append(r.name()).append(" falls back to ").append(r.fallback()).append(System.lineSeparator());
        b.append("CRPS minus the compromise's on the same issues (paired; an edge is real only if its interval excludes 0):")
                .append(System.lineSeparator());
        for (PredictiveReport.Row r : report.models())
            if (!r.name().equals("compromise"))
                b.append(String.format(Locale.ROOT, "  %-26s %+6.2f [%+.2f, %+.2f]%n", r.name(), r.crpsVsCompromise()[0],
                        r.crpsVsCompromise()[1], r.crpsVsCompromise()[2]));
        b.append(System.lineSeparator()).append("Calibration: share of outcomes inside the central band").append(System.lineSeparator());
        b.append(String.format(Locale.ROOT, "%-26s", "band"));
        for (double l : PredictiveValidation.LEVELS) b.append(String.format(Locale.ROOT, " %5.0f%%", l * 100));
        b.append(System.lineSeparator());
        for (PredictiveReport.Row r : report.models()) {
            b.append(String.format(Locale.ROOT, "%-26s", r.name()));
            for (double c : r.calibration()) b.append(String.format(Locale.ROOT, " %5.1f%%", c * 100));
            b.append(System.lineSeparator());
        }
        b.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                "On the %d issues every model scored with its own point:%n", report.common().n()));
        for (PredictiveReport.CommonScore s : report.common().scores())
            b.append(String.format(Locale.ROOT, "  %-26s CRPS %6.2f  MAE %6.2f%n", s.name(), s.crps(), s.mae()));
        b.append(System.lineSeparator());
        for (PredictiveReport.RuleDefault d : report.defaults())
            b.append(String.format(Locale.ROOT, "Default for %s: %s, forecast model %s (CRPS %.2f): %s%n", d.rule(), d.model(),
                    d.forecastModel(), d.crps(), d.why()));
        return b.toString();
    }

    private static String ci(double[] ci) { return String.format(Locale.ROOT, "[%.2f, %.2f]", ci[0], ci[1]); }
}
