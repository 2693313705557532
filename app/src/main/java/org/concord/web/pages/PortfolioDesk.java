package org.concord.web.pages;

import io.javalin.http.Context;
import org.concord.access.AccessService;
import org.concord.access.model.ActionKind;
import org.concord.portfolio.application.PortfolioRowData;
import org.concord.portfolio.application.PortfolioService;
import org.concord.portfolio.application.ResetAnalysisData;
import org.concord.portfolio.application.ResetDraftsData;
import org.concord.portfolio.application.ResetRequestData;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The portfolio pages: every mission side by side ({@code /portfolio}, sortable), and a reset profile applied to it
 * ({@code /portfolio/reset}): the missions it touches and the personnel freed, then the draft items the chair prepared
 * with their forecasts, on one page.
 */
public final class PortfolioDesk {
    private static final List<String> SORTS = List.of("start", "name", "personnel", "area", "coreTask", "status");
    private final DeskSession sessions;
    private final PortfolioService portfolio;
    private final AccessService access;

    PortfolioDesk(DeskSession sessions, PortfolioService portfolio, AccessService access) {
        this.sessions = sessions;
        this.portfolio = portfolio;
        this.access = access;
    }

    /** One row of the portfolio page. */
    public record Row(String id, String name, String status, String coreTask, String area, String areaBasis, String personnel,
                      String personnelDate, String personnelSource, String contributors, String named, String cost) {}

    /** A column heading that sorts: its link and whether it is the current order. */
    public record Sort(String label, String href, String state) {}

    public record PortfolioPage(Viewer viewer, List<Row> rows, List<Sort> sorts, String areaRule, String personnelRule, String scope,
                                boolean mayAnalyse) {}

    /** {@code GET /portfolio?sort=}. */
    public void page(Context ctx) {
        var s = sessions.of(ctx);
        String sort = ctx.queryParam("sort");
        String current = sort == null || sort.isBlank() ? "start" : sort;
        List<PortfolioRowData> rows;
        try {
            rows = portfolio.portfolio(s.principal(), Optional.ofNullable(sort).filter(x -> !x.isBlank()));
        } catch (InvalidInput e) {
            Html.render(ctx, 400, "message.jte", new MessagePage(s.viewer(), "Cannot sort the portfolio", e.getMessage(), List.of()));
            return;
        }
        List<Sort> sorts = new ArrayList<>();
        for (String k : SORTS) {
            boolean asc = current.equals(k), desc = current.equals("-" + k);
            sorts.add(new Sort(Labels.words(k.equals("coreTask") ? "core_task" : k), "/portfolio?sort=" + (asc ? "-" : "") + k,
                    asc ? "ascending" : desc ? "descending" : "none"));
        }
        Html.render(ctx, 200, "portfolio.jte", new PortfolioPage(s.viewer(), rows.stream().map(PortfolioDesk::row).toList(), sorts,
                org.concord.portfolio.model.Area.RULE, org.concord.portfolio.model.Personnel.RULE, PortfolioService.SCOPE,
                access.allows(s.principal(), ActionKind.ANALYSE_PORTFOLIO, Optional.empty())));
    }

    static Row row(PortfolioRowData r) {
        return new Row(r.id(), r.name(), Labels.words(r.status()), Labels.words(r.coreTask()), r.area().equals("BEYOND") ? "beyond" : "Euro-Atlantic",
                r.areaBasis(), r.personnelText(), Display.text(r.personnelDate()),
                r.personnelGrade() == null ? Display.NONE : Display.list(r.personnelSources()) + " (" + r.personnelGrade() + ")",
                Display.list(r.contributors()) + (r.partnerContributors().isEmpty() ? "" : "; partners " + String.join(", ", r.partnerContributors())),
                Display.list(r.namedContributions()),
                r.commonFundedCost());
    }

    public record ResetPage(Viewer viewer, List<Pages.Choice> profiles, String by, String cap, String query, ResetAnalysisData analysis,
                            ResetDraftsData drafts, List<DraftRow> draftRows, boolean mayPrepare, boolean mayRaise, List<String> errors, String notice) {}

    /** One draft with its forecast, as the reset page shows it. */
    public record DraftRow(String item, long version, String mission, String subject, String status, String marking, String passes,
                           String blockers, String pivotal, String basis, Long forecast, boolean draft) {}

    /** {@code GET /portfolio/reset?profile=&by=&cap=}: the analysis (analyst or chair) and the reset's drafts with their forecasts. */
    public void reset(Context ctx) {
        var s = sessions.of(ctx);
        if (!s.viewer().signedIn()) {
            Html.seeOther(ctx, "/login?next=/portfolio/reset");
            return;
        }
        render(ctx, s, 200, request(ctx.queryParam("profile"), ctx.queryParam("by"), ctx.queryParam("cap")), List.of(), ctx.queryParam("done"));
    }

    /** {@code POST /portfolio/reset/drafts}: the chair prepares the reset's items as drafts with forecasts. */
    public void prepare(Context ctx) {
        DeskSession.Session s;
        try {
            s = sessions.form(ctx);
        } catch (DeskSession.Refused r) {
            Html.render(ctx, r.status, "message.jte", new MessagePage(sessions.of(ctx).viewer(), "Drafts not prepared", r.getMessage(), List.of()));
            return;
        }
        ResetRequestData request = request(ItemDesk.param(ctx, "profile"), ItemDesk.param(ctx, "by"), ItemDesk.param(ctx, "cap"));
        try {
            portfolio.prepare(s.principal(), request);
            Html.seeOther(ctx, "/portfolio/reset?" + query(request) + "&done=prepared#drafts-h");
        } catch (InvalidInput e) {
            render(ctx, s, 400, request, e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList(), null);
        } catch (Forbidden | Conflict e) {
            render(ctx, s, e instanceof Forbidden ? 403 : 409, request, List.of(e.getMessage()), null);
        }
    }

