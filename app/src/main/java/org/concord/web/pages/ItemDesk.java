package org.concord.web.pages;

import io.javalin.http.Context;
import org.concord.web.cache.ViewCache;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.ActRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Unauthenticated;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The item page and its forms: each form is a thin handler that calls {@link ProcedureService} as the signed-in
 * principal, then redirects back to the board (post, redirect, get). A refusal re-renders the board as it stands now,
 * with the reason: a stale version is a conflict, never a stack trace.
 */
public final class ItemDesk {
    private static final Map<String, String> DONE = Map.of("position", "Position recorded.", "silence", "Silence procedure opened.",
            "break", "Silence broken.", "footnote", "Footnote withdrawn.", "adopted", "Consensus noted: the item is adopted.",
            "withdrawn", "Item withdrawn.", "moved", "Item moved.", "raised", "Item raised.", "reopened", "Reopened as this new item.", "risk", "Risk recorded.");
    private final DeskSession sessions;
    private final ItemBoard board;
    private final ProcedureService procedure;
    private final ViewCache views;
    private final Analysis.Builder analysis;

    ItemDesk(DeskSession sessions, ItemBoard board, ProcedureService procedure, ViewCache views, Analysis.Builder analysis) {
        this.views = views;
        this.sessions = sessions;
        this.board = board;
        this.procedure = procedure;
        this.analysis = analysis;
    }

    /** The item page with its options and risks. */
    ItemPage page(Principal who, Viewer viewer, ItemId id, ItemPage.Notice notice) {
        Analysis a = analysis.ofItem(who, viewer, id);
        if (a != null && notice != null && "risk".equals(notice.form())) a = a.withRefusedRisk(notice.sent());
        return board.page(who, viewer, id, notice).withAnalysis(a);
    }

    /** {@code GET /items/{id}}. */
    public void show(Context ctx) throws Exception {
        var s = sessions.of(ctx);
        String done = ctx.queryParam("done");
        ItemPage.Notice notice = done != null && DONE.containsKey(done) ? new ItemPage.Notice("done", DONE.get(done), List.of()) : null;
        Optional<ItemId> id = id(ctx);
        try {
            if (id.isEmpty()) throw new NotFound("item", ctx.pathParam("id"));
            ItemId item = id.get();
            views.serve(ctx, s.principal(), DeskPages.variant(s, views), () -> Html.view("item.jte", page(s.principal(), s.viewer(), item, notice)));
        } catch (NotFound e) {
            notFound(ctx, s.viewer());
        }
    }

    /**
     * {@code GET /items/{id}/live?version=N}, polled by the board: 204 while the item stands at version N, the board
     * when it moved on, and 286 (htmx stops polling) with a notice when the session ended or the item is no longer
     * visible to the viewer, or the page was made for a user whose session is gone ({@code as}: signed out in another
     * window, expired, disabled). Each poll is answered as the viewer, so it never shows what they may not see.
     */
    public void live(Context ctx) {
        var s = sessions.of(ctx);
        String as = ctx.queryParam("as");
        boolean signedOutMeanwhile = as != null && !as.isEmpty() && !(s.viewer().signedIn() && s.viewer().name().equals(as));
        if (s.ended() || signedOutMeanwhile) {
            stop(ctx, "Your session has ended: this board stopped updating. Sign in again to go on.");
            return;
        }
        Optional<ItemId> id = id(ctx);
        try {
            if (id.isEmpty()) throw new NotFound("item", ctx.pathParam("id"));
            ItemView v = procedure.show(s.principal(), id.get(), Optional.empty());
            if (Long.toString(v.version()).equals(ctx.queryParam("version"))) {
                ctx.status(204);
                return;
            }
            Html.render(ctx, 200, "item_live.jte", board.page(s.principal(), s.viewer(), id.get(), null));
        } catch (NotFound e) {
            stop(ctx, "This item is not visible to you any more: the board stopped updating.");
        }
    }

