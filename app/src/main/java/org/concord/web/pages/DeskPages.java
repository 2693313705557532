package org.concord.web.pages;

import org.concord.shared.CalendarDate;
import org.concord.procedure.data.EffectRequest;
import io.javalin.http.Context;
import org.concord.web.cache.ViewCache;
import org.concord.access.AccessService;
import org.concord.access.model.ActionKind;
import org.concord.boot.Concord;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.ForecastSummary;
import org.concord.forecast.application.IssueData;
import org.concord.intel.StanceData;
import org.concord.intel.StanceService;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalService;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.model.ItemId;
import org.concord.register.application.RegisterService;
import org.concord.register.data.EventData;
import org.concord.register.data.MemberData;
import org.concord.register.data.MissionData;
import org.concord.register.data.OrganisationData;
import org.concord.register.data.PartnerData;
import org.concord.register.data.SessionData;
import org.concord.register.data.StrengthData;
import org.concord.register.model.CoreTask;
import org.concord.register.model.EventId;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.web.pages.Pages.*;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The desk's pages: thin handlers that call the application services as the request's principal (the anonymous
 * reader sees public records only) and render precompiled JTE templates. A missing or hidden record answers the same
 * HTML 404 page.
 */
public final class DeskPages {
    private final ViewCache views;
    private static final int PAGE = 20;
    private static final Set<String> CLOSED = Set.of("ADOPTED", "WITHDRAWN");
    private final RegisterService register;
    private final ProcedureService procedure;
    private final ForecastService forecasts;
    private final StanceService stances;
    private final JournalService journal;
    private final AccessService access;
    private final Clock clock;
    private final DeskSession sessions;
    private final ItemBoard board;
    private final ItemDesk items;
    private final RaiseDesk raise;
    private final ForecastDesk forecastDesk;
    private final AdminDesk admin;
    private final DeskReads reads;
    private final Analysis.Builder analysis;
    private final RiskDesk risks;
    private final BriefDesk brief;
    private final org.concord.review.application.ReviewService reviews;
    private final PortfolioDesk portfolioDesk;

    /** The desk on {@code concord}; the home and item pages are kept in {@code views} until the journal head moves. */
    public DeskPages(Concord concord, ViewCache views) {
        this.views = views;
        this.register = concord.register();
        this.procedure = concord.procedure();
        this.forecasts = concord.forecasts();
        this.stances = concord.stances();
        this.journal = concord.journal();
        this.access = concord.access();
        this.clock = concord.settings().clock();
        this.sessions = new DeskSession(access, new SecureRandom());
        this.board = new ItemBoard(register, procedure, journal, access, clock);
        this.analysis = new Analysis.Builder(concord.options(), concord.risks(), access, clock);
        this.items = new ItemDesk(sessions, board, procedure, views, analysis);
        this.risks = new RiskDesk(sessions, concord.risks(), items);
        this.brief = new BriefDesk(sessions, concord.briefs());
        this.raise = new RaiseDesk(sessions, register, procedure, access);
        this.forecastDesk = new ForecastDesk(sessions, forecasts, stances, register, procedure, access, clock);
        this.admin = new AdminDesk(sessions, access, clock);
        this.reads = new DeskReads(journal, access, clock);
        this.reviews = concord.reviews();
        this.portfolioDesk = new PortfolioDesk(sessions, concord.portfolio(), access);
    }

    public AdminDesk admin() { return admin; }

    /** The risk forms of item and mission pages. */
    public RiskDesk risks() { return risks; }

    /** The decision brief's print page. */
    public BriefDesk brief() { return brief; }

    public PortfolioDesk portfolio() { return portfolioDesk; }

    public ForecastDesk forecastDesk() { return forecastDesk; }

    public DeskSession sessions() { return sessions; }

    /** The desk's HTML 404 page, as the signed-in viewer (a mistyped or stale address in a browser). */
    public void notFound(Context ctx) { ItemDesk.notFound(ctx, sessions.of(ctx).viewer()); }

