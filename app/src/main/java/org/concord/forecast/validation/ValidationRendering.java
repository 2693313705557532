package org.concord.forecast.validation;

import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a {@link ValidationReport} as JSON or as a plain-text table, for the CLI and the HTTP layer. */
public final class ValidationRendering {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ValidationRendering() {}

    /**
     * {@code {"models":[{"name":"compromise","n":8,"mae":..,"rmse":..,"maeUnanimity":..,"maeCi":[lo,hi]}, ...]}};
     * a model that scored nothing has {@code n} 0 and nulls; {@code maeUnanimity} is null without unanimity issues.
     */
    public static String json(ValidationReport report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode models = root.putArray("models");
        for (ModelScore s : report.scores()) {
            ObjectNode m = models.addObject();
            m.put("name", s.name());
            switch (s) {
                case ModelScore.Scored sc -> {
                    m.put("n", sc.n());
                    m.put("mae", sc.mae());
                    m.put("rmse", sc.rmse());
                    if (sc.maeUnanimity().isPresent()) m.put("maeUnanimity", sc.maeUnanimity().getAsDouble());
                    else m.putNull("maeUnanimity");
                    m.putArray("maeCi").add(sc.maeCiLow()).add(sc.maeCiHigh());
                }
                case ModelScore.Unscored u -> {
                    m.put("n", 0);
                    m.putNull("mae");
                    m.putNull("rmse");
                    m.putNull("maeUnanimity");
                    m.putNull("maeCi");
                }
            }
        }
        return root.toString();
    }

    /** A fixed-width table, one line per model, then skip counts and the ensemble verdict. */
    static String table(ValidationReport report) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-18s %4s %7s %7s %9s %17s %7s%n", "model", "n", "MAE", "RMSE", "MAE unan.", "MAE 95% CI", "skipped"));
        for (ModelScore s : report.scores()) {
            switch (s) {
                case ModelScore.Scored sc -> b.append(String.format(Locale.ROOT, "%-18s %4d %7.2f %7.2f %9s %17s %7d%n", sc.name(), sc.n(),
                        sc.mae(), sc.rmse(), sc.maeUnanimity().isPresent() ? String.format(Locale.ROOT, "%.2f", sc.maeUnanimity().getAsDouble()) : "-",
                        String.format(Locale.ROOT, "[%.2f, %.2f]", sc.maeCiLow(), sc.maeCiHigh()), sc.skips().size()));
                case ModelScore.Unscored u -> b.append(String.format(Locale.ROOT, "%-18s %4d %7s %7s %9s %17s %7d%n", u.name(), 0, "-", "-", "-", "-",
                        u.skips().size()));
            }
        }
        b.append(String.format(Locale.ROOT, "%d issues; bootstrap %d resamples, seed %d%n", report.issues(), report.resamples(), report.seed()));
        b.append(switch (report.verdict()) {
            case EnsembleVerdict.UseEnsemble e -> String.format(Locale.ROOT,
                    "Use the ensemble: MAE %.2f vs %.2f for %s on %d issues all models predicted; weights %s%n",
                    e.ensembleMae(), e.bestSingleMae(), e.bestSingle(), e.issues(), e.weights());
            case EnsembleVerdict.UseBestSingle u -> String.format(Locale.ROOT,
                    "Use %s: MAE %.2f vs %.2f for the ensemble on %d issues all models predicted%n",
                    u.bestSingle(), u.bestSingleMae(), u.ensembleMae(), u.issues());
            case EnsembleVerdict.Undecided u -> "No ensemble verdict: " + u.reason() + System.lineSeparator();
        });
        return b.toString();
    }
}
