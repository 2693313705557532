package org.concord.forecast.validation;

import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a {@link PredictiveReport} as JSON or as a plain-text report, for the CLI. */
public final class PredictiveRendering {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PredictiveRendering() {}

    /**
     * {@code {"scheme":{..},"issues":..,"bootstrap":{..},"models":[{"name","n","crps","coverage50","coverage90","mae",..}],
     * "climatology":{same fields},"common":{"n":..,"models":[..]},"defaults":[..]}}.
     */
    public static String json(PredictiveReport report) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode scheme = root.putObject("scheme");
        switch (report.scheme()) {
            case PredictiveReport.CrossValidated cv -> {
                scheme.put("cv", "proposal");
                scheme.put("folds", cv.folds());
                scheme.put("groups", cv.groups());
                scheme.put("seed", cv.seed());
            }
            case PredictiveReport.TrainTest tt -> {
                scheme.put("train", tt.training());
                scheme.put("trainingIssues", tt.trainingCases());
            }
        }
        root.put("issues", report.issues());
        ObjectNode boot = root.putObject("bootstrap");
        boot.put("resamples", report.resamples());
        boot.put("seed", report.seed());
        boot.put("resampling", "proposals");
        ArrayNode models = root.putArray("models");
        for (PredictiveReport.Row r : report.models()) row(models.addObject(), r);
        row(root.putObject("climatology"), report.row("climatology"));
        ObjectNode common = root.putObject("common");
        common.put("n", report.common().n());
        ArrayNode cm = common.putArray("models");
        for (PredictiveReport.CommonScore s : report.common().scores()) {
            ObjectNode o = cm.addObject();
            o.put("name", s.name());
            number(o, "crps", s.crps());
            number(o, "mae", s.mae());
        }
        ArrayNode defaults = root.putArray("defaults");
        for (PredictiveReport.RuleDefault d : report.defaults()) {
            ObjectNode o = defaults.addObject();
            o.put("rule", d.rule());
            o.put("model", d.model());
            o.put("forecastModel", d.forecastModel());
            o.put("crps", d.crps());
            o.put("n", d.n());
            o.put("why", d.why());
        }
        return root.toString();
    }

    private static void row(ObjectNode m, PredictiveReport.Row r) {
        m.put("name", r.name());
        m.put("n", r.n());
        m.put("crps", r.crps());
        m.put("coverage50", r.coverage50());
        m.put("coverage90", r.coverage90());
        m.put("mae", r.mae());
        m.put("reference", r.reference());
        m.put("obeysRule", r.obeysRule());
        m.put("own", r.own());
        if (r.fallback().isEmpty()) m.putNull("fallback"); else m.put("fallback", r.fallback());
        m.putArray("crpsCi").add(r.crpsCi()[0]).add(r.crpsCi()[1]);
        m.putArray("maeCi").add(r.maeCi()[0]).add(r.maeCi()[1]);
        m.put("rmse", r.rmse());
        if (r.maeUnanimity().isPresent()) m.put("maeUnanimity", r.maeUnanimity().getAsDouble()); else m.putNull("maeUnanimity");
        ArrayNode cal = m.putArray("calibration");
        for (int l = 0; l < PredictiveValidation.LEVELS.length; l++) {
            ObjectNode c = cal.addObject();
            c.put("level", PredictiveValidation.LEVELS[l]);
            c.put("coverage", r.calibration()[l]);
        }
        m.putArray("crpsVsCompromise").add(r.crpsVsCompromise()[0]).add(r.crpsVsCompromise()[1]).add(r.crpsVsCompromise()[2]);
        m.put("note", r.note());
    }

    private static void number(ObjectNode o, String field, double x) {
        if (Double.isNaN(x)) o.putNull(field); else o.put(field, x);
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
