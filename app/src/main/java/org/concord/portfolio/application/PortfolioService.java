package org.concord.portfolio.application;

import org.concord.shared.CalendarDate;
import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.ForecastRequestData;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.ForecastSummary;
import org.concord.forecast.application.IssueData;
import org.concord.forecast.model.IssueId;
import org.concord.intel.StanceService;
import org.concord.portfolio.model.Area;
import org.concord.portfolio.model.Personnel;
import org.concord.portfolio.model.ResetAnalysis;
import org.concord.portfolio.model.ResetProfile;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.CoreTask;
import org.concord.register.model.Mission;
import org.concord.register.model.Missions;
import org.concord.shared.InvalidInput;
import org.concord.shared.Principal;
import org.concord.shared.Violations;
import org.concord.shared.tx.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The portfolio lens: every mission the reader may see side by side; a reset profile applied to it (analysis only,
 * nothing written: the chair or an analyst); and, for the chair, the reset's decision items prepared as drafts, each
 * with a forecast issue and a stored forecast, so the reset's political cost reads item by item on one page.
 *
 * <p>Totals cover only the missions the reader may see, and say so without saying how many others there are.
 */
public final class PortfolioService {
    /** What every total says about its scope. */
    public static final String SCOPE = "Totals cover only the missions you may see.";
    /** Draws per forecast of a draft: enough for P(pass) to two digits, quick enough for a whole reset. */
    public static final int DRAFT_FORECAST_RUNS = 2_000;
    private static final Set<String> SORTS = Set.of("start", "name", "personnel", "area", "coreTask", "status");
    private static final Set<String> CLOSED = Set.of("ADOPTED", "WITHDRAWN");

    private final Transactions tx;
    private final AccessControl access;
    private final Clock clock;
    private final ProcedureService procedure;
    private final ForecastService forecasts;
    private final StanceService stances;

    public PortfolioService(Transactions tx, AccessControl access, Clock clock, ProcedureService procedure, ForecastService forecasts,
                            StanceService stances) {
        this.tx = tx;
        this.access = access;
        this.clock = clock;
        this.procedure = procedure;
        this.forecasts = forecasts;
        this.stances = stances;
    }

    public LocalDate today() { return LocalDate.now(clock); }

    private List<Mission> visibleMissions(Principal who) {
        return access.visible(who, tx.read(t -> t.repository(Missions.class).list(Optional.empty(), Optional.empty())), Mission::classification);
    }

    /**
     * Every mission the reader may see, sorted by {@code sort}: start (default), name, personnel, area, coreTask or
     * status; a leading {@code -} sorts descending. Unknown personnel sorts last either way.
     *
     * @throws InvalidInput naming {@code sort} if it is none of these
     */
    public List<PortfolioRowData> portfolio(Principal who, Optional<String> sort) {
        String key = sort.map(s -> s.startsWith("-") ? s.substring(1) : s).orElse("start");
        boolean descending = sort.map(s -> s.startsWith("-")).orElse(false);
        if (!SORTS.contains(key)) throw new InvalidInput("sort", "'" + sort.get() + "' is not one of " + SORTS.stream().sorted().toList() + " (prefix - to sort descending)");
        List<PortfolioRowData> rows = new ArrayList<>(visibleMissions(who).stream().map(PortfolioService::row).toList());
        Comparator<PortfolioRowData> order = switch (key) {
            case "name" -> Comparator.comparing(PortfolioRowData::name, String.CASE_INSENSITIVE_ORDER);
            case "area" -> Comparator.comparing(PortfolioRowData::area);
            case "coreTask" -> Comparator.comparing(PortfolioRowData::coreTask);
            case "status" -> Comparator.comparing(PortfolioRowData::status);
            case "personnel" -> Comparator.comparing((PortfolioRowData r) -> r.personnel() == null ? 0 : 1)
                    .thenComparing(r -> r.personnel() == null ? 0 : r.personnel());
            default -> (a, b) -> 0; // the store's start order
        };
        if (descending) order = order.reversed();
        if (key.equals("personnel") && descending) order = Comparator.comparing((PortfolioRowData r) -> r.personnel() == null ? 1 : 0).thenComparing(order);
        rows.sort(order);
        return rows;
    }

