package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.portfolio.application.PortfolioRowData;
import org.concord.portfolio.application.PortfolioService;
import org.concord.portfolio.application.ResetAnalysisData;
import org.concord.portfolio.application.ResetDraftsData;
import org.concord.portfolio.application.ResetRequestData;

import java.util.List;

import static org.concord.web.Route.Param;

/** The portfolio routes: thin handlers over {@link PortfolioService}. */
final class PortfolioApi {
    private final PortfolioService portfolio;
    private final Principals principals;

    PortfolioApi(PortfolioService portfolio, Principals principals) {
        this.portfolio = portfolio;
        this.principals = principals;
    }

    private static final List<Param> PROFILE = List.of(
            Param.query("profile", "the reset profile", List.of("DETERRENCE_AND_DEFENCE_ONLY", "OUTSIDE_EURO_ATLANTIC", "PERSONNEL_CAP")),
            Param.query("by", "the date by which the changes take effect (YYYY-MM-DD; default one year after today)", "date"),
            Param.query("cap", "the personnel cap, with PERSONNEL_CAP only", "int32"));

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/portfolio", "getPortfolio", "portfolio",
                        "Every mission the reader may see: core task, area (Euro-Atlantic or beyond, by a stated rule), personnel (latest strength with its source and grade), contributors and, where sourced, the common-funded cost",
                        List.of(Param.query("sort", "start (default), name, personnel, area, coreTask or status; prefix - for descending")),
                        null, PortfolioRowData.class, true, 200, this::list),
                new Route(HandlerType.POST, "/api/v1/portfolio/reset-analysis", "analyseReset", "portfolio",
                        "Apply a reset profile to the portfolio (analyst or chair; nothing is written): the missions it touches, the personnel freed per named nation, the decision items it would need; totals cover only the missions the reader may see",
                        List.of(), ResetRequestData.class, ResetAnalysisData.class, false, 200, this::analyse),
                new Route(HandlerType.POST, "/api/v1/portfolio/reset-drafts", "prepareResetDrafts", "portfolio",
                        "Prepare the reset's decision items as drafts, each with a forecast issue and a stored forecast (the chair only; drafts already prepared are kept)",
                        List.of(), ResetRequestData.class, ResetDraftsData.class, false, 201, this::prepare),
                new Route(HandlerType.GET, "/api/v1/portfolio/reset-drafts", "listResetDrafts", "portfolio",
                        "The reset's draft items with their forecasts on one page: P(passes) and who blocks, item by item",
                        PROFILE, null, ResetDraftsData.class, false, 200, this::drafts));
    }

    private void list(Context ctx) {
        ctx.json(Paging.page(ctx, portfolio.portfolio(principals.of(ctx), Queries.string(ctx, "sort")), PortfolioRowData::id));
    }

    private void analyse(Context ctx) {
        ctx.json(portfolio.analyse(principals.of(ctx), JsonBody.read(ctx, ResetRequestData.class)));
    }

    private void prepare(Context ctx) {
        ResetRequestData request = JsonBody.read(ctx, ResetRequestData.class);
        ResetDraftsData drafts = portfolio.prepare(principals.of(ctx), request);
        ctx.status(201).json(drafts);
    }

    private void drafts(Context ctx) {
        var request = new ResetRequestData(Queries.string(ctx, "profile").orElse(null), Queries.string(ctx, "by").orElse(null),
                Queries.string(ctx, "cap").map(c -> Queries.parse("cap", c, Integer::valueOf)).orElse(null));
        ctx.json(portfolio.drafts(principals.of(ctx), request));
    }
}
