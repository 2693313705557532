package org.concord.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import org.concord.access.AccessService;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.ForecastService;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.model.ItemId;
import org.concord.register.application.RegisterService;
import org.concord.register.data.EventData;
import org.concord.register.data.MissionData;
import org.concord.register.data.OrganisationData;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The desk's read-only pages: thin handlers that call the application services as the request's principal (so the
 * anonymous reader sees public records only) and render precompiled JTE templates. A missing or hidden record
 * answers the HTML 404 page.
 */
public final class DeskPages {
    private static final Set<String> CLOSED = Set.of("ADOPTED", "WITHDRAWN");
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final RegisterService register;
    private final ProcedureService procedure;
    private final ForecastService forecasts;
    private final Function<Context, Principal> principals;
    private final Clock clock;

    /** All arguments must not be null; {@code principals} says who a request acts as. */
    public DeskPages(RegisterService register, ProcedureService procedure, ForecastService forecasts,
                     Function<Context, Principal> principals, Clock clock) {
        this.register = register;
        this.procedure = procedure;
        this.forecasts = forecasts;
        this.principals = principals;
        this.clock = clock;
    }

    /** {@code GET /}: the organisation, today's member count, open items, active missions, events and forecasts. */
    public void desk(Context ctx) {
        Principal who = principals.apply(ctx);
        LocalDate today = LocalDate.now(clock);
        String recent = today.minusYears(1).toString();
        boolean anonymous = who.user().equals(AccessService.ANONYMOUS.user()) && who.role() == AccessService.ANONYMOUS.role();
        var page = new DeskPage(
                register.organisation(who).map(o -> OrganisationData.from(o).name()).orElse("Concord"),
                today.toString(), register.members(who, Optional.of(today)).size(),
                anonymous ? "the anonymous reader" : who.user() + " (" + who.role() + ")", anonymous,
                procedure.list(who, Optional.empty()).stream().filter(v -> !CLOSED.contains(v.status())).map(DeskPage.ItemRow::of).toList(),
                register.missions(who, Optional.empty(), Optional.empty()).stream().map(MissionData::from)
                        .filter(m -> !MissionStatus.TERMINATED.name().equals(m.status()) && !MissionStatus.PLANNED.name().equals(m.status()))
                        .map(DeskPage.MissionRow::of).toList(),
                register.events(who).stream().map(EventData::from)
                        .filter(e -> e.start() != null && (e.end() != null ? e.end() : e.start()).compareTo(recent) >= 0)
                        .sorted(Comparator.comparing(EventData::start)).map(DeskPage.EventRow::of).toList(),
                forecasts.forecasts(who, Optional.empty()).stream().limit(10)
                        .map(f -> new DeskPage.ForecastRow(f.id(), f.issue(), f.model(), Display.instant(f.at()), Display.percent(f.proposalPasses()))).toList());
        render(ctx, 200, "desk.jte", page);
    }

    /** {@code GET /items/{id}}. */
    public void item(Context ctx) {
        show(ctx, "decision item", () -> {
            ItemView v = procedure.show(principals.apply(ctx), ItemId.of(ctx.pathParam("id")), Optional.empty());
            return ItemPage.of(v);
        }, "item.jte");
    }

    /** {@code GET /missions/{id}}. */
    public void mission(Context ctx) {
        show(ctx, "mission", () -> MissionPage.of(register.missionOn(principals.apply(ctx), MissionId.of(ctx.pathParam("id")),
                java.util.Optional.empty(), java.util.Optional.empty())), "mission.jte"); // leadNations: who leads today
    }

    /** {@code GET /forecasts/{id}}. */
    public void forecast(Context ctx) {
        show(ctx, "forecast", () -> ForecastPage.of(forecasts.forecast(principals.apply(ctx), ForecastId.parse(ctx.pathParam("id")))), "forecast.jte");
    }

    private void show(Context ctx, String what, Supplier<Object> page, String template) {
        Object model;
        try {
            model = page.get();
        } catch (NotFound | InvalidInput | IllegalArgumentException e) {
            render(ctx, 404, "not-found.jte", new NotFoundPage("No " + what + " '" + ctx.pathParam("id") + "' is visible to you."));
            return;
        }
        render(ctx, 200, template, model);
    }

    private void render(Context ctx, int status, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }
}
