package org.concord.forecast.application;

import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.ForecastModels;
import org.concord.forecast.model.IssueId;
import org.concord.forecast.model.MonteCarloForecast;
import org.concord.forecast.model.MonteCarloRequest;
import org.concord.forecast.model.OutcomeModel;
import org.concord.forecast.model.PositionEstimate;
import org.concord.forecast.model.StanceAggregator;
import org.concord.forecast.model.StanceReport;
import org.concord.forecast.validation.ForecastValidation;
import org.concord.forecast.validation.ModelValidation;
import org.concord.journal.Journal;
import org.concord.procedure.application.DecisionItems;
import org.concord.register.model.Member;
import org.concord.register.model.Members;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.shared.Violations;
import org.concord.shared.tx.Transactions;
import org.concord.shared.tx.Tx;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The forecasting use cases: the issues with their actors' estimated positions, Monte Carlo forecasts stored with
 * everything they depend on, reproducing a stored forecast, and scoring the models on past cases.
 *
 * <p>The actors of an issue are the members of the organisation on the issue's date. Their positions are estimated
 * from the reported stances ({@link ReportedStances}) by a {@link StanceAggregator} with its default settings, as of
 * the date asked (today by default); an actor no stance covers gets the aggregator's wide prior and is flagged.
 */
public final class ForecastService {
    public static final int DEFAULT_RUNS = 10_000;
    public static final int MAX_RUNS = 100_000;
    /** Models (a)-(c) cost about draws x actors: at most this much (100,000 draws of 100 actors). */
    public static final long MAX_DRAWS_X_ACTORS = 10_000_000L;
    /** The expected-utility model (d) costs about draws x actors²: at most this much (1,000 draws of 100 actors). */
    public static final long MAX_DRAWS_X_ACTORS_SQUARED = 10_000_000L;
    /** The longest a forecast may draw before it is stopped and refused. */
    public static final java.time.Duration TIME_BUDGET = java.time.Duration.ofSeconds(60);
    /** Validation: at most this many rows (actor-issue pairs) in one CSV. */
    public static final int MAX_VALIDATION_ROWS = 20_000;
    /** Validation: at most this many actors in one past case (its cost grows with their square). */
    public static final int MAX_VALIDATION_ACTORS = 500;
    public static final long DEFAULT_SEED = 1;
    /** The marking of an issue or stance given none, as for a decision item raised over HTTP. */
    public static final String DEFAULT_CLASSIFICATION = "NATO UNCLASSIFIED";
    /** The model with the lowest MAE on the validation sample (README, "Forecasting"). */
    public static final String DEFAULT_MODEL = "compromise";
    /** Who may define issues, run forecasts and validate models, until the access policy takes over. */

    private final Transactions tx;
    private final Journal journal;
    private final ReportedStances stances;
    private final AccessControl access;
    private final StanceAggregator aggregator = new StanceAggregator(StanceAggregator.Settings.DEFAULTS);
    private final Map<String, OutcomeModel> models = new LinkedHashMap<>();

    /** @param stances where the reported stances come from */
    public ForecastService(Transactions tx, Journal journal, ReportedStances stances, AccessControl access) {
        this.tx = tx;
        this.journal = journal;
        this.stances = stances;
        this.access = access;
        for (OutcomeModel m : ForecastModels.standard()) models.put(m.name(), m);
    }

    /** The names of the models a forecast may use, in the order (a)-(d). */
    public List<String> models() { return List.copyOf(models.keySet()); }

    /** Every forecast issue, in the order defined. */
    public List<IssueData> issues(Principal who) {
        return tx.read(t -> access.visible(who, t.repository(ForecastIssues.class).all(), ForecastIssues.Marked::classification).stream()
                .map(m -> IssueData.from(m.issue(), m.classification())).toList());
    }

    /** The issue if {@code who} may see it: a hidden issue is answered exactly as a missing one. */
    private Optional<ForecastIssues.Marked> visibleIssue(Tx t, Principal who, IssueId id) {
        return t.repository(ForecastIssues.class).find(id).filter(m -> access.canSee(who, m.classification()));
    }