    private static void stop(Context ctx, String message) {
        ctx.status(286).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
                .result("<div id=\"live\"><p class=\"notice error\" role=\"alert\" id=\"live-stopped\">" + escape(message) + "</p></div>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private interface Command {
        ItemView run(Principal who, ItemId id);
    }

    public void position(Context ctx) {
        act(ctx, "position", (who, id) -> {
            // the level select always sends a value; it limits only an objection
            String position = param(ctx, "position");
            PositionData d = new PositionData(position, "OBJECTION".equals(position) ? param(ctx, "fromLevel") : null, param(ctx, "footnote"), param(ctx, "clause"),
                    param(ctx, "terms"), param(ctx, "act"), param(ctx, "reference"), version(ctx));
            return procedure.recordPosition(who, id, member(ctx), d, d.version());
        });
    }

    public void breakSilence(Context ctx) {
        act(ctx, "break", (who, id) -> procedure.breakSilence(who, id, member(ctx), new ActRequest.BreakSilence(param(ctx, "act"), param(ctx, "reference"), version(ctx))));
    }

    public void withdrawFootnote(Context ctx) {
        act(ctx, "footnote", (who, id) -> procedure.withdrawFootnote(who, id, member(ctx), new ActRequest.WithdrawFootnote(param(ctx, "act"), param(ctx, "reference"), version(ctx))));
    }

    public void openSilence(Context ctx) {
        act(ctx, "silence", (who, id) -> procedure.openSilence(who, id, new ActRequest.OpenSilence(deadline(param(ctx, "deadline")), version(ctx))));
    }

    public void adopt(Context ctx) {
        act(ctx, "adopted", (who, id) -> procedure.adopt(who, id, version(ctx)));
    }

    /** {@code POST /items/{id}/raising}: the chair raises a draft. */
    public void raiseDraft(Context ctx) {
        act(ctx, "raised", (who, id) -> procedure.raiseDraft(who, id, version(ctx)));
    }

    public void withdraw(Context ctx) {
        act(ctx, "withdrawn", (who, id) -> procedure.withdraw(who, id, new ActRequest.Withdraw(param(ctx, "reason"), version(ctx))));
    }

    public void move(Context ctx) {
        act(ctx, "moved", (who, id) -> procedure.moveToBody(who, id, param(ctx, "body"), param(ctx, "level"), new ActRequest.Move(param(ctx, "reason"), version(ctx))));
    }

    public void reopen(Context ctx) {
        act(ctx, "reopened", (who, id) -> procedure.reopen(who, id, new ActRequest.Reopen(param(ctx, "newId"), version(ctx))));
    }

    /** A write beside the procedure (a risk): it returns nothing the board needs. */
    interface Write {
        void run(Principal who, ItemId id);
    }

    /** Runs {@code write} as a form of the item page: back to the page with "Risk recorded", or the page with the errors. */
    void recordRisk(Context ctx, Write write) {
        act(ctx, "risk", (who, id) -> {
            write.run(who, id);
            return procedure.show(who, id, Optional.empty());
        });
    }

    private void act(Context ctx, String done, Command command) {
        DeskSession.Session s;
        try {
            s = sessions.form(ctx);
        } catch (DeskSession.Refused r) {
            Html.render(ctx, r.status, "message.jte", new MessagePage(sessions.of(ctx).viewer(), "Not done", r.getMessage(), List.of()));
            return;
        }
        Optional<ItemId> id = id(ctx);
        if (id.isEmpty()) {
            notFound(ctx, s.viewer());
            return;
        }
        ItemPage.Notice notice;
        int status;
        try {
            ItemView v = command.run(s.principal(), id.get());
            Html.seeOther(ctx, "/items/" + v.id() + "?done=" + done);
            return;
        } catch (Conflict c) {
            status = 409;
            notice = new ItemPage.Notice("conflict", "Nothing was recorded: " + c.getMessage()
                    + ". The board below shows the item as it stands now; check it and act again.", List.of(), done, sent(ctx));
        } catch (InvalidInput e) {
            status = 400;
            notice = new ItemPage.Notice("error", "Nothing was recorded: the form has errors.",
                    e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList(), done, sent(ctx));
        } catch (Forbidden | Unauthenticated e) {
            status = 403;
            notice = new ItemPage.Notice("error", "Not allowed: " + e.getMessage(), List.of(), done, sent(ctx));
        } catch (NotFound e) {
            notFound(ctx, s.viewer());
            return;
        }
        try {
            Html.render(ctx, status, "item.jte", page(s.principal(), s.viewer(), id.get(), notice));
        } catch (NotFound e) {
            notFound(ctx, s.viewer());
        }
    }

    /** The fields a refused form sent (its first value of each), to show in it again; never the CSRF token or the version. */
    private static Map<String, String> sent(Context ctx) {
        Map<String, String> sent = new java.util.HashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!values.isEmpty() && !name.equals("_csrf") && !name.equals("version")) sent.put(name, values.getFirst());
        });
        return Map.copyOf(sent);
    }

    static void notFound(Context ctx, Viewer viewer) {
        Html.render(ctx, 404, "message.jte", new MessagePage(viewer, "Not found",
                "No such record is visible to you. Records you may not see answer the same way as records that do not exist.", List.of()));
    }

    private static Optional<ItemId> id(Context ctx) {
        try {
            return Optional.of(ItemId.of(ctx.pathParam("id")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Iso3 member(Context ctx) {
        String m = param(ctx, "member");
        if (m == null) throw new InvalidInput("member", "is required");
        try {
            return Iso3.of(m);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("member", e.getMessage());
        }
    }

    static Long version(Context ctx) {
        String v = param(ctx, "version");
        if (v == null) throw new InvalidInput("version", "is required: the item version you read");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInput("version", "'" + v + "' is not a version number");
        }
    }

    /** A datetime-local field ("2026-12-01T12:00") is a UTC instant. */
    static String deadline(String text) {
        if (text == null) return null;
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) return text + ":00Z";
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}")) return text + "Z";
        return text;
    }
}
