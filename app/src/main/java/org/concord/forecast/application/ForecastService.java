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
import org.concord.forecast.model.MonteCarloResult;
import org.concord.forecast.model.ResidualCalibration;
import org.concord.forecast.model.WhatWouldMoveIt;
import org.concord.forecast.validation.CalibrationFile;
import org.concord.forecast.validation.ForecastValidation;
import org.concord.forecast.validation.RowError;
import org.concord.forecast.validation.ValidationCsv;
import org.concord.journal.Journal;
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
    static final long MAX_DRAWS_X_ACTORS = 10_000_000L;
    /** The expected-utility model (d) costs about draws x actors²: at most this much (1,000 draws of 100 actors). */
    static final long MAX_DRAWS_X_ACTORS_SQUARED = 10_000_000L;
    /** The longest a forecast may draw before it is stopped and refused. */
    static final java.time.Duration TIME_BUDGET = java.time.Duration.ofSeconds(60);
    /** Validation: at most this many rows (actor-issue pairs) in one CSV. */
    static final int MAX_VALIDATION_ROWS = 20_000;
    /** Validation: at most this many actors in one past case (its cost grows with their square). */
    static final int MAX_VALIDATION_ACTORS = 500;
    public static final long DEFAULT_SEED = 1;
    /** The marking of an issue or stance given none, as for a decision item raised over HTTP. */
    public static final String DEFAULT_CLASSIFICATION = "NATO UNCLASSIFIED";
    /** The resource holding the residuals forecasts are calibrated with ({@code concord forecast calibrate}). */
    public static final String CALIBRATION_RESOURCE = "/forecast/calibration.csv";
    private static final Map<String, ResidualCalibration> CALIBRATION = loadCalibration();
    /** Who may define issues, run forecasts and validate models, until the access policy takes over. */

    private final Transactions tx;
    private final Journal journal;
    private final ReportedStances stances;
    private final AccessControl access;
    private final IssueMarkings markings;
    private final StanceAggregator aggregator = new StanceAggregator(StanceAggregator.Settings.DEFAULTS);
    private final Map<String, OutcomeModel> models = new LinkedHashMap<>();

    /** A service whose issues carry no marking beyond their own (no decision items to raise them). */
    public ForecastService(Transactions tx, Journal journal, ReportedStances stances, AccessControl access) {
        this(tx, journal, stances, access, new IssueMarkings(access, IssueMarkings.ItemMarkings.NONE));
    }

    /**
     * @param stances  where the reported stances come from
     * @param markings an issue's marking now: its own raised to its decision item's (issues, their stances and forecasts
     *                 are hidden from whoever can no longer see the item)
     */
    public ForecastService(Transactions tx, Journal journal, ReportedStances stances, AccessControl access, IssueMarkings markings) {
        this.tx = tx;
        this.journal = journal;
        this.stances = stances;
        this.access = access;
        this.markings = markings;
        for (OutcomeModel m : ForecastModels.standard()) models.put(m.name(), m);
    }

    /** The names of the models a forecast may use, in the order (a)-(d). */
    public List<String> models() { return List.copyOf(models.keySet()); }

    /** Every forecast issue, in the order defined. */
    public List<IssueData> issues(Principal who) {
        return tx.read(t -> access.visible(who, markings.in(t).all(), ForecastIssues.Marked::classification).stream()
                .map(m -> IssueData.from(m.issue(), m.classification())).toList());
    }

    /**
     * The issue with its marking now if {@code who} may see it: a hidden issue is answered exactly as a missing one,
     * also when it was hidden by a raise of its decision item's marking.
     */
    private Optional<ForecastIssues.Marked> visibleIssue(Tx t, Principal who, IssueId id) {
        return markings.in(t).find(id).filter(m -> access.canSee(who, m.classification()));
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
        String classification = access.checkMarking(who, "classification", data.classification(), DEFAULT_CLASSIFICATION);
        return tx.inTransaction(t -> {
            Violations v = new Violations();
            IssueDefinition d = data.toModel("", v);
            if (d != null) checkAgainstRegister(t, who, d, v);
            v.throwIfAny();
            ForecastIssues issues = t.repository(ForecastIssues.class);
            if (issues.find(d.id()).isPresent()) throw Conflict.idUnavailable("forecast issue", d.id());
            // An issue names its decision item: it is marked at least as high as the item is now (and read so later).
            String marked = access.atLeast(classification, d.item().flatMap(i -> markings.itemNow(t, i)).stream().toList());
            issues.insert(d, marked);
            IssueData stored = IssueData.from(d, marked);
            journal.record(t, who, ForecastEvents.ISSUE_DEFINED, ForecastEvents.issueSubject(d.id().toString()), stored);
            return stored;
        });
    }

    /**
     * Revises an issue: the fields the revision gives replace the stored ones, the change is journaled as
     * {@code IssueRevised} with what changed, why and the sources, and the issue is validated as when it was defined.
     * Stored forecasts keep the issue they were run on.
     *
     * @throws InvalidInput naming every bad field; {@code reason} when missing; {@code body} when nothing would change
     * @throws NotFound     if there is no such issue (or it is hidden)
     * @throws Forbidden    unless the principal is an analyst or the chair
     */
    public IssueData reviseIssue(Principal who, IssueId id, IssueRevisionData revision) {
        requireForecaster(who, "revise forecast issues");
        IssueRevisions.check(revision);
        return access.auditingNotFound(who, () -> tx.inTransaction(t -> {
            ForecastIssues.Marked m = visibleIssue(t, who, id).orElseThrow(() -> new NotFound("forecast issue", id));
            IssueData before = IssueData.from(m.issue(), m.classification());
            IssueData next = IssueRevisions.apply(before, revision);
            return store(t, who, m, next, revision.reason(), revision.reasonSources(), null);
        }));
    }

    /**
     * Corrects an issue Concord loaded from an earlier edition of a built-in questions file: the named fields are taken
     * from {@code current} where the stored issue still holds {@code previous}'s values in them (one revised since is
     * kept), journaled as {@code IssueRevised} with the set of corrections and the reason. An issue already correct is
     * left alone, so this changes something only once.
     *
     * @param fields wire fields among {@link IssueRevisionData#FIELDS}
     * @throws IllegalArgumentException naming a field a revision may not change
     */
    public org.concord.shared.CorrectionResult correctIssue(Principal system, IssueId id, List<String> fields, IssueData previous,
                                                            IssueData current, String correction, String reason) {
        access.require(system, ActionKind.LOAD_DATA, Optional.empty());
        if (fields.isEmpty()) throw new IllegalArgumentException("a correction of issue " + id + " must name its fields");
        return tx.inTransaction(t -> {
            Optional<ForecastIssues.Marked> found = markings.in(t).find(id);
            if (found.isEmpty()) return org.concord.shared.CorrectionResult.ABSENT;
            IssueData stored = IssueData.from(found.get().issue(), found.get().classification());
            IssueData target = canonical(IssueRevisions.take(stored, current, fields));
            if (IssueRevisions.changes(stored, target).isEmpty()) return org.concord.shared.CorrectionResult.ALREADY_CORRECT;
            if (!IssueRevisions.changes(stored, canonical(IssueRevisions.take(stored, previous, fields))).isEmpty())
                return org.concord.shared.CorrectionResult.KEPT;
            store(t, system, found.get(), target, reason, List.of(), correction);
            return org.concord.shared.CorrectionResult.CORRECTED;
        });
    }

    /** {@code d} as it would be stored (through the model), with its marking. */
    private static IssueData canonical(IssueData d) {
        Violations v = new Violations();
        IssueDefinition def = d.toModel("", v);
        v.throwIfAny();
        return IssueData.from(def, d.classification());
    }

    private IssueData store(Tx t, Principal who, ForecastIssues.Marked m, IssueData next, String reason, List<String> sources, String correction) {
        Violations v = new Violations();
        IssueDefinition d = next.toModel("", v);
        if (d != null) checkAgainstRegister(t, who, d, v);
        uncatalogued(t, v, "reasonSources", sources);
        v.throwIfAny();
        IssueData before = IssueData.from(m.issue(), m.classification());
        IssueData after = IssueData.from(d, m.classification());
        var changes = IssueRevisions.changes(before, after);
        if (changes.isEmpty()) throw new InvalidInput("body", "the revision changes nothing: give at least one field with a new value");
        t.repository(ForecastIssues.class).update(d);
        journal.record(t, who, IssueEvent.IssueRevised.TYPE, IssueEvent.subject(d.id().value()),
                new IssueEvent.IssueRevised(d.id().value(), changes, reason, sources, correction, after, m.classification()));
        return after;
    }

    private void checkAgainstRegister(Tx t, Principal who, IssueDefinition d, Violations v) {
        d.item().ifPresent(i -> {
            // A hidden item is refused in the words of a missing one.
            if (markings.itemNow(t, i).filter(c -> access.canSee(who, c)).isEmpty())
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
        uncatalogued(t, v, "sources", d.sources());
    }

    /** Source keys must name the register's source catalogue, as a stance's, a risk's and an option's do. */
    private static void uncatalogued(Tx t, Violations v, String field, List<String> keys) {
        if (keys == null || keys.isEmpty()) return;
        Map<String, String> catalogue = t.repository(org.concord.register.model.RegisterSettings.class).references();
        for (int i = 0; i < keys.size(); i++)
            if (keys.get(i) != null && !catalogue.containsKey(keys.get(i)))
                v.add(field + "[" + i + "]", "'" + keys.get(i) + "' is not in the source catalogue");
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
        Planned plan = plan(who, request, DEFAULT_RUNS);
        IssueId issueId = plan.issue().id();
        OutcomeModel model = plan.model();
        int runs = plan.mc().draws();
        long seed = plan.mc().seed();
        LocalDate asOf = plan.asOf();
        Prepared p = plan.prepared();
        MonteCarloRequest mc = plan.mc();
        String classification = plan.classification();
        // The draws run outside any transaction: a long forecast holds no connection.
        long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
        ForecastData.Results results;
        try {
            results = ForecastData.Results.of(forecaster(model).run(mc, done -> {
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
            journal.record(t, who, ForecastEvents.FORECAST_STORED, ForecastEvents.forecastSubject(id.toString()), new ForecastStored(id.value(), data.issue(), data.model(),
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
        private static final long serialVersionUID = 1L;

        OverBudget() { super(null, null, false, false); }
    }

    /** @throws InvalidInput naming {@code runs} and the limit if the forecast would cost more than the caps allow */
    static void checkCost(String model, int runs, int actors) { checkCost(model, runs, actors, 1, ""); }

    /**
     * The cap for a request that runs {@code forecasts} forecasts of {@code runs} draws each (a "what would move it"
     * table, a history): their draws together must stay within one forecast's cap.
     *
     * @throws InvalidInput naming {@code runs} and the most it may be
     */
    static void checkCost(String model, int runs, int actors, int forecasts, String why) {
        long n = Math.max(1, actors), k = Math.max(1, forecasts);
        String each = k == 1 ? "" : " each for the " + k + " forecasts " + why;
        if (model.equals("expected-utility")) {
            if ((long) runs * k * n * n > MAX_DRAWS_X_ACTORS_SQUARED)
                throw new InvalidInput("runs", "expected-utility with " + actors + " actors allows at most " + MAX_DRAWS_X_ACTORS_SQUARED / (k * n * n)
                        + " draws" + each + " (limit: draws x actors² <= " + MAX_DRAWS_X_ACTORS_SQUARED + "), got " + runs);
        } else if ((long) runs * k * n > MAX_DRAWS_X_ACTORS) {
            throw new InvalidInput("runs", model + " with " + actors + " actors allows at most " + MAX_DRAWS_X_ACTORS / (k * n)
                    + " draws" + each + " (limit: draws x actors <= " + MAX_DRAWS_X_ACTORS + "), got " + runs);
        }
    }

    /** The model a forecast of {@code issue} runs when none is asked for: the default for its decision rule. */
    public static String defaultModel(IssueData issue) {
        Violations v = new Violations();
        IssueDefinition d = issue.toModel("", v);
        return d == null || !v.isEmpty() ? "win-set" : ForecastModels.defaultFor(d.rule());
    }

    /** A checked forecast request: the issue, the model, the date and the Monte Carlo request built from them. */
    private record Planned(IssueDefinition issue, OutcomeModel model, LocalDate asOf, Prepared prepared, MonteCarloRequest mc,
                           String classification) {}

    private Planned plan(Principal who, ForecastRequestData request, int defaultRuns) {
        Violations v = new Violations();
        var issueId = IssueData.required(v, "issue", request.issue(), IssueId::of);
        ForecastIssues.Marked marked = issueId == null ? null : tx.read(t -> visibleIssue(t, who, issueId)).orElse(null);
        IssueDefinition issue = marked == null ? null : marked.issue();
        if (issueId != null && issue == null) v.add("issue", "no forecast issue '" + issueId + "'");
        int runs = request.runs() == null ? defaultRuns : request.runs();
        if (runs < 1 || runs > MAX_RUNS) v.add("runs", "must be 1 to " + MAX_RUNS + ", was " + runs);
        long seed = request.seed() == null ? DEFAULT_SEED : request.seed();
        String name = request.model() == null || request.model().isBlank()
                ? (issue == null ? "win-set" : ForecastModels.defaultFor(issue.rule())) : request.model();
        OutcomeModel model = models.get(name);
        if (model == null) v.add("model", "must be one of " + models.keySet() + ", was '" + name + "'");
        LocalDate asOf = request.asOf() == null ? today() : v.parse("asOf", () -> IssueData.day(request.asOf()));
        v.throwIfAny();
        Prepared p = tx.read(t -> prepare(t, who, issue, asOf));
        checkCost(model.name(), runs, p.actors.size());
        String classification = access.atLeast(marked.classification(), p.readings.stream().map(ReportedStances.Reading::classification).toList());
        MonteCarloRequest mc = new MonteCarloRequest(p.issue.toModel(), p.actors, p.estimates, runs, seed, MonteCarloRequest.DEFAULT_EPSILON);
        return new Planned(issue, model, asOf, p, mc, classification);
    }

    /** Draws of a "what would move it" table when none are asked for: common random numbers keep 2,000 steady. */
    public static final int MOVE_RUNS = 2_000;

    /**
     * For each actor, how P(pass) (or P(status quo holds) when the proposal is the status quo) and the headline median
     * would change if its estimated position moved by {@value WhatWouldMoveIt#STEP} points; nothing is stored.
     *
     * @throws InvalidInput naming every bad field, as {@link #run}
     */
    public Optional<WhatWouldMoveIt.Table> whatWouldMoveIt(Principal who, ForecastRequestData request) {
        requireForecaster(who, "run forecasts");
        Planned plan = plan(who, request, MOVE_RUNS);
        int actors = plan.prepared().actors.size();
        checkCost(plan.model().name(), plan.mc().draws(), actors, 1 + 2 * actors, "it takes (the forecast, and each actor moved 10 points either way)");
        return WhatWouldMoveIt.of(plan.model(), plan.mc());
    }

    /**
     * One point of an issue's forecast history.
     *
     * @param asOf        the day the stances were weighed at: the day of a reported stance
     * @param stances     stances counted on that day
     * @param measure     what {@code probability} is (see {@link WhatWouldMoveIt.Table#measure()}), or null without odds
     * @param probability the odds, or null
     * @param median      the headline median, or null if the model skipped
     * @param p5          5th percentile of the headline, or null
     * @param p95         95th percentile of the headline, or null
     */
    public record HistoryPoint(String asOf, int stances, String measure, Double probability, Double median, Double p5, Double p95) {}

    /**
     * The forecast of an issue as it would have read on each day a stance about it was reported (and on the issue's
     * own date), with the same model, seed and draws; nothing is stored.
     *
     * @throws InvalidInput naming every bad field, as {@link #run}
     */
    public List<HistoryPoint> history(Principal who, ForecastRequestData request) {
        requireForecaster(who, "run forecasts");
        Planned first = plan(who, new ForecastRequestData(request.issue(), request.runs(), request.seed(), request.model(), null), MOVE_RUNS);
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        days.add(first.issue().date());
        for (ReportedStances.Reading r : first.prepared().readings()) days.add(r.reportedOn());
        checkCost(first.model().name(), first.mc().draws(), first.prepared().actors.size(), days.size(), "it takes (one per day a stance arrived)");
        List<HistoryPoint> out = new ArrayList<>();
        for (LocalDate day : days) {
            Planned p = plan(who, new ForecastRequestData(request.issue(), request.runs(), request.seed(), first.model().name(), day.toString()), MOVE_RUNS);
            MonteCarloResult r = forecaster(p.model()).run(p.mc());
            if (r instanceof MonteCarloResult.Completed c) {
                var odds = c.odds();
                boolean sq = odds.isPresent() && (odds.get().proposalIsStatusQuo() || odds.get().proposalPasses().isEmpty());
                out.add(new HistoryPoint(day.toString(), p.prepared().counted().size(),
                        odds.isEmpty() ? null : sq ? "P(status quo holds)" : "P(proposal passes as written)",
                        odds.isEmpty() ? null : sq ? odds.get().statusQuoHolds() : odds.get().proposalPasses().getAsDouble(),
                        c.headline().p50(), c.headline().p5(), c.headline().p95()));
            } else {
                out.add(new HistoryPoint(day.toString(), p.prepared().counted().size(), null, null, null, null, null));
            }
        }
        return out;
    }

    /** Draws of each point of {@link #points}: common random numbers keep 2,000 steady. */
    public static final int POINT_RUNS = 2_000;

    /**
     * Forecasts each point of the issue's scale as if it were the proposal, with the issue's default model, seed
     * {@value #DEFAULT_SEED} and {@value #POINT_RUNS} draws; nothing is stored. Open to every reader who may see the
     * issue: only the stances the reader may see are read, and the result is marked as high as the issue and each of them.
     *
     * @param points each on 0-100
     * @throws NotFound     if there is no such issue, or it is hidden from {@code who}
     * @throws InvalidInput if a point is off the scale
     */
    public PointForecasts points(Principal who, IssueId issue, List<Double> points, Optional<LocalDate> asOf) {
        for (int i = 0; i < points.size(); i++)
            if (points.get(i) == null || !(points.get(i) >= 0 && points.get(i) <= 100))
                throw new InvalidInput("points[" + i + "]", "must be on the 0-100 scale, was " + points.get(i));
        LocalDate day = asOf.orElseGet(this::today);
        ForecastIssues.Marked marked = access.auditingNotFound(who, () -> tx.read(t -> visibleIssue(t, who, issue))
                .orElseThrow(() -> new NotFound("forecast issue", issue)));
        IssueDefinition d = marked.issue();
        Prepared p = tx.read(t -> prepare(t, who, d, day));
        OutcomeModel model = models.get(ForecastModels.defaultFor(d.rule()));
        String classification = access.atLeast(marked.classification(), p.readings.stream().map(ReportedStances.Reading::classification).toList());
        List<ActorId> ids = p.actors.stream().map(ActorInput::id).toList();
        double ideal = d.proposer().map(IssueDefinition::actor).filter(p.estimates::containsKey).map(a -> p.estimates.get(a).mean()).orElse(d.proposal());
        Double setter = null;
        List<PointForecasts.Point> out = new ArrayList<>();
        for (double x : points) {
            List<PointForecasts.Rejecting> rejecting = org.concord.forecast.model.PointAcceptance
                    .rejections(ids, p.estimates, d.statusQuo(), x, POINT_RUNS, DEFAULT_SEED).stream()
                    .map(j -> new PointForecasts.Rejecting(j.actor().value(), j.share(), j.likely())).toList();
            if (x == d.statusQuo()) {
                // The status quo needs no one's consent: it stays unless an alternative passes. Its odds are how often
                // none of the other points asked about is accepted by every actor (the same draws).
                double stays = org.concord.forecast.model.PointAcceptance.noneAcceptedByAll(ids, p.estimates, d.statusQuo(), points,
                        POINT_RUNS, DEFAULT_SEED);
                out.add(new PointForecasts.Point(x, PointForecasts.STAYS, stays, rejecting, true));
                continue;
            }
            var base = d.toModel();
            var asked = new org.concord.forecast.model.ForecastIssue(base.id(), base.zeroMeans(), base.hundredMeans(), base.referencePoint(),
                    java.util.OptionalDouble.of(x), base.rule(), base.proposer());
            MonteCarloResult r = forecaster(model).run(new MonteCarloRequest(asked, p.actors, p.estimates, POINT_RUNS, DEFAULT_SEED, MonteCarloRequest.DEFAULT_EPSILON));
            double probability = 0;
            if (r instanceof MonteCarloResult.Completed c && c.odds().isPresent()) {
                probability = c.odds().get().proposalPasses().orElse(0);
                if (setter == null && c.setterPoint().isPresent()) setter = c.setterPoint().get().p50();
            }
            out.add(new PointForecasts.Point(x, PointForecasts.PASSES, probability, rejecting, probability >= PointForecasts.ACCEPTED));
        }
        return new PointForecasts(d.id().value(), classification, day.toString(), model.name(), POINT_RUNS, DEFAULT_SEED, d.statusQuo(),
                d.proposer().map(Iso3::code).orElse("CHAIR"), ideal, setter, out);
    }

    /** The journal event of a stored forecast: what was run; the inputs and results are in the forecast itself. */
    public record ForecastStored(long id, String issue, String model, String modelVersion, String engineVersion, int runs,
                                 long seed, String asOf, String status, String classification) {}

    /** Stored forecasts of one issue, or of all, that {@code who} may see now; newest first. */
    public List<ForecastSummary> forecasts(Principal who, Optional<IssueId> issue) {
        return visibleForecasts(who, issue).stream().map(f -> shownTo(who, f)).map(ForecastSummary::of).toList();
    }

    /**
     * Stored forecasts with their markings now (each raised to its issue's marking now, which its decision item's may
     * have raised since it ran) that {@code who} may see.
     */
    private List<ForecastData> visibleForecasts(Principal who, Optional<IssueId> issue) {
        return access.visible(who, tx.read(t -> {
            IssueMarkings.Now now = markings.in(t);
            return t.repository(Forecasts.class).list(issue).stream().map(f -> remarked(now, f)).toList();
        }), ForecastData::classification);
    }

    private static ForecastData remarked(IssueMarkings.Now now, ForecastData f) {
        return f.marked(now.raise(f.classification(), IssueId.of(f.issue())));
    }

    /** @throws NotFound if there is no such forecast, or {@code who} may not see it now */
    public ForecastData forecast(Principal who, ForecastId id) {
        return tx.read(t -> t.repository(Forecasts.class).find(id).map(f -> remarked(markings.in(t), f)))
                .filter(f -> access.canSee(who, f.classification()))
                .map(f -> shownTo(who, f)).orElseThrow(() -> access.notFound(who, "forecast", id));
    }

    /**
     * Every offered model on the inputs of a stored forecast, as the reader may see them: each model's point in the
     * central scenario, and the newest stored forecast of each model on the same issue and stance day. Nothing is run
     * by Monte Carlo and nothing is stored.
     *
     * @throws NotFound if there is no such forecast, or the reader may not see it
     */
    public ModelComparison compareModels(Principal who, ForecastId id) {
        ForecastData f = forecast(who, id);
        List<ForecastData> same = visibleForecasts(who, Optional.of(IssueId.of(f.issue())));
        return ModelComparison.of(f, List.copyOf(models.values()), same);
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
        ForecastData.Results again = ForecastData.Results.of(forecaster(model).run(mc));
        return again.equals(f.results()) ? new Reproduction.Identical(f)
                : new Reproduction.Differs(f, "the same inputs, seed and model version gave other results", again);
    }

    private static String readAll(String field, Reader csv) {
        try {
            return new java.io.BufferedReader(csv).lines().collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidInput(field, "cannot be read: " + e.getCause().getMessage());
        }
    }

    /**
     * Counts the data rows and the rows of each case (the first column) before anything is scored: the cost grows
     * with the rows and with the square of a case's actors.
     *
     * @param field the name of the file in a refusal ({@code cases}, {@code train})
     * @throws InvalidInput naming {@code field} and the limit if there are too many
     */
    static void checkValidationSize(String field, String text) {
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
                throw new InvalidInput(field, "has more than " + MAX_VALIDATION_ROWS + " rows (limit " + MAX_VALIDATION_ROWS + ")");
            int comma = l.indexOf(',');
            String id = comma < 0 ? l : l.substring(0, comma);
            if (perCase.merge(id, 1, Integer::sum) > MAX_VALIDATION_ACTORS)
                throw new InvalidInput(field, "case '" + (id.length() > 40 ? id.substring(0, 40) : id) + "' has more than "
                        + MAX_VALIDATION_ACTORS + " actors (limit " + MAX_VALIDATION_ACTORS + " per case)");
        }
    }

    /**
     * Scores calibrated predictive distributions of the standard models on past cases read from CSV: grouped
     * cross-validation, or fitted on a training file only (see {@code forecast.validation.PredictiveValidation}).
     *
     * @param name         the scored file as named, for messages
     * @param training     the training file, or empty for cross-validation by proposal
     * @param qmvThreshold the vote share a QMV issue needs, in (0.5, 1]
     * @param folds        cross-validation folds, 2 to 100
     * @param seed         seed of the folds and the bootstrap
     * @throws InvalidInput if the threshold or the folds are out of range, if a file has more rows than
     *                      {@value #MAX_VALIDATION_ROWS} or a case more actors than {@value #MAX_VALIDATION_ACTORS} (named
     *                      {@code cases} or {@code train}; checked before anything is scored), or the files cannot be
     *                      split as asked
     */
    public ForecastValidation.PredictiveOutcome validatePredictive(Principal who, String name, Reader csv,
                                                                   Optional<ForecastValidation.Training> training,
                                                                   double qmvThreshold, int folds, long seed) {
        requireForecaster(who, "validate forecasting models");
        if (!(qmvThreshold > 0.5 && qmvThreshold <= 1))
            throw new InvalidInput("qmvThreshold", "must be in (0.5, 1], was " + qmvThreshold);
        if (folds < 2 || folds > 100) throw new InvalidInput("folds", "must be 2 to 100, was " + folds);
        String cases = readAll("cases", csv);
        checkValidationSize("cases", cases);
        Optional<ForecastValidation.Training> train = training.map(t -> {
            String text = readAll("train", t.csv());
            checkValidationSize("train", text);
            return new ForecastValidation.Training(t.name(), new java.io.StringReader(text));
        });
        try {
            return ForecastValidation.runPredictive(name, new java.io.StringReader(cases), train, qmvThreshold, ForecastModels.standard(), folds,
                    ForecastValidation.DEFAULT_RESAMPLES, seed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(training.isPresent() ? "train" : "cv", e.getMessage());
        }
    }

    /** The Monte Carlo engine for a model, with the shipped calibration of its headline when there is one. */
    private static MonteCarloForecast forecaster(OutcomeModel model) {
        return new MonteCarloForecast(model, Optional.ofNullable(CALIBRATION.get(model.name())));
    }

    private static Map<String, ResidualCalibration> loadCalibration() {
        var in = ForecastService.class.getResourceAsStream(CALIBRATION_RESOURCE);
        if (in == null) throw new IllegalStateException("calibration resource " + CALIBRATION_RESOURCE + " is missing from the build");
        try (Reader r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            return CalibrationFile.read(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The calibration file of the standard models' headlines on past cases read from CSV (see {@link CalibrationFile}).
     *
     * @param source one line saying what the cases are
     * @return the file's text, or every bad row of the input (and nothing written)
     * @throws InvalidInput if the threshold is out of range or the source is blank or spans lines
     */
    public CalibrationOutcome calibrationFile(Principal who, Reader csv, double qmvThreshold, String source) {
        requireForecaster(who, "calibrate forecasting models");
        if (!(qmvThreshold > 0.5 && qmvThreshold <= 1))
            throw new InvalidInput("qmvThreshold", "must be in (0.5, 1], was " + qmvThreshold);
        if (source == null || source.isBlank() || source.contains("\n")) throw new InvalidInput("source", "must be one line of text");
        return switch (new ValidationCsv(qmvThreshold).read(csv)) {
            case ValidationCsv.Rejected r -> new CalibrationOutcome.Rejected(r.errors());
            case ValidationCsv.Accepted a -> new CalibrationOutcome.Written(CalibrationFile.write(a.cases(), ForecastModels.standard(), source));
        };
    }

    /** What {@link #calibrationFile} gave. */
    public sealed interface CalibrationOutcome {
        /** @param text the calibration file */
        record Written(String text) implements CalibrationOutcome { }

        /** @param errors every bad row */
        record Rejected(List<RowError> errors) implements CalibrationOutcome { }
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