    static PortfolioRowData row(Mission m) {
        Personnel p = Personnel.of(m);
        return new PortfolioRowData(m.id().value(), m.name(), m.acronym().orElse(null), m.status().name(), m.coreTask().name(),
                m.secondaryCoreTask().map(Enum::name).orElse(null), Area.of(m).name(), Area.why(m),
                p.known() ? p.actual().getAsInt() : null, p.text(), p.date().orElse(null),
                p.provenance().map(x -> x.sources()).orElse(List.of()), p.provenance().map(x -> x.confidence().name()).orElse(null),
                m.contributors().stream().map(c -> c.code()).toList(), m.partnerContributors().stream().map(c -> c.code()).toList(),
                m.contributions().stream().map(c -> c.nation().code() + " " + c.personnel() + " (" + c.date() + ") " + c.provenance().sources()).toList(),
                m.commonFundedCost().map(c -> String.format(Locale.ROOT, "EUR %,d (%d)", c.amountEur(), c.year())).orElse("not sourced"),
                m.commonFundedCost().map(c -> c.amountEur()).orElse(null), m.commonFundedCost().map(c -> c.year()).orElse(null),
                m.commonFundedCost().map(c -> c.provenance().sources()).orElse(List.of()),
                m.commonFundedCost().map(c -> c.provenance().confidence().name()).orElse(null), m.classification());
    }

    /** The profile a request names. @throws InvalidInput naming the bad fields */
    public ResetProfile profile(ResetRequestData request) {
        Violations v = new Violations();
        LocalDate by = today().plusYears(1);
        if (request.by() != null && !request.by().isBlank()) {
            CalendarDate d = v.parse("by", () -> CalendarDate.parse(request.by(), CalendarDate.DAYS));
            if (d != null) by = d.first();
        }
        String name = request.profile() == null ? "" : request.profile().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        ResetProfile p = null;
        switch (name) {
            case "DETERRENCE_AND_DEFENCE_ONLY", "DD_ONLY" -> p = new ResetProfile.CoreTaskOnly(CoreTask.DETERRENCE_AND_DEFENCE, by);
            case "OUTSIDE_EURO_ATLANTIC", "OUTSIDE_AREA" -> p = new ResetProfile.EndOutsideArea(by);
            case "PERSONNEL_CAP" -> {
                if (request.cap() == null) v.add("cap", "is required with PERSONNEL_CAP: the most personnel a mission keeps");
                else if (request.cap() < 0) v.add("cap", "must not be negative, got " + request.cap());
                else p = new ResetProfile.PersonnelCap(request.cap(), by);
            }
            default -> v.add("profile", (request.profile() == null ? "is required" : "'" + request.profile() + "' is not a profile")
                    + ": one of DETERRENCE_AND_DEFENCE_ONLY, OUTSIDE_EURO_ATLANTIC, PERSONNEL_CAP");
        }
        if (request.cap() != null && !name.equals("PERSONNEL_CAP") && p != null) v.add("cap", "is given only with PERSONNEL_CAP");
        if (!by.isAfter(today())) v.add("by", "'" + by + "' must be after today (" + today() + ")");
        v.throwIfAny();
        return p;
    }

    /**
     * Applies a reset profile to the portfolio the reader may see: nothing is written. The chair or an analyst.
     *
     * @throws InvalidInput naming the bad fields of the request
     */
    public ResetAnalysisData analyse(Principal who, ResetRequestData request) {
        access.require(who, ActionKind.ANALYSE_PORTFOLIO, Optional.empty());
        ResetProfile profile = profile(request);
        ResetAnalysis a = ResetAnalysis.of(profile, visibleMissions(who), today());
        List<ItemView> items = procedure.list(who, Optional.empty());
        List<ResetAnalysisData.ChangeData> changes = a.changes().stream().map(c -> change(profile, c, items)).toList();
        return new ResetAnalysisData(name(profile), profile.code(), profile.statement(), profile.by().toString(), a.on().toString(), SCOPE,
                Area.RULE, Personnel.RULE, a.changes().size(), a.knownFreed(), a.unknownFreed(),
                a.freedByNation().entrySet().stream().map(e -> new ResetAnalysisData.NationTotal(e.getKey().code(), e.getValue())).toList(),
                changes, a.notAssessed());
    }