    public ItemDesk items() { return items; }

    public RaiseDesk raise() { return raise; }

    private LocalDate today() { return LocalDate.now(clock); }

    ItemRow row(ItemView v) {
        boolean running = v.silence() != null && "RUNNING".equals(v.silence().phase());
        String effect = ItemBoard.effect(v.effect(), Map.of()).stream().map(ItemPage.Segment::text).collect(Collectors.joining());
        return new ItemRow(v.id(), v.subject(), v.status(), v.body(), v.classification(), ItemBoard.consensus(v), effect,
                running ? Display.instant(v.silence().deadline()) : null, running ? board.countdown(v.silence().deadline()) : null,
                v.adoption() != null ? Display.instant(v.adoption().adoptedAt()) : CLOSED.contains(v.status()) ? Display.instant(v.lastActAt()) : null,
                running ? v.silence().deadline().toString() : null, running ? board.leftMs(v.silence().deadline()) : null);
    }

    /** {@code GET /}: what the viewer's role works on, then recent decisions and upcoming events for everyone. */
    public void home(Context ctx) throws Exception {
        var s = sessions.of(ctx);
        views.serve(ctx, s.principal(), variant(s, views), () -> homeView(s));
    }

    /**
     * What a cached desk page is kept apart by besides the request and what the reader may see: the signed-in user and
     * their session (the page carries the session's CSRF token), and the minute (a page shows the time left to deadlines).
     */
    static String variant(DeskSession.Session s, ViewCache views) {
        return (s.viewer().signedIn() ? s.viewer().name() + '|' + s.viewer().csrf() : "") + '|' + s.ended() + '|' + views.minute();
    }