    /**
     * One issue with its actors' estimated positions and the stances behind them.
     *
     * @param asOf the date the stances are weighed at; today when empty
     * @throws NotFound if there is no such issue
     */
    public IssueView issue(Principal who, IssueId id, Optional<LocalDate> asOf) {
        LocalDate day = asOf.orElseGet(this::today);
        return access.auditingNotFound(who, () -> tx.read(t -> {
            ForecastIssues.Marked m = visibleIssue(t, who, id).orElseThrow(() -> new NotFound("forecast issue", id));
            IssueDefinition d = m.issue();
            Prepared p = prepare(t, who, d, day);
            List<IssueView.StanceReading> readings = p.readings.stream().map(r -> {
                boolean counted = r.report().map(rep -> aggregator.weight(rep, day) > 0).orElse(false);
                String why = r.report().isPresent() && !counted ? r.reading() + " Reported after " + day + ": not counted." : r.reading();
                return new IssueView.StanceReading(r.stance(), r.about(), r.reportedOn().toString(), r.grade().toString(), r.position(),
                        r.source(), r.quote(), counted, why);
            }).toList();
            return new IssueView(IssueData.from(d, m.classification()), day.toString(), p.actorData, readings);
        }));
    }

    /**
     * Defines a forecast issue.
     *
     * @throws InvalidInput naming every bad field: also an unknown decision item, and a proposer or override that is
     *                      not a member on the issue's date
     * @throws Conflict     if an issue with this id exists
     * @throws Forbidden    unless the principal is an analyst or the chair (or Concord itself loading data)
     */
    public IssueData defineIssue(Principal who, IssueData data) {
        requireForecaster(who, "define forecast issues");
        String classification = access.checkClassification("classification", data.classificationOr(DEFAULT_CLASSIFICATION));
        return tx.inTransaction(t -> {
            Violations v = new Violations();
            IssueDefinition d = data.toModel("", v);
            if (d != null) checkAgainstRegister(t, who, d, v);
            v.throwIfAny();
            ForecastIssues issues = t.repository(ForecastIssues.class);
            if (issues.find(d.id()).isPresent()) throw Conflict.idUnavailable("forecast issue", d.id());
            // An issue names its decision item: it is marked at least as high as the item.
            String marked = access.atLeast(classification, d.item().flatMap(i -> t.repository(DecisionItems.class).find(i))
                    .map(DecisionItems.Row::classification).stream().toList());
            issues.insert(d, marked);
            IssueData stored = IssueData.from(d, marked);
            journal.record(t, who, "ForecastIssueDefined", "issue:" + d.id(), stored);
            return stored;
        });
    }

    private void checkAgainstRegister(Tx t, Principal who, IssueDefinition d, Violations v) {
        d.item().ifPresent(i -> {
            // A hidden item is refused in the words of a missing one.
            if (t.repository(DecisionItems.class).find(i).filter(r -> access.canSee(who, r.classification())).isEmpty())
                v.add("item", "no decision item '" + i + "'");
        });
        Set<Iso3> members = new HashSet<>(members(t, d.date()));
        if (members.isEmpty()) v.add("date", "the organisation has no members on " + d.date());
        d.proposer().ifPresent(p -> {
            if (!members.contains(p)) v.add("proposer", "'" + p + "' is not a member on " + d.date());
        });
        notMembers(v, "capability", d.capabilities().keySet(), members, d.date());
        notMembers(v, "salience", d.saliences().keySet(), members, d.date());
        notMembers(v, "voteWeights", d.voteWeights().keySet(), members, d.date());
    }

    private static void notMembers(Violations v, String field, Set<Iso3> codes, Set<Iso3> members, LocalDate day) {
        for (Iso3 code : codes)
            if (!members.contains(code)) v.add(field + "." + code, "'" + code + "' is not a member on " + day);
    }

