package org.concord.web.pages;

import io.javalin.http.Context;
import org.concord.brief.BriefService;
import org.concord.procedure.model.ItemId;
import org.concord.shared.NotFound;

/** {@code GET /items/{id}/brief}: the decision brief as a page designed for print, as the signed-in reader may see it. */
public final class BriefDesk {
    private final DeskSession sessions;
    private final BriefService briefs;

    BriefDesk(DeskSession sessions, BriefService briefs) {
        this.sessions = sessions;
        this.briefs = briefs;
    }

    public void page(Context ctx) {
        var s = sessions.of(ctx);
        try {
            ItemId id;
            try {
                id = ItemId.of(ctx.pathParam("id"));
            } catch (IllegalArgumentException e) {
                throw new NotFound("item", ctx.pathParam("id"));
            }
            String html = BriefDocument.html(briefs.brief(s.principal(), id));
            ctx.status(200).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "same-origin").result(html);
        } catch (NotFound e) {
            ItemDesk.notFound(ctx, s.viewer());
        }
    }
}