    private ViewCache.View homeView(DeskSession.Session s) {
        Principal who = s.principal();
        LocalDate today = today();
        DeskReads.Snapshot at = reads.of(who);
        List<ItemView> all = items(at, who);
        // drafts are not before the body: they are listed on their own, for the chair, not as open items
        List<ItemView> open = all.stream().filter(v -> !CLOSED.contains(v.status()) && !"DRAFT".equals(v.status())).toList();
        Optional<Iso3> nation = who.nation();
        boolean delegation = nation.isPresent() && access.allows(who, ActionKind.RECORD_POSITION, nation);
        boolean chair = access.allows(who, ActionKind.OPEN_SILENCE, Optional.empty());
        boolean analyst = access.allows(who, ActionKind.RECORD_STANCE, Optional.empty());
        List<ItemRow> awaiting = List.of(), breakable = List.of(), ready = List.of(), silences = List.of(), blocked = List.of();
        if (delegation) {
            String own = nation.get().code();
            // List rows carry no positions (they stay small however long the histories): read each open item whole, once a journal head.
            Set<String> answered = at.get("answered:" + own, () -> open.stream().filter(v -> procedure.show(who, ItemId.of(v.id()), Optional.empty())
                    .positions().stream().anyMatch(p -> p.member().equals(own) && !"SILENT".equals(p.position()) && !"UNKNOWN".equals(p.position())))
                    .map(ItemView::id).collect(Collectors.toUnmodifiableSet()));
            awaiting = open.stream().filter(v -> !answered.contains(v.id())).map(this::row).toList();
            breakable = open.stream().filter(v -> running(v) && !v.silence().breakers().contains(own))
                    .sorted(Comparator.comparing(v -> v.silence().deadline())).map(this::row).toList();
        }
        if (chair) {
            ready = open.stream().filter(v -> v.consensus() != null && v.consensus().reached()).map(this::row).toList();
            silences = open.stream().filter(this::running).sorted(Comparator.comparing(v -> v.silence().deadline())).map(this::row).toList();
            blocked = open.stream().filter(v -> v.consensus() != null && v.consensus().blocking() != null && !v.consensus().blocking().isEmpty())
                    .map(this::row).toList();
        }
        List<IssueRow> stale = List.of();
        List<StanceRow> fresh = List.of();
        if (analyst) {
            List<StanceData> allStances = at.get("stances", () -> stances.list(who, Optional.empty()));
            stale = at.get("stale-issues", () -> staleIssues(who, allStances));
            String since = today.minusDays(30).toString();
            fresh = allStances.stream().filter(x -> x.reportedOn() != null && x.reportedOn().compareTo(since) >= 0)
                    .sorted(Comparator.comparing(StanceData::reportedOn).reversed()).limit(20).map(DeskPages::stanceRow).toList();
        }
        List<ItemRow> decided = all.stream().filter(v -> CLOSED.contains(v.status()))
                .sorted(Comparator.comparing(ItemView::lastActAt).reversed()).limit(10).map(this::row).toList();
        String todayText = today.toString();
        List<EventRow> upcoming = at.get("events", () -> register.events(who).stream().map(EventData::from).toList()).stream()
                .filter(e -> e.start() != null && (e.end() != null ? e.end() : e.start()).compareTo(todayText) >= 0)
                .sorted(Comparator.comparing(EventData::start)).map(DeskPages::eventRow).toList();
        List<MissionRow> missions = at.get("missions", () -> register.missions(who, Optional.empty(), Optional.empty()).stream().map(MissionData::from).toList()).stream()
                .filter(m -> MissionStatus.ACTIVE.name().equals(m.status())).map(DeskPages::missionRow).toList();
        boolean mayRaise = access.allows(who, ActionKind.RAISE_ITEM, nation);
        return Html.view("home.jte", new HomePage(s.viewer(),
                at.get("organisation", () -> register.organisation(who).map(o -> OrganisationData.from(o).name()).orElse("Concord")), todayText,
                at.get("members-today", () -> register.members(who, Optional.of(today)).size()), delegation, chair, analyst, awaiting, breakable, ready, silences, blocked,
                stale, fresh, open.stream().map(this::row).toList(), decided, upcoming, missions, mayRaise,
                reviews.due(who, today).stream().map(ReviewsPart::dueRow).toList(),
                chair ? all.stream().filter(v -> "DRAFT".equals(v.status())).map(this::row).toList() : List.of()));
    }

    /** Every item the reader may see, as list rows, read once a journal head. */
    private List<ItemView> items(DeskReads.Snapshot at, Principal who) { return at.get("items", () -> procedure.list(who, Optional.empty())); }

    private boolean running(ItemView v) { return v.silence() != null && "RUNNING".equals(v.silence().phase()); }

    private List<IssueRow> staleIssues(Principal who, List<StanceData> allStances) {
        List<ForecastSummary> runs = forecasts.forecasts(who, Optional.empty());
        List<IssueRow> out = new ArrayList<>();
        for (IssueData i : forecasts.issues(who)) {
            Optional<ForecastSummary> last = runs.stream().filter(f -> f.issue().equals(i.id())).max(Comparator.comparing(ForecastSummary::at));
            List<StanceData> own = allStances.stream().filter(x -> i.id().equals(x.issue())).toList();
            String lastDay = last.map(f -> f.at().toString().substring(0, 10)).orElse(null);
            long newer = lastDay == null ? own.size() : own.stream().filter(x -> x.reportedOn() != null && x.reportedOn().compareTo(lastDay) > 0).count();
            if (last.isEmpty()) out.add(new IssueRow(i.id(), i.title(), i.item(), Display.NONE, own.size(), "never forecast"));
            else if (newer > 0) out.add(new IssueRow(i.id(), i.title(), i.item(), Display.instant(last.get().at()), own.size(), newer + " stance(s) reported since"));
        }
        return out;
    }