    static String name(ResetProfile p) {
        return switch (p) {
            case ResetProfile.CoreTaskOnly c -> "DETERRENCE_AND_DEFENCE_ONLY";
            case ResetProfile.EndOutsideArea e -> "OUTSIDE_EURO_ATLANTIC";
            case ResetProfile.PersonnelCap c -> "PERSONNEL_CAP";
        };
    }

    private static ResetAnalysisData.ChangeData change(ResetProfile profile, ResetAnalysis.Change c, List<ItemView> items) {
        Mission m = c.mission();
        Personnel p = c.personnel();
        String id = draftId(profile, m);
        List<String> related = items.stream().filter(v -> !CLOSED.contains(v.status()) && !v.id().equals(id) && v.effect() != null
                && v.effect().missionTarget().filter(m.id().value()::equals).isPresent()).map(ItemView::id).toList();
        return new ResetAnalysisData.ChangeData(m.id().value(), m.name(), m.coreTask().name(), Area.of(m).name(), c.touch().action().name(),
                c.touch().target().isPresent() ? c.touch().target().getAsInt() : null, c.touch().reason(), p.text(), p.date().orElse(null),
                p.provenance().map(x -> x.sources()).orElse(List.of()), p.provenance().map(x -> x.confidence().name()).orElse(null),
                boxed(c.freed()), c.byNation().stream().map(n -> new ResetAnalysisData.NationFreedData(n.nation().code(), n.personnel(), n.basis())).toList(),
                boxed(c.unattributed()), c.withoutFigures().stream().map(x -> x.code()).toList(), needed(profile, c, id), related);
    }

    private static Integer boxed(OptionalInt i) { return i.isPresent() ? i.getAsInt() : null; }

    static String draftId(ResetProfile profile, Mission m) { return "reset-" + profile.code() + "-" + m.id().value(); }

    /** The effect a needed item names: a reset only terminates or reduces missions. */
    private static EffectRequest effect(ResetAnalysisData.NeededItem n, String mission) {
        return switch (EffectRequest.Type.named(n.effect())) {
            case TERMINATE_MISSION -> new EffectRequest.TerminateMission(mission, n.endDate());
            case REDUCE_MISSION -> new EffectRequest.ReduceMission(mission, n.targetStrength(), n.byDate());
            case LAUNCH_MISSION, EXTEND_MISSION, CHANGE_MANDATE, INVITE_PARTNER, EXCLUDE_PARTNER, EXCLUDE_PARTNERS, HOLD_EVENT,
                 CANCEL_EVENT, ADOPT_STATEMENT -> throw new IllegalStateException("a reset needs no " + n.effect() + " item");
        };
    }

    private static ResetAnalysisData.NeededItem needed(ResetProfile profile, ResetAnalysis.Change c, String id) {
        Mission m = c.mission();
        String name = m.acronym().map(a -> m.name() + " (" + a + ")").orElse(m.name());
        return switch (c.touch().action()) {
            case TERMINATE -> new ResetAnalysisData.NeededItem(id, "Reset: terminate " + name + " by " + profile.by(),
                    "The Council decides to terminate " + name + " by " + profile.by() + ".", "TERMINATE_MISSION", profile.by().toString(), null, null);
            case REDUCE -> new ResetAnalysisData.NeededItem(id, "Reset: reduce " + name + " to " + c.touch().target().getAsInt() + " personnel by " + profile.by(),
                    "The Council decides to reduce " + name + " to " + c.touch().target().getAsInt() + " personnel by " + profile.by() + ".",
                    "REDUCE_MISSION", null, c.touch().target().getAsInt(), profile.by().toString());
        };
    }

