package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.procedure.application.DecisionItems;
import org.concord.procedure.application.ItemQueries;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.ActRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.MoveData;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.data.VersionData;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.ItemStatus;
import org.concord.shared.Violations;
import org.concord.web.cache.ViewCache;
import org.concord.shared.Iso3;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.concord.web.Route.Param;

/** The consensus procedure's routes: thin handlers over {@link ProcedureService}. */
final class ProcedureApi {
    private static final Param ID = Param.path("id", "decision item id, e.g. nmi-termination-2026");
    private static final Param MEMBER = Param.path("iso3", "the member's ISO 3166 alpha-3 code");
    private final ProcedureService procedure;
    private final Principals principals;
    private final ViewCache views;

    ProcedureApi(ProcedureService procedure, Principals principals, ViewCache views) {
        this.procedure = procedure;
        this.principals = principals;
        this.views = views;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/items", "listItems", "procedure",
                        "Decision items in the order they were raised, as they stand or as they were recorded at an instant, without their positions; "
                                + "paged: a Link header with rel=\"next\" names the next page",
                        List.of(Param.query("status", "only items in this status (several: comma-separated)", RegisterApi.enumNames(ItemStatus.class)),
                                Param.query("body", "only items before this body, e.g. nac"),
                                Param.query("marking", "only items of this classification marking, e.g. NATO RESTRICTED"),
                                Param.query("proposer", "only items proposed by this member (ISO3) or by CHAIR"),
                                Param.query("target", "only items whose effect names this mission, event or partner, e.g. kfor or UKR (mission:kfor, event:..., partner:UKR also)"),
                                Param.query("q", "only items whose subject contains this text (any case)"),
                                Param.recordedAt("the items"), Param.recordedAt("the items").asOfAlias(), Paging.LIMIT, Paging.CURSOR),
                        null, ItemView.class, true, 200, this::list),
                new Route(HandlerType.POST, "/api/v1/items", "raiseItem", "procedure", "Raise a decision item with a typed effect",
                        List.of(), RaiseItemData.class, ItemView.class, false, 201, this::raise),
                new Route(HandlerType.GET, "/api/v1/items/{id}", "getItem", "procedure", "One item: texts, standing positions and their history, silence, consensus status",
                        List.of(ID, Param.recordedAt("the item"), Param.recordedAt("the item").asOfAlias()), null, ItemView.class, false, 200,
                        this::show),
                new Route(HandlerType.GET, "/api/v1/items/{id}/history", "getItemHistory", "procedure",
                        "An item's position history, oldest first; paged: a Link header with rel=\"next\" names the next page",
                        List.of(ID, Paging.LIMIT, Paging.CURSOR), null, ItemView.PositionView.class, true, 200, this::history),
                new Route(HandlerType.POST, "/api/v1/items/{id}/texts", "addText", "procedure", "Add a text version (cancels a running silence procedure, R3f)",
                        List.of(ID), ActRequest.AddText.class, ItemView.class, false, 200,
                        ctx -> answer(ctx, procedure.addText(principals.of(ctx), id(ctx), JsonBody.read(ctx, ActRequest.AddText.class)))),
                new Route(HandlerType.PUT, "/api/v1/items/{id}/positions/{iso3}", "recordPosition", "procedure", "Record a member's official position (R8); a delegation speaks only for its own nation",
                        List.of(ID, MEMBER), PositionData.class, ItemView.class, false, 200, this::position),
                new Route(HandlerType.POST, "/api/v1/items/{id}/positions/{iso3}/footnote-withdrawal", "withdrawFootnote", "procedure", "Withdraw a member's footnote before adoption (R4)",
                        List.of(ID, MEMBER), ActRequest.WithdrawFootnote.class, ItemView.class, false, 200,
                        ctx -> answer(ctx, procedure.withdrawFootnote(principals.of(ctx), id(ctx), member(ctx), JsonBody.read(ctx, ActRequest.WithdrawFootnote.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/silence", "openSilence", "procedure", "Open a silence procedure on the current text with a deadline (chair, R3a)",
                        List.of(ID), ActRequest.OpenSilence.class, ItemView.class, false, 200,
                        ctx -> answer(ctx, procedure.openSilence(principals.of(ctx), id(ctx), JsonBody.read(ctx, ActRequest.OpenSilence.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/silence/breaks/{iso3}", "breakSilence", "procedure", "Break silence by a letter or note (R3c); a late break is logged without effect (R3e)",
                        List.of(ID, MEMBER), ActRequest.BreakSilence.class, ItemView.class, false, 200,
                        ctx -> answer(ctx, procedure.breakSilence(principals.of(ctx), id(ctx), member(ctx), JsonBody.read(ctx, ActRequest.BreakSilence.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/exclusions/{iso3}", "excludeMember", "procedure", "Consensus-minus-one (chair, R2): leave a member out of the item's required set, with the basis as reason; only where the procedure allows it (OSCE)",
                        List.of(ID, MEMBER), ActRequest.ExcludeMember.class, ItemView.class, false, 200,
                        ctx -> answer(ctx, procedure.excludeMember(principals.of(ctx), id(ctx), member(ctx), JsonBody.read(ctx, ActRequest.ExcludeMember.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/raising", "raiseDraft", "procedure",
                        "The chair raises a DRAFT item: it is OPEN from now and takes positions (journaled as DraftRaised)",
                        List.of(ID), VersionData.class, ItemView.class, false, 200,
                        ctx -> answer(ctx, procedure.raiseDraft(principals.of(ctx), id(ctx), JsonBody.read(ctx, VersionData.class).version()))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/adoption", "adoptItem", "procedure", "Note consensus (R1): adopted if no objection or reservation stands; the effect is applied to the register",
                        List.of(ID), VersionData.class, ItemView.class, false, 200,
                        ctx -> answer(ctx, procedure.adopt(principals.of(ctx), id(ctx), JsonBody.read(ctx, VersionData.class).version()))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/withdrawal", "withdrawItem", "procedure", "Withdraw the item (chair or proposer)",
                        List.of(ID), ActRequest.Withdraw.class, ItemView.class, false, 200,
                        ctx -> answer(ctx, procedure.withdraw(principals.of(ctx), id(ctx), JsonBody.read(ctx, ActRequest.Withdraw.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/move", "moveItem", "procedure", "Move the item to another body or level, keeping its history (R12)",
                        List.of(ID), MoveData.class, ItemView.class, false, 200, this::move),
                new Route(HandlerType.POST, "/api/v1/items/{id}/reopening", "reopenItem", "procedure", "Reopen a sealed item as a new item linked to it (R13)",
                        List.of(ID), ActRequest.Reopen.class, ItemView.class, false, 201, this::reopen));
    }

    private void list(Context ctx) throws Exception {
        Violations v = new Violations();
        Set<ItemStatus> statuses = new java.util.TreeSet<>();
        Queries.string(ctx, "status").ifPresent(text -> {
            for (String s : text.split(",", -1)) {
                try {
                    statuses.add(ItemStatus.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    v.add("status", "'" + s + "' is not one of " + List.of(ItemStatus.values()));
                }
            }
        });
        String proposer = Queries.string(ctx, "proposer").map(p -> p.strip().toUpperCase(java.util.Locale.ROOT)).orElse(null);
        if (proposer != null && !proposer.equals("CHAIR")) v.parse("proposer", () -> Iso3.of(proposer));
        var asOf = Queries.recordedAt(ctx);
        int limit = ListPaging.limit(ctx);
        long after = ListPaging.after(ctx);
        v.throwIfAny();
        var filter = new DecisionItems.Filter(statuses, Queries.string(ctx, "body").orElse(null), Queries.string(ctx, "marking").orElse(null),
                proposer, Queries.string(ctx, "target").map(ProcedureApi::target).orElse(null), Queries.string(ctx, "q").orElse(null));
        var who = principals.of(ctx);
        views.serve(ctx, who, false, () -> {
            ItemQueries.Page page = procedure.page(who, new ItemQueries.Query(filter, asOf, after, limit));
            return Views.json(page.items(), ListPaging.linkHeader(ctx, page.next()));
        });
    }

    /** A target as the effect names it: {@code kfor}, or with its kind, {@code mission:kfor}, {@code partner:UKR}. */
    private static String target(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && List.of("mission", "event", "partner").contains(text.substring(0, colon)) ? text.substring(colon + 1) : text;
    }

    private void show(Context ctx) throws Exception {
        var who = principals.of(ctx);
        ItemId id = id(ctx);
        var asOf = Queries.recordedAt(ctx);
        views.serve(ctx, who, false, () -> Views.json(procedure.show(who, id, asOf), Map.of("Link", historyLink(id.value()))));
    }

    private void history(Context ctx) throws Exception {
        int limit = ListPaging.limit(ctx);
        long after = ListPaging.after(ctx);
        var who = principals.of(ctx);
        ItemId id = id(ctx);
        views.serve(ctx, who, false, () -> {
            ItemQueries.HistoryPage page = procedure.history(who, id, after, limit);
            return Views.json(page.entries(), ListPaging.linkHeader(ctx, page.next()));
        });
    }

    /** A write's answer: the item's current state, and where its history is. */
    private static void answer(Context ctx, ItemView v) {
        ctx.header("Link", historyLink(v.id())).json(v);
    }

    private static String historyLink(String id) { return "</api/v1/items/" + id + "/history>; rel=\"history\""; }

    private static ItemId id(Context ctx) { return Queries.pathId(ctx, "id", "item", ItemId::of); }

    private static Iso3 member(Context ctx) { return Queries.pathId(ctx, "iso3", "member", Iso3::of); }

    private void raise(Context ctx) {
        var who = principals.of(ctx);
        ItemView v = procedure.raise(who, JsonBody.read(ctx, RaiseItemData.class));
        ctx.status(201).header("Location", "/api/v1/items/" + v.id());
        answer(ctx, v);
    }

    private void position(Context ctx) {
        var who = principals.of(ctx);
        PositionData data = JsonBody.read(ctx, PositionData.class);
        answer(ctx, procedure.recordPosition(who, id(ctx), member(ctx), data, data.version()));
    }

    private void move(Context ctx) {
        var who = principals.of(ctx);
        MoveData m = JsonBody.read(ctx, MoveData.class);
        answer(ctx, procedure.moveToBody(who, id(ctx), m.body(), m.level(), new ActRequest.Move(m.reason(), m.version())));
    }

    private void reopen(Context ctx) {
        var who = principals.of(ctx);
        ItemView v = procedure.reopen(who, id(ctx), JsonBody.read(ctx, ActRequest.Reopen.class));
        ctx.status(201).header("Location", "/api/v1/items/" + v.id());
        answer(ctx, v);
    }
}