    static StanceRow stanceRow(StanceData x) {
        return new StanceRow(x.id() == null ? 0 : x.id(), x.issue(), x.actor() != null ? x.actor() : Display.text(x.group()), Display.text(x.reportedOn()),
                Display.text(x.grade()), Display.number(x.position()), Display.text(x.source()));
    }

    static EventRow eventRow(EventData e) {
        return new EventRow(e.id(), e.name(), Display.list(java.util.stream.Stream.of(e.place(), e.country())
                .filter(x -> x != null && !x.isBlank()).toList()), Display.text(e.start()), Display.text(e.end()), Labels.words(e.status()));
    }

    static MissionRow missionRow(MissionData m) {
        List<StrengthData> s = m.strength() == null ? List.of() : m.strength();
        StrengthData last = s.isEmpty() ? null : s.get(s.size() - 1);
        String figure = last == null ? Display.NONE : Display.text(last.actual() != null ? last.actual() : last.authorised());
        return new MissionRow(m.id(), m.name(), Labels.words(m.status()), Labels.words(m.coreTask()), figure, last == null ? Display.NONE : last.date());
    }

    /** {@code GET /items?status=&body=&marking=&page=}. */
    public void itemList(Context ctx) {
        var s = sessions.of(ctx);
        Principal who = s.principal();
        String status = blank(ctx.queryParam("status")), body = blank(ctx.queryParam("body")), marking = blank(ctx.queryParam("marking"));
        List<ItemView> all = items(reads.of(who), who);
        List<ItemView> shown = all.stream().filter(v -> status == null || status.equals(v.status()))
                .filter(v -> body == null || body.equals(v.body()))
                .filter(v -> marking == null || v.classification().startsWith(marking))
                .sorted(Comparator.comparing(ItemView::lastActAt).reversed()).toList();
        int pages = Math.max(1, (shown.size() + PAGE - 1) / PAGE);
        int page = Math.min(pages, Math.max(1, intParam(ctx, "page", 1)));
        String base = "/items?" + (status == null ? "" : "status=" + status + "&") + (body == null ? "" : "body=" + body + "&")
                + (marking == null ? "" : "marking=" + marking.replace(' ', '+') + "&") + "page=";
        List<Choice> statuses = new ArrayList<>(List.of(new Choice("", "any status", status == null)));
        for (var st : org.concord.procedure.model.ItemStatus.values()) statuses.add(new Choice(st.name(), Labels.words(st.name()), st.name().equals(status)));
        List<Choice> bodies = new ArrayList<>(List.of(new Choice("", "any body", body == null)));
        register.bodies(who).forEach(b -> bodies.add(new Choice(b.id().value(), b.id().value(), b.id().value().equals(body))));
        List<Choice> markings = new ArrayList<>(List.of(new Choice("", "any marking", marking == null)));
        access.ladder().markings().forEach(m -> markings.add(new Choice(m.name(), m.name(), m.name().equals(marking))));
        Html.render(ctx, 200, "items.jte", new ItemsPage(s.viewer(),
                shown.stream().skip((long) (page - 1) * PAGE).limit(PAGE).map(this::row).toList(), statuses, bodies, markings, page, pages, shown.size(),
                page > 1 ? base + (page - 1) : null, page < pages ? base + (page + 1) : null,
                access.allows(who, ActionKind.RAISE_ITEM, who.nation())));
    }

    /** {@code GET /missions?status=&coreTask=}. */
    public void missionList(Context ctx) {
        var s = sessions.of(ctx);
        String status = blank(ctx.queryParam("status")), task = blank(ctx.queryParam("coreTask"));
        Optional<MissionStatus> st = parseEnum(MissionStatus.class, status);
        Optional<CoreTask> ct = parseEnum(CoreTask.class, task);
        List<Choice> statuses = new ArrayList<>(List.of(new Choice("", "any status", st.isEmpty())));
        for (MissionStatus m : MissionStatus.values()) statuses.add(new Choice(m.name(), Labels.words(m.name()), st.orElse(null) == m));
        List<Choice> tasks = new ArrayList<>(List.of(new Choice("", "any core task", ct.isEmpty())));
        for (CoreTask c : CoreTask.values()) tasks.add(new Choice(c.name(), Labels.words(c.name()), ct.orElse(null) == c));
        Html.render(ctx, 200, "missions.jte", new MissionsPage(s.viewer(), register.missions(s.principal(), st, ct).stream()
                .map(MissionData::from).map(DeskPages::missionRow).toList(), statuses, tasks));
    }