    /**
     * Runs a Monte Carlo forecast and stores it with its inputs, seed, model and version.
     *
     * @param progress told the number of draws done, about every 1 %; must not be null
     * @throws InvalidInput naming every bad field, also an unknown issue or model
     * @throws Forbidden    unless the principal is an analyst or the chair (or Concord itself loading data)
     */
    public ForecastData run(Principal who, ForecastRequestData request, IntConsumer progress) {
        requireForecaster(who, "run forecasts");
        Violations v = new Violations();
        var issueId = IssueData.required(v, "issue", request.issue(), IssueId::of);
        ForecastIssues.Marked marked = issueId == null ? null : tx.read(t -> visibleIssue(t, who, issueId)).orElse(null);
        IssueDefinition issue = marked == null ? null : marked.issue();
        if (issueId != null && issue == null) v.add("issue", "no forecast issue '" + issueId + "'");
        int runs = request.runs() == null ? DEFAULT_RUNS : request.runs();
        if (runs < 1 || runs > MAX_RUNS) v.add("runs", "must be 1 to " + MAX_RUNS + ", was " + runs);
        long seed = request.seed() == null ? DEFAULT_SEED : request.seed();
        String name = request.model() == null || request.model().isBlank() ? DEFAULT_MODEL : request.model();
        OutcomeModel model = models.get(name);
        if (model == null) v.add("model", "must be one of " + models.keySet() + ", was '" + name + "'");
        LocalDate asOf = request.asOf() == null ? today() : v.parse("asOf", () -> IssueData.day(request.asOf()));
        v.throwIfAny();
        Prepared p = tx.read(t -> prepare(t, who, issue, asOf));
        checkCost(model.name(), runs, p.actors.size());
        String classification = access.atLeast(marked.classification(), p.readings.stream().map(ReportedStances.Reading::classification).toList());
        // The draws run outside any transaction: a long forecast holds no connection.
        MonteCarloRequest mc = new MonteCarloRequest(p.issue.toModel(), p.actors, p.estimates, runs, seed, MonteCarloRequest.DEFAULT_EPSILON);
        long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
        ForecastData.Results results;
        try {
            results = ForecastData.Results.of(new MonteCarloForecast(model).run(mc, done -> {
                progress.accept(done);
                if (System.nanoTime() - deadline > 0) throw new OverBudget();
            }));
        } catch (OverBudget e) {
            throw new InvalidInput("runs", runs + " draws did not finish within the time budget of " + TIME_BUDGET.toSeconds()
                    + " s: ask for fewer");
        }
        Instant at = journal.clock().instant().truncatedTo(ChronoUnit.MICROS);
        ForecastData data = new ForecastData(null, issueId.value(), at, who.describe(), model.name(), model.version(),
                MonteCarloForecast.ENGINE_VERSION, runs, seed,
                new ForecastData.Inputs(asOf.toString(), IssueData.from(p.issue), p.actorData, p.counted, mc.statusQuoEpsilon()), results,
                classification);
        return tx.inTransaction(t -> {
            ForecastId id = t.repository(Forecasts.class).insert(data);
            journal.record(t, who, "ForecastStored", "forecast:" + id, new ForecastStored(id.value(), data.issue(), data.model(),
                    data.modelVersion(), data.engineVersion(), runs, seed, data.inputs().asOf(), results.status(), classification));
            return data.withId(id);
        });
    }

    /** The anonymous reader learns who ran a forecast by role and nation only: no user name, no address. */
    private ForecastData shownTo(Principal who, ForecastData f) {
        return access.isAnonymous(who) ? f.ranBy(f.by().replaceFirst("^\\S.* \\(([A-Z_]+(?:, [A-Z]{3})?)\\)(?: from .*)?$", "($1)")) : f;
    }

