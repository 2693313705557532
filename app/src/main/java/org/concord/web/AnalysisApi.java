package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.brief.Brief;
import org.concord.brief.BriefService;
import org.concord.intel.RiskData;
import org.concord.intel.RiskService;
import org.concord.options.ItemOptions;
import org.concord.options.OptionData;
import org.concord.options.OptionService;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;
import org.concord.shared.InvalidInput;
import org.concord.web.pages.BriefDocument;

import java.util.List;
import java.util.Optional;

import static org.concord.web.Route.Param;

/** Options of an item, risks, and the decision brief: thin handlers over their services. */
final class AnalysisApi {
    /** The response type of the brief's PDF route, for the OpenAPI document. */
    record Pdf() {}

    private final OptionService options;
    private final RiskService risks;
    private final BriefService briefs;
    private final Principals principals;

    AnalysisApi(OptionService options, RiskService risks, BriefService briefs, Principals principals) {
        this.options = options;
        this.risks = risks;
        this.briefs = briefs;
        this.principals = principals;
    }

    List<Route> routes() {
        Param item = Param.path("id", "decision item id, e.g. nmi-termination-2026");
        return List.of(
                new Route(HandlerType.GET, "/api/v1/items/{id}/options", "listItemOptions", "analysis",
                        "The item's options side by side: points on its forecast issue's scale, each forecast as if it were the proposal (P(passes), who blocks), and the one closest to the proposer every ally is forecast to accept; nothing stored",
                        List.of(item), null, ItemOptions.class, false, 200, this::listOptions),
                new Route(HandlerType.POST, "/api/v1/items/{id}/options", "addItemOption", "analysis",
                        "Add an option to an item (chair or analyst): a point on the scale of its forecast issue, not a text of the procedure",
                        List.of(item), OptionData.class, OptionData.class, false, 201, this::addOption),
                new Route(HandlerType.GET, "/api/v1/risks", "listRisks", "analysis",
                        "Risks: graded assessments of what may happen, attached to a mission, an item or an option (intelligence, filtered like stances)",
                        List.of(Param.query("mission", "only risks attached to this mission"),
                                Param.query("item", "only risks attached to this item or one of its options")),
                        null, RiskData.class, true, 200, this::listRisks),
                new Route(HandlerType.POST, "/api/v1/risks", "recordRisk", "analysis",
                        "Record a risk (analyst): what may happen, where, who assessed it with the source's Admiralty grade, likelihood and impact",
                        List.of(), RiskData.class, RiskData.class, false, 201, this::recordRisk),
                new Route(HandlerType.GET, "/api/v1/items/{id}/brief", "getItemBrief", "analysis",
                        "The item's decision brief as data, as the reader may see it; `classification` is the highest marking of what it shows",
                        List.of(item), null, Brief.class, false, 200, this::brief),
                new Route(HandlerType.GET, "/api/v1/items/{id}/brief.pdf", "getItemBriefPdf", "analysis",
                        "The item's decision brief as PDF (A4, fonts embedded), marked at the head and foot of every page with the highest marking of what it shows the reader",
                        List.of(item), null, Pdf.class, false, 200, this::briefPdf));
    }

    private static ItemId itemId(Context ctx) { return Queries.pathId(ctx, "id", "item", ItemId::of); }

    private void listOptions(Context ctx) { ctx.json(options.options(principals.of(ctx), itemId(ctx))); }

    private void addOption(Context ctx) {
        var who = principals.of(ctx);
        ItemId id = itemId(ctx);
        OptionData body = JsonBody.read(ctx, OptionData.class);
        if (body.item() != null && !body.item().equals(id.value()))
            throw new InvalidInput("item", "is the item of the path ('" + id.value() + "'): leave it out or give the same");
        OptionData stored = options.add(who, body.with(id.value(), body.issue()));
        ctx.status(201).header("Location", "/api/v1/items/" + id.value() + "/options").json(stored);
    }

    private void listRisks(Context ctx) {
        Optional<MissionId> mission = Queries.string(ctx, "mission").map(s -> parse("mission", () -> MissionId.of(s)));
        Optional<ItemId> item = Queries.string(ctx, "item").map(s -> parse("item", () -> ItemId.of(s)));
        if (mission.isPresent() && item.isPresent()) throw new InvalidInput("item", "give mission or item, not both");
        var rows = risks.list(principals.of(ctx), new RiskService.Query(mission, item));
        ctx.json(Paging.page(ctx, rows, r -> Long.toString(r.id())));
    }

    private void recordRisk(Context ctx) {
        var who = principals.of(ctx);
        RiskData stored = risks.record(who, JsonBody.read(ctx, RiskData.class));
        ctx.status(201).header("Location", "/api/v1/risks?" + (stored.mission() != null ? "mission=" + stored.mission() : "item=" + stored.item()))
                .json(stored);
    }

    private void brief(Context ctx) { ctx.json(briefs.brief(principals.of(ctx), itemId(ctx))); }

    private void briefPdf(Context ctx) {
        Brief b = briefs.brief(principals.of(ctx), itemId(ctx));
        ctx.contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline; filename=\"brief-" + b.item() + ".pdf\"").result(BriefDocument.pdf(b));
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }
}