    /** {@code GET /missions/{id}?asOf=}: the mission, and the items that changed or propose to change it. */
    public void mission(Context ctx) {
        var s = sessions.of(ctx);
        show(ctx, s.viewer(), () -> new Rendered("mission.jte", missionPage(s.principal(), s.viewer(), MissionId.of(ctx.pathParam("id")),
                instant(ctx.queryParam("asOf")), List.of())));
    }

    private MissionPage missionPage(Principal who, Viewer viewer, MissionId id, Optional<Instant> asOf, List<String> errors) {
        return missionPage(who, viewer, id, asOf, errors, Map.of());
    }

    /** The mission page; {@code sent} is a refused review's fields, shown in its form again. */
    private MissionPage missionPage(Principal who, Viewer viewer, MissionId id, Optional<Instant> asOf, List<String> errors, Map<String, String> sent) {
        MissionData m = asOf.isPresent() ? MissionData.from(register.missionAsRecorded(who, id, asOf.get()))
                : register.missionOn(who, id, Optional.empty(), Optional.empty()); // lead nations: who leads today
        List<MissionPage.ItemRef> touching = items(reads.of(who), who).stream()
                .filter(v -> v.effect() != null && v.effect().missionTarget().filter(id.value()::equals).isPresent())
                .map(v -> new MissionPage.ItemRef(v.id(), v.subject(), v.status(), row(v).effect())).toList();
        LocalDate today = today();
        ReviewsPart part = ReviewsPart.of(m.reviewCycle(), reviews.nextPeriodic(who, id, today).map(Object::toString).orElse(null),
                reviews.dueFor(who, id, today), reviews.historyFor(who, id), access.allows(who, ActionKind.RECORD_REVIEW, Optional.empty()), errors, sent,
                access.ladder().markings().stream().map(x -> x.name()).toList());
        return MissionPage.of(viewer, m, touching, asOf.map(Display::instant).orElse(null), part)
                .withAnalysis(analysis.ofMission(who, viewer, id));
    }

    /** {@code POST /missions/{id}/reviews}: the chair records a review held, or calls an ad hoc one. */
    public void recordReview(Context ctx) {
        DeskSession.Session s;
        try {
            s = sessions.form(ctx);
        } catch (DeskSession.Refused r) {
            Html.render(ctx, r.status, "message.jte", new MessagePage(sessions.of(ctx).viewer(), "Review not recorded", r.getMessage(), List.of()));
            return;
        }
        show(ctx, s.viewer(), () -> {
            MissionId id = MissionId.of(ctx.pathParam("id"));
            var data = new org.concord.review.application.RecordReviewData(ItemDesk.param(ctx, "kind"), ItemDesk.param(ctx, "dueOn"),
                    ItemDesk.param(ctx, "heldOn"), ItemDesk.param(ctx, "body"), ItemDesk.param(ctx, "recommendation"), ItemDesk.param(ctx, "item"),
                    ItemDesk.param(ctx, "summary"), ItemDesk.param(ctx, "classification"));
            try {
                reviews.record(s.principal(), id, data);
                Html.seeOther(ctx, "/missions/" + id.value() + "?done=review#reviews-h");
                return null;
            } catch (InvalidInput e) {
                return new Rendered("mission.jte", missionPage(s.principal(), s.viewer(), id, Optional.empty(),
                        e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList(), sent(ctx)), 400);
            } catch (org.concord.shared.Conflict | Forbidden e) {
                return new Rendered("mission.jte", missionPage(s.principal(), s.viewer(), id, Optional.empty(), List.of(e.getMessage()), sent(ctx)),
                        e instanceof Forbidden ? 403 : 409);
            }
        });
    }

