package org.concord.forecast.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link PredictiveReport} as it travels: the JSON of {@code concord forecast validate --format json} and of
 * {@code POST /api/v1/forecasts/validate}, field for field (the OpenAPI schema is generated from these records).
 * Components that can be null are written as null; {@link ValidationScheme}'s absent fields are left out.
 *
 * @param scheme      how training and test were split
 * @param issues      issues scored
 * @param bootstrap   how the confidence intervals were drawn
 * @param models      one row per model, the references included, in a fixed order
 * @param climatology the climatology reference row again, for readers that want only it
 * @param common      the issues every model scored with its own point, and each model's scores there
 * @param defaults    per rule, the model with the best CRPS among those whose headline obeys the rule
 */
public record PredictiveReportData(ValidationScheme scheme, int issues, BootstrapData bootstrap, List<ModelScores> models,
                                   ModelScores climatology, CommonSubset common, List<RuleDefaultData> defaults) {
    public PredictiveReportData {
        Objects.requireNonNull(scheme, "scheme");
        models = List.copyOf(models);
        defaults = List.copyOf(defaults);
    }

    /**
     * Cross-validation ({@code cv}, {@code folds}, {@code groups}, {@code seed}) or a training file ({@code train},
     * {@code trainingIssues}); the fields of the other scheme are absent.
     */
    public record ValidationScheme(String cv, Integer folds, Integer groups, Long seed, String train, Integer trainingIssues) { }

    /** @param resamples bootstrap resamples; @param seed their seed; @param resampling what is resampled ({@code proposals}) */
    public record BootstrapData(int resamples, long seed, String resampling) { }

    /**
     * One model's scores; see {@link PredictiveReport.Row}. {@code fallback} and {@code maeUnanimity} are null when there
     * is none; {@code crpsCi} and {@code maeCi} are [low, high]; {@code crpsVsCompromise} is [mean, low, high].
     */
    public record ModelScores(String name, int n, double crps, double coverage50, double coverage90, double mae, boolean reference,
                              boolean obeysRule, int own, String fallback, List<Double> crpsCi, List<Double> maeCi, double rmse,
                              Double maeUnanimity, List<CalibrationLevel> calibration, List<Double> crpsVsCompromise, String note) { }

    /** @param level a central band, e.g. 0.5; @param coverage the share of outcomes inside it */
    public record CalibrationLevel(double level, double coverage) { }

    /** @param n issues every model scored with its own point; @param models each model's scores there */
    public record CommonSubset(int n, List<CommonScores> models) { }

    /** CRPS and MAE on the common issues; null where the model scored none of them. */
    public record CommonScores(String name, Double crps, Double mae) { }

    /** The default model for a rule: the scored row {@code model}, the forecast model it stands for, its CRPS and why. */
    public record RuleDefaultData(String rule, String model, String forecastModel, double crps, int n, String why) { }

    static PredictiveReportData of(PredictiveReport report) {
        ValidationScheme scheme = switch (report.scheme()) {
            case PredictiveReport.CrossValidated cv -> new ValidationScheme("proposal", cv.folds(), cv.groups(), cv.seed(), null, null);
            case PredictiveReport.TrainTest tt -> new ValidationScheme(null, null, null, null, tt.training(), tt.trainingCases());
        };
        List<ModelScores> models = report.models().stream().map(PredictiveReportData::row).toList();
        List<CommonScores> common = report.common().scores().stream()
                .map(s -> new CommonScores(s.name(), orNull(s.crps()), orNull(s.mae()))).toList();
        List<RuleDefaultData> defaults = report.defaults().stream()
                .map(d -> new RuleDefaultData(d.rule(), d.model(), d.forecastModel(), d.crps(), d.n(), d.why())).toList();
        return new PredictiveReportData(scheme, report.issues(), new BootstrapData(report.resamples(), report.seed(), "proposals"), models,
                row(report.row("climatology")), new CommonSubset(report.common().n(), common), defaults);
    }

    private static ModelScores row(PredictiveReport.Row r) {
        List<CalibrationLevel> calibration = new ArrayList<>();
        for (int l = 0; l < PredictiveValidation.LEVELS.length; l++)
            calibration.add(new CalibrationLevel(PredictiveValidation.LEVELS[l], r.calibration()[l]));
        return new ModelScores(r.name(), r.n(), r.crps(), r.coverage50(), r.coverage90(), r.mae(), r.reference(), r.obeysRule(), r.own(),
                r.fallback().isEmpty() ? null : r.fallback(), List.of(r.crpsCi()[0], r.crpsCi()[1]), List.of(r.maeCi()[0], r.maeCi()[1]),
                r.rmse(), r.maeUnanimity().isPresent() ? r.maeUnanimity().getAsDouble() : null, calibration,
                List.of(r.crpsVsCompromise()[0], r.crpsVsCompromise()[1], r.crpsVsCompromise()[2]), r.note());
    }

    private static Double orNull(double x) { return Double.isNaN(x) ? null : x; }
}
