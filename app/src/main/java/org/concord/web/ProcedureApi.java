package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.ActData;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.MoveData;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.data.VersionData;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Iso3;

import java.util.List;

import static org.concord.web.Route.Param;

/** The consensus procedure's routes: thin handlers over {@link ProcedureService}. */
final class ProcedureApi {
    private static final Param ID = Param.path("id", "decision item id, e.g. nmi-termination-2026");
    private static final Param MEMBER = Param.path("iso3", "the member's ISO 3166 alpha-3 code");
    private final ProcedureService procedure;
    private final Principals principals;

    ProcedureApi(ProcedureService procedure, Principals principals) {
        this.procedure = procedure;
        this.principals = principals;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/items", "listItems", "procedure", "Decision items, as they stand or as they stood at an instant",
                        List.of(Param.query("status", "only items of this status", RegisterApi.enumNames(org.concord.procedure.model.ItemStatus.class)),
                                Param.query("body", "only items before this body, e.g. nac"),
                                Param.query("marking", "only items of this classification marking, e.g. NATO SECRET"),
                                Param.query("proposer", "only items proposed by this member (ISO3) or CHAIR"),
                                Param.query("target", "only items whose effect targets this record, e.g. mission:kfor, event:summit-2026-ankara, partner:UKR"),
                                Param.query("q", "only items whose subject contains this text (case-insensitive)"),
                                Param.on("the items"), Param.recordedAt("the items")),
                        null, ItemView.class, true, 200,
                        ctx -> ctx.json(procedure.list(principals.of(ctx), Queries.recordedAt(ctx)))),
                new Route(HandlerType.POST, "/api/v1/items", "raiseItem", "procedure", "Raise a decision item with a typed effect",
                        List.of(), RaiseItemData.class, ItemView.class, false, 201, this::raise),
                new Route(HandlerType.GET, "/api/v1/items/{id}", "getItem", "procedure", "One item: texts, standing positions and their history, silence, consensus status",
                        List.of(ID, Param.recordedAt("the item"), Param.recordedAt("the item").asOfAlias()), null, ItemView.class, false, 200,
                        ctx -> ctx.json(procedure.show(principals.of(ctx), id(ctx), Queries.recordedAt(ctx)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/texts", "addText", "procedure", "Add a text version (cancels a running silence procedure, R3f)",
                        List.of(ID), ActData.class, ItemView.class, false, 200,
                        ctx -> ctx.json(procedure.addText(principals.of(ctx), id(ctx), JsonBody.read(ctx, ActData.class)))),
                new Route(HandlerType.PUT, "/api/v1/items/{id}/positions/{iso3}", "recordPosition", "procedure", "Record a member's official position (R8); a delegation speaks only for its own nation",
                        List.of(ID, MEMBER), PositionData.class, ItemView.class, false, 200, this::position),
                new Route(HandlerType.POST, "/api/v1/items/{id}/positions/{iso3}/footnote-withdrawal", "withdrawFootnote", "procedure", "Withdraw a member's footnote before adoption (R4)",
                        List.of(ID, MEMBER), ActData.class, ItemView.class, false, 200,
                        ctx -> ctx.json(procedure.withdrawFootnote(principals.of(ctx), id(ctx), member(ctx), JsonBody.read(ctx, ActData.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/silence", "openSilence", "procedure", "Open a silence procedure on the current text with a deadline (chair, R3a)",
                        List.of(ID), ActData.class, ItemView.class, false, 200,
                        ctx -> ctx.json(procedure.openSilence(principals.of(ctx), id(ctx), JsonBody.read(ctx, ActData.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/silence/breaks/{iso3}", "breakSilence", "procedure", "Break silence by a letter or note (R3c); a late break is logged without effect (R3e)",
                        List.of(ID, MEMBER), ActData.class, ItemView.class, false, 200,
                        ctx -> ctx.json(procedure.breakSilence(principals.of(ctx), id(ctx), member(ctx), JsonBody.read(ctx, ActData.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/exclusions/{iso3}", "excludeMember", "procedure", "Consensus-minus-one (chair, R2): leave a member out of the item's required set, with the basis as reason; only where the procedure allows it (OSCE)",
                        List.of(ID, MEMBER), ActData.class, ItemView.class, false, 200,
                        ctx -> ctx.json(procedure.excludeMember(principals.of(ctx), id(ctx), member(ctx), JsonBody.read(ctx, ActData.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/adoption", "adoptItem", "procedure", "Note consensus (R1): adopted if no objection or reservation stands; the effect is applied to the register",
                        List.of(ID), VersionData.class, ItemView.class, false, 200,
                        ctx -> ctx.json(procedure.adopt(principals.of(ctx), id(ctx), JsonBody.read(ctx, VersionData.class).version()))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/withdrawal", "withdrawItem", "procedure", "Withdraw the item (chair or proposer)",
                        List.of(ID), ActData.class, ItemView.class, false, 200,
                        ctx -> ctx.json(procedure.withdraw(principals.of(ctx), id(ctx), JsonBody.read(ctx, ActData.class)))),
                new Route(HandlerType.POST, "/api/v1/items/{id}/move", "moveItem", "procedure", "Move the item to another body or level, keeping its history (R12)",
                        List.of(ID), MoveData.class, ItemView.class, false, 200, this::move),
                new Route(HandlerType.POST, "/api/v1/items/{id}/reopening", "reopenItem", "procedure", "Reopen a sealed item as a new item linked to it (R13)",
                        List.of(ID), ActData.class, ItemView.class, false, 201, this::reopen));
    }

    private static ItemId id(Context ctx) { return Queries.pathId(ctx, "id", "item", ItemId::of); }

    private static Iso3 member(Context ctx) { return Queries.pathId(ctx, "iso3", "member", Iso3::of); }

    private void raise(Context ctx) {
        var who = principals.of(ctx);
        ItemView v = procedure.raise(who, JsonBody.read(ctx, RaiseItemData.class));
        ctx.status(201).header("Location", "/api/v1/items/" + v.id()).json(v);
    }

    private void position(Context ctx) {
        var who = principals.of(ctx);
        PositionData data = JsonBody.read(ctx, PositionData.class);
        ctx.json(procedure.recordPosition(who, id(ctx), member(ctx), data, data.version()));
    }

    private void move(Context ctx) {
        var who = principals.of(ctx);
        MoveData m = JsonBody.read(ctx, MoveData.class);
        ctx.json(procedure.moveToBody(who, id(ctx), m.body(), m.level(), new ActData(null, null, null, null, m.reason(), null, m.version())));
    }

    private void reopen(Context ctx) {
        var who = principals.of(ctx);
        ItemView v = procedure.reopen(who, id(ctx), JsonBody.read(ctx, ActData.class));
        ctx.status(201).header("Location", "/api/v1/items/" + v.id()).json(v);
    }
}