    /** The fields a refused review sent (the first value of each), never the CSRF token. */
    private static Map<String, String> sent(Context ctx) {
        Map<String, String> sent = new java.util.HashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!values.isEmpty() && !name.equals("_csrf")) sent.put(name, values.getFirst());
        });
        return Map.copyOf(sent);
    }

    /** {@code GET /events}: upcoming (ending today or later) and past, by date. */
    public void eventList(Context ctx) {
        var s = sessions.of(ctx);
        String today = today().toString();
        List<EventData> all = register.events(s.principal()).stream().map(EventData::from).filter(e -> e.start() != null)
                .sorted(Comparator.comparing(EventData::start)).toList();
        Html.render(ctx, 200, "events.jte", new EventsPage(s.viewer(), today,
                all.stream().filter(e -> (e.end() != null ? e.end() : e.start()).compareTo(today) >= 0).map(DeskPages::eventRow).toList(),
                all.stream().filter(e -> (e.end() != null ? e.end() : e.start()).compareTo(today) < 0).sorted(Comparator.comparing(EventData::start).reversed())
                        .map(DeskPages::eventRow).toList()));
    }

    /** {@code GET /events/{id}}: sessions by formality and level, and the invitation matrix with the pending decisions. */
    public void event(Context ctx) {
        var s = sessions.of(ctx);
        show(ctx, s.viewer(), () -> {
            EventData e = EventData.from(register.event(s.principal(), EventId.of(ctx.pathParam("id"))));
            List<SessionData> ss = e.sessions() == null ? List.of() : e.sessions().stream()
                    .sorted(Comparator.comparing((SessionData x) -> Display.text(x.formality())).thenComparing(x -> Display.text(x.level()))
                            .thenComparing(x -> Display.text(x.date()))).toList();
            List<SessionRow> sessions = ss.stream().map(x -> new SessionRow(x.id(), x.title(), Display.text(x.date()), Labels.words(x.formality()),
                    Labels.level(x.level()), Display.text(x.body()))).toList();
            List<ItemView> pending = items(reads.of(s.principal()), s.principal()).stream()
                    .filter(v -> v.effect() != null && v.effect().eventTarget().filter(e.id()::equals).isPresent()).toList();
            Set<String> countries = new LinkedHashSet<>();
            ss.forEach(x -> { if (x.invitations() != null) x.invitations().forEach(i -> countries.add(i.country())); });
            for (ItemView v : pending) {
                countries.addAll(v.effect().partnerTargets());
            }
            List<SessionData> matrixSessions = ss.stream().filter(x -> (x.invitations() != null && !x.invitations().isEmpty())
                    || pending.stream().anyMatch(v -> v.effect().sessionTarget().filter(x.id()::equals).isPresent())).toList();
            List<MatrixRow> matrix = new ArrayList<>();
            for (String c : countries.stream().sorted().toList()) {
                List<MatrixCell> cells = new ArrayList<>();
                for (SessionData x : matrixSessions) {
                    String st = x.invitations() == null ? null : x.invitations().stream().filter(i -> i.country().equals(c)).map(i -> i.status()).findFirst().orElse(null);
                    String proposed = pending.stream().filter(v -> !CLOSED.contains(v.status())).filter(v -> v.effect().sessionTarget().filter(x.id()::equals).isPresent()
                            && v.effect().partnerTargets().contains(c))
                            .map(v -> (v.effect() instanceof EffectRequest.InvitePartner ? "invitation" : "exclusion") + " proposed by " + v.id()).findFirst().orElse(null);
                    cells.add(matrixCell(st, proposed));
                }
                matrix.add(new MatrixRow(c, cells));
            }
            return new Rendered("event.jte", new EventPage(s.viewer(), e.id(), e.name(), Labels.words(e.kind()), Display.list(java.util.stream.Stream.of(e.place(), e.country())
                    .filter(x -> x != null && !x.isBlank()).toList()), Display.text(e.start()), Display.text(e.end()), Labels.words(e.status()), e.note(),
                    sessions, matrixSessions.stream().map(x -> new SessionRow(x.id(), x.title(), Display.text(x.date()), Labels.words(x.formality()),
                    Labels.level(x.level()), Display.text(x.body()))).toList(), matrix, pending.stream().map(this::row).toList(),
                    e.sources() == null ? List.of() : e.sources()));
        });
    }

    private static MatrixCell matrixCell(String status, String proposal) {
        boolean pendingDecision = proposal != null;
        String suffix = pendingDecision ? "; " + proposal : "";
        if (status == null) return new MatrixCell(pendingDecision ? "?" : "·", (pendingDecision ? proposal : "not listed"), pendingDecision ? "reserve" : "none");
        return switch (status) {
            case "INVITED", "CONFIRMED", "ATTENDED" -> new MatrixCell("✓", Labels.words(status) + suffix, pendingDecision ? "reserve" : "support");
            case "EXCLUDED", "NOT_INVITED", "DECLINED" -> new MatrixCell("✗", Labels.words(status) + suffix, pendingDecision ? "reserve" : "object");
            default -> new MatrixCell("?", Labels.words(status) + suffix, "reserve");
        };
    }

    /** {@code GET /members?asOf=YYYY-MM-DD}. */
    public void memberList(Context ctx) {
        var s = sessions.of(ctx);
        LocalDate asOf = today();
        String q = blank(ctx.queryParam("asOf"));
        String error = null;
        if (q != null) try {
            asOf = CalendarDate.parse(q, CalendarDate.DAYS).first();
        } catch (IllegalArgumentException e) {
            error = q;
        }
        if (error != null) {
            Html.render(ctx, 400, "message.jte", new MessagePage(s.viewer(), "Bad date", "asOf: '" + error + "' is not a date (YYYY-MM-DD).", List.of()));
            return;
        }
        Html.render(ctx, 200, "members.jte", new MembersPage(s.viewer(), asOf.toString(), register.members(s.principal(), Optional.of(asOf)).stream()
                .map(MemberData::from).map(m -> new MemberRow(m.iso3(), m.name(), Display.text(m.accession()), Display.text(m.left()))).toList()));
    }

    /** {@code GET /partners}. */
    public void partnerList(Context ctx) {
        var s = sessions.of(ctx);
        Html.render(ctx, 200, "partners.jte", new PartnersPage(s.viewer(), register.partners(s.principal()).stream().map(PartnerData::from)
                .sorted(Comparator.comparing(PartnerData::name))
                .map(p -> new PartnerRow(p.iso3(), p.name(), Display.list(p.frameworks() == null ? List.of() : p.frameworks().stream().map(f -> f.framework()).toList()),
                        Display.text(p.note()))).toList()));
    }

    /** {@code GET /journal?subject=&type=&after=}: 50 entries a page, newest sequence last. */
    public void journalList(Context ctx) {
        var s = sessions.of(ctx);
        String subject = blank(ctx.queryParam("subject")), type = blank(ctx.queryParam("type"));
        long after = Math.max(0, intParam(ctx, "after", 0));
        List<JournalRow> rows = new ArrayList<>();
        String next = null, note = null;
        try {
            long cursor = after;
            while (rows.size() < 50) {
                List<JournalEntry> page = journal.list(s.principal(), Optional.ofNullable(subject), Optional.empty(), cursor, 200);
                for (JournalEntry e : page) {
                    cursor = e.seq();
                    if (type != null && !e.type().equals(type)) continue;
                    rows.add(new JournalRow(e.seq(), Display.instant(e.at()), e.actor(), e.type(), e.subject(), subjectHref(e.subject())));
                    if (rows.size() == 50) break;
                }
                if (page.size() < 200) { cursor = -1; break; }
            }
            if (rows.size() == 50 && cursor >= 0) next = "/journal?" + (subject == null ? "" : "subject=" + subject + "&") + (type == null ? "" : "type=" + type + "&") + "after=" + rows.get(49).seq();
        } catch (Forbidden f) {
            note = "Your role does not read the journal.";
        } catch (InvalidInput e) {
            note = e.getMessage();
        }
        Html.render(ctx, 200, "journal.jte", new JournalPage(s.viewer(), Display.text(subject).equals(Display.NONE) ? "" : subject,
                type == null ? "" : type, rows, next, note));
    }

    private static String subjectHref(String subject) {
        int colon = subject.indexOf(':');
        if (colon < 0) return null;
        String kind = subject.substring(0, colon), id = subject.substring(colon + 1);
        return switch (kind) {
            case "item" -> "/items/" + id;
            case "mission" -> "/missions/" + id;
            case "event" -> "/events/" + id;
            default -> null;
        };
    }

    /** {@code GET /forecasts}: issues and stored forecasts. */
    public void forecastList(Context ctx) {
        var s = sessions.of(ctx);
        Principal who = s.principal();
        List<ForecastSummary> runs = forecasts.forecasts(who, Optional.empty());
        List<IssueRow> issues = forecasts.issues(who).stream().map(i -> {
            var last = runs.stream().filter(f -> f.issue().equals(i.id())).max(Comparator.comparing(ForecastSummary::at));
            return new IssueRow(i.id(), i.title(), i.item(), last.map(f -> Display.instant(f.at())).orElse(Display.NONE), 0, "");
        }).toList();
        Html.render(ctx, 200, "forecasts.jte", new ForecastsPage(s.viewer(), issues, runs.stream()
                .map(f -> new ForecastRow(f.id(), f.issue(), f.model(), Display.instant(f.at()), Display.percent(f.proposalPasses()))).toList(),
                access.allows(who, ActionKind.RUN_FORECAST, Optional.empty())));
    }

    /** {@code GET /forecasts/{id}}. */
    public void forecast(Context ctx) {
        var s = sessions.of(ctx);
        show(ctx, s.viewer(), () -> {
            ForecastId id = ForecastId.parse(ctx.pathParam("id"));
            return new Rendered("forecast.jte", ForecastPage.of(s.viewer(), forecasts.forecast(s.principal(), id), forecasts.compareModels(s.principal(), id),
                    access.allows(s.principal(), ActionKind.RUN_FORECAST, Optional.empty())));
        });
    }

    record Rendered(String template, Object page, int status) {
        Rendered(String template, Object page) { this(template, page, 200); }
    }

    private void show(Context ctx, Viewer viewer, Supplier<Rendered> page) {
        Rendered r;
        try {
            r = page.get();
        } catch (NotFound | InvalidInput | IllegalArgumentException e) {
            ItemDesk.notFound(ctx, viewer);
            return;
        }
        if (r == null) return; // answered already (a redirect)
        Html.render(ctx, r.status(), r.template(), r.page());
    }

    static String blank(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    private static int intParam(Context ctx, String name, int fallback) {
        try {
            String v = ctx.queryParam(name);
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String s) {
        if (s == null) return Optional.empty();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(s)).findFirst();
    }

    private static Optional<Instant> instant(String s) {
        if (s == null || s.isBlank()) return Optional.empty();
        try {
            return Optional.of(s.length() == 10 ? CalendarDate.parse(s, CalendarDate.DAYS).first().atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(s));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInput("asOf", "'" + s + "' is not a date or an instant");
        }
    }
}