    /** {@code POST /portfolio/reset/raising}: the chair raises one draft, and comes back to the reset page. */
    public void raise(Context ctx) {
        DeskSession.Session s;
        try {
            s = sessions.form(ctx);
        } catch (DeskSession.Refused r) {
            Html.render(ctx, r.status, "message.jte", new MessagePage(sessions.of(ctx).viewer(), "Not raised", r.getMessage(), List.of()));
            return;
        }
        ResetRequestData request = request(ItemDesk.param(ctx, "profile"), ItemDesk.param(ctx, "by"), ItemDesk.param(ctx, "cap"));
        try {
            String item = ItemDesk.param(ctx, "item");
            String version = ItemDesk.param(ctx, "version");
            if (item == null) throw new InvalidInput("item", "is required");
            portfolio.raise(s.principal(), ItemId.of(item), version == null ? null : Long.valueOf(version));
            Html.seeOther(ctx, "/portfolio/reset?" + query(request) + "&done=raised#drafts-h");
        } catch (NotFound e) {
            ItemDesk.notFound(ctx, s.viewer());
        } catch (InvalidInput e) {
            render(ctx, s, 400, request, e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList(), null);
        } catch (IllegalArgumentException e) {
            render(ctx, s, 400, request, List.of(e.getMessage()), null);
        } catch (Forbidden | Conflict e) {
            render(ctx, s, e instanceof Forbidden ? 403 : 409, request, List.of(e.getMessage()), null);
        }
    }

    private static ResetRequestData request(String profile, String by, String cap) {
        Integer c = null;
        if (cap != null && !cap.isBlank()) {
            try {
                c = Integer.valueOf(cap.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("cap", "'" + cap + "' is not a whole number");
            }
        }
        return new ResetRequestData(profile == null || profile.isBlank() ? "DETERRENCE_AND_DEFENCE_ONLY" : profile,
                by == null || by.isBlank() ? null : by, c);
    }

    private static String query(ResetRequestData r) {
        return "profile=" + enc(r.profile()) + (r.by() == null ? "" : "&by=" + enc(r.by())) + (r.cap() == null ? "" : "&cap=" + r.cap());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private void render(Context ctx, DeskSession.Session s, int status, ResetRequestData request, List<String> errors, String done) {
        List<String> problems = new ArrayList<>(errors);
        ResetAnalysisData analysis = null;
        ResetDraftsData drafts = null;
        boolean mayAnalyse = access.allows(s.principal(), ActionKind.ANALYSE_PORTFOLIO, Optional.empty());
        try {
            if (mayAnalyse) analysis = portfolio.analyse(s.principal(), request);
            drafts = portfolio.drafts(s.principal(), request);
        } catch (InvalidInput e) {
            e.violations().forEach(x -> problems.add(x.field() + ": " + x.reason()));
            if (status == 200) status = 400;
        }
        if (!mayAnalyse) problems.add("Applying a reset profile is for the chair and analysts; the drafts already prepared are listed below.");
        boolean chair = access.allows(s.principal(), ActionKind.RAISE_ITEM, Optional.empty()) && access.allows(s.principal(), ActionKind.RUN_FORECAST, Optional.empty());
        List<Pages.Choice> profiles = List.of(
                new Pages.Choice("DETERRENCE_AND_DEFENCE_ONLY", "deterrence and defence only", "DETERRENCE_AND_DEFENCE_ONLY".equals(request.profile())),
                new Pages.Choice("OUTSIDE_EURO_ATLANTIC", "end missions outside the Euro-Atlantic area", "OUTSIDE_EURO_ATLANTIC".equals(request.profile())),
                new Pages.Choice("PERSONNEL_CAP", "cap personnel", "PERSONNEL_CAP".equals(request.profile())));
        List<DraftRow> rows = drafts == null ? List.of() : drafts.drafts().stream().map(d -> new DraftRow(d.item(), d.version(),
                Objects.toString(d.mission(), Display.NONE), d.subject(), d.status(), d.classification(),
                d.proposalPasses() == null ? "no forecast" : Display.percent(d.proposalPasses()),
                d.blockers().isEmpty() ? (d.proposalPasses() == null ? Display.NONE : "nobody alone")
                        : d.blockers().size() > 6 ? d.blockers().size() + " members, each alone: " + String.join(", ", d.blockers().subList(0, 6)) + ", …"
                        : String.join(", ", d.blockers()),
                d.pivotal().isEmpty() ? Display.NONE : String.join(", ", d.pivotal()),
                d.stancesFrom() == null ? "no reported stance: every actor an assumption (wide prior)" : d.stances() + " reported stances carried over from " + d.stancesFrom(),
                d.forecast(), "DRAFT".equals(d.status()))).toList();
        String notice = "prepared".equals(done) ? "The reset's items were prepared as drafts, each with a forecast."
                : "raised".equals(done) ? "The draft was raised: it is open and takes positions." : null;
        Html.render(ctx, status, "reset.jte", new ResetPage(s.viewer(), profiles, Objects.toString(request.by(), ""),
                request.cap() == null ? "" : request.cap().toString(), query(request), analysis, drafts, rows, chair && analysis != null, chair, problems, notice));
    }
}
