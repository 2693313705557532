package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.ForecastRequestData;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.ForecastSummary;
import org.concord.forecast.application.IssueData;
import org.concord.forecast.application.IssueView;
import org.concord.forecast.model.IssueId;
import org.concord.forecast.validation.ForecastValidation;
import org.concord.forecast.validation.ValidationCsv;
import org.concord.forecast.validation.PredictiveRendering;
import org.concord.forecast.validation.PredictiveReportData;
import org.concord.intel.StanceData;
import org.concord.intel.StanceService;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violation;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.concord.web.Route.Param;

/** The forecasting routes: issues, reported stances, forecasts and model validation; thin handlers over the services. */
final class ForecastApi {
    static final String MULTIPART = "multipart/form-data";
    /** The parts of a multipart validation request: the cases scored and the file everything is fitted on. */
    static final String CASES = "cases", TRAIN = "train";
    private static final String CV_PROPOSAL = "proposal";

    private final ForecastService forecasts;
    private final StanceService stances;
    private final Principals principals;

    ForecastApi(ForecastService forecasts, StanceService stances, Principals principals) {
        this.forecasts = forecasts;
        this.stances = stances;
        this.principals = principals;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/issues", "listIssues", "forecast", "Forecast issues: questions on a 0-100 scale",
                        List.of(), null, IssueData.class, true, 200, ctx -> ctx.json(Paging.page(ctx, forecasts.issues(principals.of(ctx)), IssueData::id))),
                new Route(HandlerType.POST, "/api/v1/issues", "defineIssue", "forecast",
                        "Define a forecast issue (analyst or chair): a question on a 0-100 scale, optionally about a decision item",
                        List.of(), IssueData.class, IssueData.class, false, 201, this::defineIssue),
                new Route(HandlerType.GET, "/api/v1/issues/{id}", "getIssue", "forecast",
                        "One issue with every actor's estimated position and the reported stances behind it",
                        List.of(Param.path("id", "issue id, e.g. nmi-end"),
                                Param.on("the stances reported"), Param.on("the stances reported").asOfAlias()),
                        null, IssueView.class, false, 200, this::issue),
                new Route(HandlerType.PATCH, "/api/v1/issues/{id}", "reviseIssue", "forecast",
                        "Revise a forecast issue (analyst or chair): the fields given replace the stored ones; journaled as IssueRevised with what changed, the reason and its sources",
                        List.of(Param.path("id", "issue id, e.g. nmi-end")), org.concord.forecast.application.IssueRevisionData.class,
                        IssueData.class, false, 200, this::reviseIssue),
                new Route(HandlerType.GET, "/api/v1/issues/{id}/what-would-move-it", "whatWouldMoveIt", "forecast",
                        "For each actor, how P(pass) (P(status quo holds) when the proposal is the status quo) and the median change if its position moved by 10 points; nothing stored",
                        unstored(true), null, org.concord.forecast.model.WhatWouldMoveIt.Table.class, false, 200, this::move),
                new Route(HandlerType.GET, "/api/v1/issues/{id}/history.svg", "forecastHistoryChart", "forecast",
                        "The issue's forecast as it read on each day a stance arrived, as a chart (SVG): the odds and the median with its 90% band; nothing stored",
                        unstored(false), null, ForecastChart.Svg.class, false, 200, this::history),
                new Route(HandlerType.GET, "/api/v1/stances", "listStances", "forecast", "Reported stances, by issue and date",
                        List.of(Param.query("issue", "only stances on this issue"), Param.query("actor", "only stances about this actor (ISO3) or group")),
                        null, StanceData.class, true, 200, this::stances),
                new Route(HandlerType.POST, "/api/v1/stances", "recordStance", "forecast",
                        "Record a reported stance (intelligence: it feeds forecasts, never a decision)",
                        List.of(), StanceData.class, StanceData.class, false, 201, this::recordStance),
                new Route(HandlerType.POST, "/api/v1/forecasts", "runForecast", "forecast",
                        "Run a Monte Carlo forecast and store it with its inputs, seed and model version",
                        List.of(), ForecastRequestData.class, ForecastData.class, false, 201, this::run),
                new Route(HandlerType.GET, "/api/v1/forecasts", "listForecasts", "forecast", "Stored forecasts, newest first",
                        List.of(Param.query("issue", "only forecasts of this issue")), null, ForecastSummary.class, true, 200, this::list),
                new Route(HandlerType.GET, "/api/v1/forecasts/{id}", "getForecast", "forecast", "One stored forecast with its inputs and results",
                        List.of(Param.path("id", "the forecast's number")), null, ForecastData.class, false, 200, this::forecast),
                new Route(HandlerType.GET, "/api/v1/forecasts/{id}/chart.svg", "forecastChart", "forecast",
                        "The forecast as a chart (SVG): outcome histogram, 50% and 90% bands, median, status quo and proposal",
                        List.of(Param.path("id", "the forecast's number")), null, ForecastChart.Svg.class, false, 200, this::chart),
                new Route(HandlerType.POST, "/api/v1/forecasts/validate", "validateModels", "forecast",
                        "Score the models' calibrated predictive distributions on past cases, as `concord forecast validate --format json` does: "
                                + "the cases alone as text/csv are cross-validated by proposal; the cases and a training file as multipart/form-data "
                                + "(parts `cases` and `train`) are scored with everything fitted on the training file only. A bad row is named by its "
                                + "part and line and nothing is scored",
                        List.of(Param.query("cv", "cross-validation scheme when no training file is sent: proposal (the only one, and the default)",
                                        List.of(CV_PROPOSAL)),
                                Param.query("folds", "folds of the cross-validation, 2 to 100 (default " + ForecastValidation.DEFAULT_FOLDS
                                        + "; fewer when there are fewer proposals); not with a training file", Map.of("type", "integer", "format", "int32",
                                        "minimum", 2, "maximum", 100)),
                                Param.query("qmvThreshold", "vote share a QMV issue needs, in (0.5, 1] (default 0.74)",
                                        Map.of("type", "number", "exclusiveMinimum", 0.5, "maximum", 1)),
                                Param.query("seed", "seed of the folds and of the bootstrap behind the intervals (default 1)", "int64")),
                        String.class, PredictiveReportData.class, false, 200, this::validate, List.of(Served.CSV, MULTIPART)));
    }

    private static List<Param> unstored(boolean asOf) {
        List<Param> out = new java.util.ArrayList<>(List.of(Param.path("id", "issue id, e.g. nmi-end"),
                Param.query("runs", "draws per forecast (default " + ForecastService.MOVE_RUNS + ")", "int32"),
                Param.query("seed", "seed of the draws (default 1)", "int64"),
                Param.query("model", "compromise, win-set, nash-bargaining or expected-utility (default: the rule's default)")));
        if (asOf) out.add(Param.query("asOf", "weigh the stances as of this date (default today)", "date"));
        return out;
    }

    private ForecastRequestData unstoredRequest(Context ctx, boolean asOf) {
        String id = ctx.pathParam("id");
        long runs = Queries.longValue(ctx, "runs", ForecastService.MOVE_RUNS);
        if (runs < 1 || runs > ForecastService.MAX_RUNS) throw new InvalidInput("runs", "must be 1 to " + ForecastService.MAX_RUNS + ", was " + runs);
        return new ForecastRequestData(id, (int) runs, Queries.longValue(ctx, "seed", ForecastService.DEFAULT_SEED),
                Queries.string(ctx, "model").orElse(null), asOf ? Queries.date(ctx, "asOf").map(Object::toString).orElse(null) : null);
    }

    private void move(Context ctx) {
        var table = forecasts.whatWouldMoveIt(principals.of(ctx), unstoredRequest(ctx, true));
        if (table.isEmpty()) {
            Problems.write(ctx, 422, "no-odds", "No odds to move", "the model says nothing on this issue or the rule does not apply", List.of());
            return;
        }
        ctx.json(table.get());
    }

    private void history(Context ctx) {
        var who = principals.of(ctx);
        var points = forecasts.history(who, unstoredRequest(ctx, false));
        String title = forecasts.issue(who, IssueId.of(ctx.pathParam("id")), Optional.empty()).issue().title();
        ctx.contentType("image/svg+xml").result(ForecastHistoryChart.svg(title, points));
    }

    private void defineIssue(Context ctx) {
        var who = principals.of(ctx);
        IssueData stored = forecasts.defineIssue(who, JsonBody.read(ctx, IssueData.class));
        ctx.status(201).header("Location", "/api/v1/issues/" + stored.id()).json(stored);
    }

    private void reviseIssue(Context ctx) {
        IssueId id = Queries.pathId(ctx, "id", "forecast issue", IssueId::of);
        ctx.json(forecasts.reviseIssue(principals.of(ctx), id, JsonBody.read(ctx, org.concord.forecast.application.IssueRevisionData.class)));
    }

    private void issue(Context ctx) {
        IssueId id = Queries.pathId(ctx, "id", "forecast issue", IssueId::of);
        ctx.json(forecasts.issue(principals.of(ctx), id, Queries.on(ctx)));
    }

    private static Optional<IssueId> issueFilter(Context ctx) {
        return Queries.string(ctx, "issue").map(s -> {
            try {
                return IssueId.of(s);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("issue", e.getMessage());
            }
        });
    }

    private void stances(Context ctx) {
        var actor = Queries.string(ctx, "actor");
        var rows = stances.list(principals.of(ctx), issueFilter(ctx)).stream()
                .filter(s -> actor.isEmpty() || actor.get().equals(s.actor()) || actor.get().equals(s.group())).toList();
        ctx.json(Paging.page(ctx, rows, s -> Long.toString(s.id())));
    }

    private void recordStance(Context ctx) {
        var who = principals.of(ctx);
        StanceData body = JsonBody.read(ctx, StanceData.class);
        ctx.status(201).json(stances.record(who, body));
    }

    private void run(Context ctx) {
        var who = principals.of(ctx);
        ForecastRequestData body = JsonBody.read(ctx, ForecastRequestData.class);
        ForecastData f = forecasts.run(who, body, done -> { });
        ctx.status(201).header("Location", "/api/v1/forecasts/" + f.id()).json(f);
    }

    private void list(Context ctx) { ctx.json(Paging.page(ctx, forecasts.forecasts(principals.of(ctx), issueFilter(ctx)), f -> Long.toString(f.id()))); }

    private void chart(Context ctx) {
        ForecastId id = Queries.pathId(ctx, "id", "forecast", ForecastId::parse);
        ctx.contentType("image/svg+xml").result(ForecastChart.svg(forecasts.forecast(principals.of(ctx), id)));
    }

    private void forecast(Context ctx) {
        ForecastId id = Queries.pathId(ctx, "id", "forecast", ForecastId::parse);
        ctx.json(forecasts.forecast(principals.of(ctx), id));
    }

    private void validate(Context ctx) throws java.io.IOException {
        var who = principals.of(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        boolean csv = type.startsWith(Served.CSV), multipart = type.startsWith(MULTIPART);
        if (!csv && !multipart) {
            Problems.write(ctx, 415, "unsupported-media-type", "Unsupported media type",
                    "send the cases as text/csv, or the cases and a training file as multipart/form-data, not '" + type + "'",
                    List.of(new Violation("Content-Type", "must be text/csv or multipart/form-data")));
            return;
        }
        double threshold = Queries.doubleValue(ctx, "qmvThreshold", ValidationCsv.DEFAULT_QMV_THRESHOLD);
        long seed = Queries.longValue(ctx, "seed", ForecastService.DEFAULT_SEED);
        String cv = Queries.string(ctx, "cv").orElse(CV_PROPOSAL);
        if (!cv.equals(CV_PROPOSAL)) throw new InvalidInput("cv", "must be " + CV_PROPOSAL + ", was '" + cv + "'");
        int folds = Queries.intValue(ctx, "folds", ForecastValidation.DEFAULT_FOLDS);
        String cases;
        Optional<ForecastValidation.Training> training = Optional.empty();
        String trainName = null;
        if (csv) {
            cases = ctx.body();
        } else {
            List<Violation> notWithTraining = new java.util.ArrayList<>();
            for (String q : List.of("cv", "folds"))
                if (ctx.queryParam(q) != null) notWithTraining.add(new Violation(q, "applies to cross-validation only, not with a train part"));
            if (!notWithTraining.isEmpty()) throw new InvalidInput(notWithTraining);
            Map<String, String> wanted = new java.util.LinkedHashMap<>();
            wanted.put(CASES, "the CSV of the past cases to score");
            wanted.put(TRAIN, "the CSV the models are fitted on (to cross-validate instead, send the cases alone as text/csv)");
            Map<String, CsvParts.Part> parts = CsvParts.read(ctx, wanted);
            cases = parts.get(CASES).text();
            CsvParts.Part train = parts.get(TRAIN);
            // the cases' name appears only in refusals; the training file's is quoted in the report as the CLI quotes its path
            trainName = train.filename().filter(n -> !n.equals(CASES)).orElse(TRAIN);
            training = Optional.of(new ForecastValidation.Training(trainName, new StringReader(train.text())));
        }
        var outcome = forecasts.validatePredictive(who, CASES, new StringReader(cases), training, threshold, folds, seed);
        switch (outcome) {
            case ForecastValidation.PredictiveScored s -> ctx.contentType("application/json").result(PredictiveRendering.json(s.report()));
            case ForecastValidation.PredictiveRejected r -> {
                String part = csv ? "" : (r.file().equals(CASES) ? CASES : TRAIN) + ", ";
                throw new InvalidInput(r.errors().stream().map(e -> new Violation(part + "line " + e.line() + ", " + e.field(), e.reason())).toList());
            }
        }
    }
}