    /**
     * Prepares the reset's decision items as drafts (the chair only): for each mission the profile touches, a DRAFT item
     * in the chair's name with the change as its effect, a forecast issue on the mission's scale (the reported stances
     * of an issue already on the same change are carried over; otherwise every actor is a stated assumption), and a
     * stored forecast of it. Drafts already prepared are kept as they are (nothing is prepared twice).
     *
     * @return the drafts with their forecasts, as {@link #drafts} reads them
     */
    public ResetDraftsData prepare(Principal who, ResetRequestData request) {
        access.require(who, ActionKind.RAISE_ITEM, Optional.empty());
        access.require(who, ActionKind.RUN_FORECAST, Optional.empty());
        ResetProfile profile = profile(request);
        ResetAnalysisData analysis = analyse(who, request);
        Map<String, IssueData> issues = new java.util.HashMap<>();
        forecasts.issues(who).forEach(i -> issues.put(i.id(), i));
        List<ItemView> items = procedure.list(who, Optional.empty());
        // One unit of work: the services' own transactions join this one, so a failure writes no draft, issue or forecast.
        tx.inTransaction(t -> {
            prepare(who, profile, analysis, issues, items);
            return null;
        });
        return drafts(who, request);
    }

    private void prepare(Principal who, ResetProfile profile, ResetAnalysisData analysis, Map<String, IssueData> issues, List<ItemView> items) {
        for (ResetAnalysisData.ChangeData c : analysis.changes()) {
            ResetAnalysisData.NeededItem n = c.item();
            boolean exists = items.stream().anyMatch(v -> v.id().equals(n.id()));
            if (exists) continue;
            ItemView draft = procedure.draft(who, new RaiseItemData(n.id(), null, null, IssueData.CHAIR, n.subject(), n.text(),
                    effect(n, c.mission()), null), profile.statement());
            Optional<IssueData> source = sourceIssue(c, items, issues);
            IssueData issue = forecasts.defineIssue(who, issueFor(c, draft, source, profile));
            source.ifPresent(s -> stances.carryOver(who, IssueId.of(s.id()), IssueId.of(issue.id()),
                    "Carried over from issue " + s.id() + " (the same change on the same scale) for the reset draft " + draft.id() + "."));
            forecasts.run(who, new ForecastRequestData(issue.id(), DRAFT_FORECAST_RUNS, ForecastService.DEFAULT_SEED, null, null), done -> {});
        }
    }

    /** An issue already forecasting the same change on the same mission, whose stances read on the draft's scale. */
    private static Optional<IssueData> sourceIssue(ResetAnalysisData.ChangeData c, List<ItemView> items, Map<String, IssueData> issues) {
        return issues.values().stream().filter(i -> i.item() != null && !i.id().startsWith("reset-"))
                .filter(i -> items.stream().anyMatch(v -> v.id().equals(i.item()) && !CLOSED.contains(v.status()) && v.effect() != null
                        && v.effect().missionTarget().filter(c.mission()::equals).isPresent()
                        && c.item().effect().equals(v.effect().type().name())))
                .min(Comparator.comparing(IssueData::id));
    }

    private IssueData issueFor(ResetAnalysisData.ChangeData c, ItemView draft, Optional<IssueData> source, ResetProfile profile) {
        boolean end = c.action().equals("TERMINATE");
        Integer current = c.freed() == null || end ? null : c.freed() + c.target();
        double proposal = end ? 0 : current == null || current == 0 ? 0 : Math.round(1000.0 * c.target() / current) / 10.0;
        String assumptions = "Status quo 100: without a decision the mission continues as it is. Proposer: the chair (the reset is "
                + "prepared in the chair's name). Rule: unanimity (R1, R10). ";
        if (source.isPresent()) {
            IssueData s = source.get();
            return new IssueData(draft.id(), draft.id(), "Reset: " + c.name(), s.scale0(), s.scale100(), s.statusQuo(),
                    end ? s.proposal() : proposal, "UNANIMITY", null, null, IssueData.CHAIR, today().toString(), null, null,
                    assumptions + "Scale and reported stances carried over from issue " + s.id() + ", which forecasts the same change"
                            + (end ? " (its date may differ from " + profile.by() + ")" : "; the proposal is the cap as a share of today's strength, an assumption")
                            + ". Actors no stance covers get the wide prior.", s.sources(), draft.classification());
        }
        String zero = end ? c.name() + " ended by " + profile.by() + ", no residual presence" : c.name() + " ended";
        String hundred = c.name() + (current != null ? " kept at " + current + " personnel" : " continues as it is, with no end date");
        return new IssueData(draft.id(), draft.id(), "Reset: " + c.name(), zero, hundred, 100.0, proposal, "UNANIMITY", null, null,
                IssueData.CHAIR, today().toString(), null, null,
                assumptions + "No reported stance on this change: every actor's position is a stated assumption (the wide prior), "
                        + "so the forecast says how little is known, not who objects.", null, draft.classification());
    }

