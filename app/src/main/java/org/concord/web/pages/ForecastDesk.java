package org.concord.web.pages;

import io.javalin.http.Context;
import org.concord.access.AccessService;
import org.concord.access.model.ActionKind;
import org.concord.forecast.application.ActorData;
import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.ForecastRequestData;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.ForecastSummary;
import org.concord.forecast.application.IssueData;
import org.concord.forecast.application.IssueView;
import org.concord.forecast.model.IssueId;
import org.concord.intel.StanceData;
import org.concord.intel.StanceService;
import org.concord.procedure.application.ProcedureService;
import org.concord.register.application.RegisterService;
import org.concord.register.data.MemberData;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.web.pages.Pages.Choice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analyst's pages: a forecast issue with its actors and stances, the forms to define an issue, record a stance and
 * run a forecast. A forecast runs in the background and its page shows the draws done until it is stored.
 */
public final class ForecastDesk {
    private final DeskSession sessions;
    private final ForecastService forecasts;
    private final StanceService stances;
    private final RegisterService register;
    private final ProcedureService procedure;
    private final AccessService access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "desk-forecasts");
        t.setDaemon(true);
        return t;
    });

    ForecastDesk(DeskSession sessions, ForecastService forecasts, StanceService stances, RegisterService register, ProcedureService procedure,
                 AccessService access, Clock clock) {
        this.sessions = sessions;
        this.forecasts = forecasts;
        this.stances = stances;
        this.register = register;
        this.procedure = procedure;
        this.access = access;
        this.clock = clock;
    }

    /** A forecast running for {@code owner}: draws done of {@code total}, then the stored id or the refusal. */
    private static final class Run {
        final String owner, issue;
        final int total, models;
        final AtomicInteger done = new AtomicInteger();
        volatile Long id;
        volatile String error;
        volatile boolean finished;

        Run(String owner, String issue, int total, int models) {
            this.owner = owner;
            this.issue = issue;
            this.total = total;
            this.models = models;
        }
    }

    public record ActorRow(String actor, String position, String sd, String reports, String salience, String capability, boolean noReport) {}

    public record StanceRow(long id, String about, String reportedOn, String grade, String position, String source, String quote, boolean counted, String reading) {}

    /** A mark on the 0-100 line: {@code x} in the SVG's units, {@code row} to keep labels apart. */
    public record Mark(String label, String x, int row, String kind) {}

    public record IssuePage(Viewer viewer, String id, String title, String item, String scale0, String scale100, String statusQuo, String proposal,
                            String rule, String proposer, String date, String asOf, List<ActorRow> actors, List<StanceRow> stances,
                            List<Pages.ForecastRow> forecasts, List<Mark> line, boolean analyst, List<Choice> members, List<Choice> grades,
                            List<Choice> models, String today, String notice, List<String> errors, List<Choice> markings,
                            Map<String, String> sent) {

        /** What a refused stance sent in {@code field}, or null. */
        public String sent(String field) { return sent.get(field); }

        /** Whether {@code c} is chosen: as a refused stance sent {@code field}, else as the form's default. */
        public boolean selected(String field, Choice c) {
            String v = sent.get(field);
            return v == null ? c.selected() : v.equals(c.value());
        }
    }

    /** @param forecaster whether the viewer may define an issue (else the page says so and shows no form) */
    public record IssueFormPage(Viewer viewer, List<Choice> items, String today, List<String> errors, List<Choice> markings, boolean forecaster,
                                Map<String, String> sent) {

        /** What a refused definition sent in {@code field}, or null. */
        public String sent(String field) { return sent.get(field); }

        /** Whether {@code value} is chosen in {@code field}: as a refused definition sent it, else {@code byDefault}. */
        public boolean chosen(String field, String value, boolean byDefault) {
            String v = sent.get(field);
            return v == null ? byDefault : v.equals(value);
        }
    }

    /** A forecast running: {@code models} run one after the other, {@code total} draws in all. */
    public record RunPage(Viewer viewer, String job, String issue, int done, int total, int percent, int models) {}

    /** {@code GET /issues/{id}}. */
    public void issue(Context ctx) {
        var s = sessions.of(ctx);
        try {
            renderIssue(ctx, 200, s.principal(), s.viewer(), IssueId.of(ctx.pathParam("id")), ctx.queryParam("done") != null ? "Stance recorded." : null, List.of());
        } catch (NotFound | IllegalArgumentException e) {
            ItemDesk.notFound(ctx, s.viewer());
        }
    }

    /** The issue page with the answer to a form on it; the desk's 404 page when the issue is missing or hidden from {@code who}. */
    private void renderIssue(Context ctx, int status, Principal who, Viewer viewer, IssueId id, String notice, List<String> errors) {
        renderIssue(ctx, status, who, viewer, id, notice, errors, Map.of());
    }

    /** The issue page; {@code sent} is a refused stance's fields, shown in its form again. */
    private void renderIssue(Context ctx, int status, Principal who, Viewer viewer, IssueId id, String notice, List<String> errors,
                             Map<String, String> sent) {
        IssueView v;
        try {
            v = forecasts.issue(who, id, Optional.empty());
        } catch (NotFound e) {
            ItemDesk.notFound(ctx, viewer);
            return;
        }
        IssueData i = v.issue();
        List<ForecastSummary> stored = forecasts.forecasts(who, Optional.of(id));
        List<Mark> line = new ArrayList<>();
        line.add(new Mark("status quo", x(i.statusQuo()), 0, "sq"));
        line.add(new Mark("proposal", x(i.proposal()), 0, "proposal"));
        int row = 1;
        for (ActorData a : v.actors().stream().sorted(java.util.Comparator.comparingDouble(ActorData::position)).toList())
            line.add(new Mark(a.actor(), x(a.position()), 1 + (row++ % 4), a.flaggedNoReport() ? "guess" : "actor"));
        boolean analyst = access.allows(who, ActionKind.RECORD_STANCE, Optional.empty());
        boolean runner = access.allows(who, ActionKind.RUN_FORECAST, Optional.empty());
        List<Choice> members = register.members(who, Optional.of(LocalDate.parse(i.date()))).stream().map(MemberData::from)
                .map(m -> new Choice(m.iso3(), m.name() + " (" + m.iso3() + ")", false)).toList();
        List<Choice> grades = new ArrayList<>();
        for (char r = 'A'; r <= 'F'; r++) for (int c = 1; c <= 6; c++) grades.add(new Choice("" + r + c, "" + r + c, r == 'B' && c == 2));
        List<Choice> models = forecasts.models().stream().map(m -> new Choice(m, m, m.equals(ForecastService.defaultModel(i)))).toList();
        Html.render(ctx, status, "issue.jte", new IssuePage(viewer, i.id(), i.title(), i.item(), i.scale0(), i.scale100(), Display.number(i.statusQuo()),
                Display.number(i.proposal()), i.rule(), i.proposer(), i.date(), v.asOf(),
                v.actors().stream().map(a -> new ActorRow(a.actor(), Display.number(a.position()), Display.number(a.sd()), Integer.toString(a.reports()),
                        Display.number(a.salience()), Display.number(a.capability()), a.flaggedNoReport())).toList(),
                v.stances().stream().map(r -> new StanceRow(r.stance(), r.about(), r.reportedOn(), r.grade(), Display.number(r.position()), r.source(),
                        r.quote(), r.counted(), r.reading())).toList(),
                stored.stream().map(f -> new Pages.ForecastRow(f.id(), f.issue(), f.model(), Display.instant(f.at()), Display.percent(f.proposalPasses()))).toList(),
                line, analyst && runner, members, grades, models, LocalDate.now(clock).toString(), notice, errors, markings(), sent));
    }

    /** The markings a stance or an issue may be given on the desk, as in the API; NATO UNCLASSIFIED (the default) chosen. */
    private List<Choice> markings() {
        return access.ladder().markings().stream().map(m -> new Choice(m.name(), m.name(), m.name().equals("NATO UNCLASSIFIED"))).toList();
    }

    static String x(Double position) { return position == null ? "0" : String.format(java.util.Locale.ROOT, "%.1f", 20 + position * 6.8); }

    /** {@code GET /issues/new?item=}. */
    public void newIssue(Context ctx) {
        var s = sessions.of(ctx);
        if (!s.viewer().signedIn()) {
            Html.seeOther(ctx, "/login?next=/issues/new");
            return;
        }
        renderNew(ctx, 200, s.principal(), s.viewer(), ctx.queryParam("item"), List.of());
    }

    private void renderNew(Context ctx, int status, Principal who, Viewer viewer, String item, List<String> errors) {
        renderNew(ctx, status, who, viewer, item, errors, Map.of());
    }

    /** The define-issue page; {@code sent} is a refused definition's fields, shown in its form again. */
    private void renderNew(Context ctx, int status, Principal who, Viewer viewer, String item, List<String> errors, Map<String, String> sent) {
        List<Choice> items = new ArrayList<>(List.of(new Choice("", "no decision item", item == null)));
        procedure.list(who, Optional.empty()).forEach(v -> items.add(new Choice(v.id(), v.id() + ": " + v.subject(), v.id().equals(item))));
        Html.render(ctx, status, "issue_new.jte", new IssueFormPage(viewer, items, LocalDate.now(clock).toString(), errors, markings(),
                access.allows(who, ActionKind.RUN_FORECAST, Optional.empty()), sent));
    }

    /** {@code POST /issues}: defines an issue through the forecast service, as {@code POST /api/v1/issues} does. */
    public void defineIssue(Context ctx) {
        DeskSession.Session s = form(ctx);
        if (s == null) return;
        try {
            IssueData stored = forecasts.defineIssue(s.principal(), new IssueData(ItemDesk.param(ctx, "id"), ItemDesk.param(ctx, "item"),
                    ItemDesk.param(ctx, "title"), ItemDesk.param(ctx, "scale0"), ItemDesk.param(ctx, "scale100"), number(ctx, "statusQuo"),
                    number(ctx, "proposal"), ItemDesk.param(ctx, "rule"), null, null, ItemDesk.param(ctx, "proposer"), ItemDesk.param(ctx, "date"),
                    null, null, ItemDesk.param(ctx, "note"), null, ItemDesk.param(ctx, "classification")));
            Html.seeOther(ctx, "/issues/" + stored.id());
        } catch (InvalidInput e) {
            renderNew(ctx, 400, s.principal(), s.viewer(), ItemDesk.param(ctx, "item"), e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList(),
                    sent(ctx));
        } catch (Conflict | Forbidden e) {
            renderNew(ctx, e instanceof Conflict ? 409 : 403, s.principal(), s.viewer(), ItemDesk.param(ctx, "item"), List.of(e.getMessage()), sent(ctx));
        }
    }

    /** {@code POST /issues/{id}/stances}. */
    public void recordStance(Context ctx) {
        DeskSession.Session s = form(ctx);
        if (s == null) return;
        IssueId id;
        try {
            id = IssueId.of(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            ItemDesk.notFound(ctx, s.viewer());
            return;
        }
        try {
            stances.record(s.principal(), new StanceData(null, id.value(), ItemDesk.param(ctx, "actor"), null, ItemDesk.param(ctx, "reportedOn"),
                    ItemDesk.param(ctx, "source"), ItemDesk.param(ctx, "grade"), ItemDesk.param(ctx, "gradeNote"), number(ctx, "position"),
                    ItemDesk.param(ctx, "quote"), ItemDesk.param(ctx, "note"), null, ItemDesk.param(ctx, "classification")));
            Html.seeOther(ctx, "/issues/" + id.value() + "?done=stance");
        } catch (InvalidInput e) {
            renderIssue(ctx, 400, s.principal(), s.viewer(), id, null, e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList(), sent(ctx));
        } catch (Forbidden e) {
            renderIssue(ctx, 403, s.principal(), s.viewer(), id, null, List.of(e.getMessage()), sent(ctx));
        }
    }

    /** The fields a refused form sent (the first value of each), never the CSRF token. */
    private static Map<String, String> sent(Context ctx) {
        Map<String, String> sent = new java.util.HashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!values.isEmpty() && !name.equals("_csrf")) sent.put(name, values.getFirst());
        });
        return Map.copyOf(sent);
    }

    /** {@code POST /issues/{id}/forecasts}: starts the run in the background and shows its progress page. */
    public void runForecast(Context ctx) {
        DeskSession.Session s = form(ctx);
        if (s == null) return;
        String issue = ctx.pathParam("id");
        Integer total;
        Long seed;
        try {
            Double r = number(ctx, "runs"), sd = number(ctx, "seed");
            total = r == null ? ForecastService.DEFAULT_RUNS : r.intValue();
            seed = sd == null ? null : sd.longValue();
            if (!access.allows(s.principal(), ActionKind.RUN_FORECAST, Optional.empty())) throw new Forbidden(org.concord.shared.English.withArticle(s.principal().role()) + " may not RUN_FORECAST");
            if (total < 1 || total > ForecastService.MAX_RUNS) throw new InvalidInput("runs", "must be 1 to " + ForecastService.MAX_RUNS + ", was " + total);
        } catch (InvalidInput e) {
            renderIssue(ctx, 400, s.principal(), s.viewer(), IssueId.of(issue), null, e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList());
            return;
        } catch (Forbidden e) {
            renderIssue(ctx, 403, s.principal(), s.viewer(), IssueId.of(issue), null, List.of(e.getMessage()));
            return;
        }
        byte[] b = new byte[12];
        random.nextBytes(b);
        String job = HexFormat.of().formatHex(b);
        // "every model": the same draws, seed and stance day for each offered model, the issue's default first (its page opens)
        List<String> chosen = "all".equals(ItemDesk.param(ctx, "models")) ? everyModel(s.principal(), issue) : java.util.Collections.singletonList(ItemDesk.param(ctx, "model"));
        int perModel = total;
        Run run = new Run(s.viewer().name(), issue, total * chosen.size(), chosen.size());
        runs.put(job, run);
        Principal who = s.principal();
        String asOf = ItemDesk.param(ctx, "asOf");
        worker.submit(() -> {
            try {
                int before = 0;
                for (String m : chosen) {
                    final int base = before;
                    ForecastData f = forecasts.run(who, new ForecastRequestData(issue, perModel, seed, m, asOf), d -> run.done.set(base + d));
                    if (run.id == null) run.id = f.id();
                    before += perModel;
                }
                run.finished = true;
            } catch (InvalidInput e) {
                run.error = String.join("; ", e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList());
            } catch (RuntimeException e) {
                run.error = e.getMessage();
            }
        });
        Html.seeOther(ctx, "/forecast-runs/" + job);
    }

    private List<String> everyModel(Principal who, String issue) {
        List<String> all = new ArrayList<>(forecasts.models());
        try {
            String first = ForecastService.defaultModel(forecasts.issue(who, IssueId.of(issue), Optional.empty()).issue());
            all.remove(first);
            all.addFirst(first);
        } catch (NotFound | IllegalArgumentException e) {
            // the run itself reports the unknown issue
        }
        return all;
    }

    /** {@code GET /forecast-runs/{job}}: the draws done so far (the page refreshes itself), then the stored forecast. */
    public void progress(Context ctx) {
        var s = sessions.of(ctx);
        Run run = runs.get(ctx.pathParam("job"));
        if (run == null || !s.viewer().signedIn() || !run.owner.equals(s.viewer().name())) {
            ItemDesk.notFound(ctx, s.viewer());
            return;
        }
        boolean part = ctx.queryParam("part") != null;
        if (run.finished || run.error != null) {
            // htmx follows HX-Redirect with a full page load; a plain request follows the 303
            String to = "/forecast-runs/" + ctx.pathParam("job");
            if (part) ctx.header("HX-Redirect", to).status(200).result("");
            else if (run.finished) Html.seeOther(ctx, "/forecasts/" + run.id);
            else Html.render(ctx, 400, "message.jte", new MessagePage(s.viewer(), "Forecast not run", run.error, List.of()));
            return;
        }
        int done = Math.min(run.done.get(), run.total);
        RunPage page = new RunPage(s.viewer(), ctx.pathParam("job"), run.issue, done, run.total, (int) (100L * done / run.total), run.models);
        Html.render(ctx, 200, part ? "forecast_progress.jte" : "forecast_run.jte", page);
    }

    private DeskSession.Session form(Context ctx) {
        try {
            return sessions.form(ctx);
        } catch (DeskSession.Refused r) {
            Html.render(ctx, r.status, "message.jte", new MessagePage(sessions.of(ctx).viewer(), "Not done", r.getMessage(), List.of()));
            return null;
        }
    }

    private static Double number(Context ctx, String field) {
        String v = ItemDesk.param(ctx, field);
        if (v == null) return null;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "'" + v + "' is not a number");
        }
    }
}