    /** Thrown from the progress report to stop draws that ran past {@link #TIME_BUDGET}. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() { super(null, null, false, false); }
    }

    /** @throws InvalidInput naming {@code runs} and the limit if the forecast would cost more than the caps allow */
    static void checkCost(String model, int runs, int actors) {
        long n = Math.max(1, actors);
        if (model.equals("expected-utility")) {
            if ((long) runs * n * n > MAX_DRAWS_X_ACTORS_SQUARED)
                throw new InvalidInput("runs", "expected-utility with " + actors + " actors allows at most " + MAX_DRAWS_X_ACTORS_SQUARED / (n * n)
                        + " draws (limit: draws x actors² <= " + MAX_DRAWS_X_ACTORS_SQUARED + "), got " + runs);
        } else if ((long) runs * n > MAX_DRAWS_X_ACTORS) {
            throw new InvalidInput("runs", model + " with " + actors + " actors allows at most " + MAX_DRAWS_X_ACTORS / n
                    + " draws (limit: draws x actors <= " + MAX_DRAWS_X_ACTORS + "), got " + runs);
        }
    }

    /** The journal event of a stored forecast: what was run; the inputs and results are in the forecast itself. */
    public record ForecastStored(long id, String issue, String model, String modelVersion, String engineVersion, int runs,
                                 long seed, String asOf, String status, String classification) {}

    /** Stored forecasts of one issue, or of all; newest first. */
    public List<ForecastSummary> forecasts(Principal who, Optional<IssueId> issue) {
        return access.visible(who, tx.read(t -> t.repository(Forecasts.class).list(issue)), ForecastData::classification).stream()
                .map(f -> shownTo(who, f)).map(ForecastSummary::of).toList();
    }

    /** @throws NotFound if there is no such forecast */
    public ForecastData forecast(Principal who, ForecastId id) {
        return tx.read(t -> t.repository(Forecasts.class).find(id)).filter(f -> access.canSee(who, f.classification()))
                .map(f -> shownTo(who, f)).orElseThrow(() -> access.notFound(who, "forecast", id));
    }

    /**
     * Runs a stored forecast's inputs again, with its seed and model, and compares the results.
     *
     * @throws NotFound if there is no such forecast
     */
    public Reproduction reproduce(Principal who, ForecastId id) {
        ForecastData f = forecast(who, id);
        OutcomeModel model = models.get(f.model());
        if (model == null) return new Reproduction.Differs(f, "model '" + f.model() + "' is no longer offered", null);
        if (!model.version().equals(f.modelVersion()) || !MonteCarloForecast.ENGINE_VERSION.equals(f.engineVersion()))
            return new Reproduction.Differs(f, "stored with " + f.model() + " " + f.modelVersion() + " on " + f.engineVersion()
                    + ", now " + model.version() + " on " + MonteCarloForecast.ENGINE_VERSION, null);
        Violations v = new Violations();
        IssueDefinition d = f.inputs().issue().toModel("inputs.issue", v);
        if (!v.isEmpty()) throw new IllegalStateException("stored forecast " + id + " has unreadable inputs");
        Map<ActorId, PositionEstimate> estimates = new LinkedHashMap<>();
        List<ActorInput> actors = new ArrayList<>();
        for (ActorData a : f.inputs().actors()) {
            actors.add(a.toInput());
            estimates.put(a.toInput().id(), a.estimate());
        }
        MonteCarloRequest mc = new MonteCarloRequest(d.toModel(), actors, estimates, f.runs(), f.seed(), f.inputs().statusQuoEpsilon());
        ForecastData.Results again = ForecastData.Results.of(new MonteCarloForecast(model).run(mc));
        return again.equals(f.results()) ? new Reproduction.Identical(f)
                : new Reproduction.Differs(f, "the same inputs, seed and model version gave other results", again);
    }

    /**
     * Scores the standard models on past cases read from CSV (see {@link org.concord.forecast.validation.ValidationCsv}).
     *
     * @param qmvThreshold the vote share a QMV issue needs, in (0.5, 1]
     * @param seed         the bootstrap seed
     * @return the scores, or every bad row with its line (and nothing scored)
     * @throws InvalidInput if the threshold is out of range
     */
    public ForecastValidation.Outcome validate(Principal who, Reader csv, double qmvThreshold, long seed) {
        requireForecaster(who, "validate forecasting models");
        if (!(qmvThreshold > 0.5 && qmvThreshold <= 1))
            throw new InvalidInput("qmvThreshold", "must be in (0.5, 1], was " + qmvThreshold);
        String text = readAll(csv);
        checkValidationSize(text);
        return ForecastValidation.run(new java.io.StringReader(text), qmvThreshold, ForecastModels.standard(), ModelValidation.DEFAULT_RESAMPLES, seed);
    }