    /**
     * The reset's drafts the reader may see, each with its forecast issue and its latest stored forecast: P(passes) and
     * the members forecast to block it. An item raised since stays listed with its status.
     */
    public ResetDraftsData drafts(Principal who, ResetRequestData request) {
        ResetProfile profile = profile(request);
        String prefix = "reset-" + profile.code() + "-";
        Map<String, IssueData> issues = new java.util.HashMap<>();
        forecasts.issues(who).forEach(i -> issues.put(i.id(), i));
        List<ResetDraftsData.DraftForecast> out = new ArrayList<>();
        for (ItemView v : procedure.list(who, Optional.empty())) {
            if (!v.id().startsWith(prefix)) continue;
            IssueData issue = issues.get(v.id());
            int stanceCount = issue == null ? 0 : stances.list(who, Optional.of(IssueId.of(issue.id()))).size();
            String from = issue == null || issue.note() == null || !issue.note().contains("carried over from issue ") ? null
                    : issue.note().replaceAll("(?s).*carried over from issue (\\S+?),.*", "$1");
            Optional<ForecastSummary> last = issue == null ? Optional.empty()
                    : forecasts.forecasts(who, Optional.of(IssueId.of(issue.id()))).stream().max(Comparator.comparing(ForecastSummary::at));
            Optional<ForecastData> f = last.map(s -> forecasts.forecast(who, new ForecastId(s.id())));
            List<String> blockers = f.map(d -> d.results().levers() == null ? List.<String>of() : d.results().levers().stream()
                    .filter(l -> "DECISIVE".equals(l.kind()) && "BLOCKS_PROPOSAL".equals(l.effect())).map(ForecastData.LeverData::actor).toList()).orElse(List.of());
            List<String> pivotal = f.map(d -> d.results().pivotal() == null ? List.<String>of() : d.results().pivotal().stream().limit(5)
                    .map(x -> x.actor() + " " + Math.round(100 * x.share()) + "%").toList()).orElse(List.of());
            out.add(new ResetDraftsData.DraftForecast(v.id(), v.version(), v.effect() == null ? null : v.effect().missionTarget().orElse(null), v.subject(), v.status(),
                    v.classification(), issue == null ? null : issue.id(), issue == null ? 100 : issue.statusQuo(), issue == null ? 0 : issue.proposal(),
                    from, stanceCount, issue == null ? null : issue.note(), last.map(ForecastSummary::id).orElse(null), last.map(ForecastSummary::model).orElse(null),
                    last.map(ForecastSummary::runs).orElse(null), last.map(ForecastSummary::proposalPasses).orElse(null),
                    last.map(ForecastSummary::statusQuoHolds).orElse(null), blockers, pivotal));
        }
        int passing = (int) out.stream().filter(d -> d.proposalPasses() != null && d.proposalPasses() >= 0.5).count();
        int blocked = (int) out.stream().filter(d -> d.proposalPasses() != null && d.proposalPasses() < 0.5).count();
        return new ResetDraftsData(name(profile), profile.code(), profile.statement(),
                "Only the drafts and missions you may see are listed and counted.", passing, blocked, out);
    }

    /** The chair raises a reset draft (or any draft): OPEN from now, journaled. */
    public ItemView raise(Principal who, ItemId id, Long version) { return procedure.raiseDraft(who, id, version); }
}