    private static String readAll(Reader csv) {
        try {
            return new java.io.BufferedReader(csv).lines().collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidInput("csv", "cannot be read: " + e.getCause().getMessage());
        }
    }

    /**
     * Counts the data rows and the rows of each case (the first column) before anything is scored: the cost grows
     * with the rows and with the square of a case's actors.
     *
     * @throws InvalidInput naming {@code csv} and the limit if there are too many
     */
    static void checkValidationSize(String text) {
        Map<String, Integer> perCase = new java.util.HashMap<>();
        int rows = 0;
        boolean header = true;
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            if (++rows > MAX_VALIDATION_ROWS)
                throw new InvalidInput("csv", "has more than " + MAX_VALIDATION_ROWS + " rows (limit " + MAX_VALIDATION_ROWS + ")");
            int comma = l.indexOf(',');
            String id = comma < 0 ? l : l.substring(0, comma);
            if (perCase.merge(id, 1, Integer::sum) > MAX_VALIDATION_ACTORS)
                throw new InvalidInput("csv", "case '" + (id.length() > 40 ? id.substring(0, 40) : id) + "' has more than "
                        + MAX_VALIDATION_ACTORS + " actors (limit " + MAX_VALIDATION_ACTORS + " per case)");
        }
    }

    /** Everything a forecast of {@code issue} as of {@code asOf} starts from. */
    private record Prepared(IssueDefinition issue, List<ActorInput> actors, Map<ActorId, PositionEstimate> estimates,
                            List<ActorData> actorData, List<ReportedStances.Reading> readings, List<Long> counted) {}

    /** Only the stances {@code who} may see are read: an estimate never rests on a report hidden from whoever asks for it. */
    private Prepared prepare(Tx t, Principal who, IssueDefinition d, LocalDate asOf) {
        List<ActorInput> prior = d.actors(members(t, d.date()), StanceAggregator.Settings.DEFAULTS.priorMean());
        List<ActorId> ids = prior.stream().map(ActorInput::id).toList();
        List<ReportedStances.Reading> readings = access.visible(who, stances.on(t, d, ids), ReportedStances.Reading::classification);
        List<StanceReport> reports = new ArrayList<>();
        List<Long> counted = new ArrayList<>();
        for (ReportedStances.Reading r : readings) {
            Optional<StanceReport> report = r.report();
            if (report.isEmpty()) continue;
            reports.add(report.get());
            if (aggregator.weight(report.get(), asOf) > 0) counted.add(r.stance());
        }
        Map<ActorId, PositionEstimate> estimates = aggregator.estimate(ids, reports, asOf);
        List<ActorInput> actors = new ArrayList<>();
        List<ActorData> data = new ArrayList<>();
        for (ActorInput a : prior) {
            PositionEstimate e = estimates.get(a.id());
            int n = (int) reports.stream().filter(r -> r.subject().covers(a.id()) && aggregator.weight(r, asOf) > 0).count();
            actors.add(a.withPosition(e.mean()));
            data.add(ActorData.of(a, e, n));
        }
        return new Prepared(d, actors, estimates, data, readings, counted);
    }

    private static List<Iso3> members(Tx t, LocalDate day) {
        return t.repository(Members.class).all().stream().filter(m -> m.memberOn(day)).map(Member::iso3).toList();
    }

    private LocalDate today() { return LocalDate.ofInstant(journal.clock().instant(), java.time.ZoneOffset.UTC); }

    /** RUN_FORECAST in the policy (the chair and analysts); Concord itself when it loads the built-in issues. */
    private void requireForecaster(Principal who, String what) {
        access.require(who, who.role() == Role.SYSTEM ? ActionKind.LOAD_DATA : ActionKind.RUN_FORECAST, java.util.Optional.empty());
    }
}
