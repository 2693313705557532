package org.concord.web.pages;

import io.javalin.http.Context;
import org.concord.intel.RiskData;
import org.concord.intel.RiskService;
import org.concord.register.model.MissionId;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Unauthenticated;

import java.util.List;

/**
 * The analysts' risk forms: on an item page (the item or one of its options) and on a mission page. Each calls
 * {@link RiskService#record} as the signed-in principal, then redirects back to the page (post, redirect, get).
 */
public final class RiskDesk {
    private final DeskSession sessions;
    private final RiskService risks;
    private final ItemDesk items;

    RiskDesk(DeskSession sessions, RiskService risks, ItemDesk items) {
        this.sessions = sessions;
        this.risks = risks;
        this.items = items;
    }

    /** {@code POST /items/{id}/risks}: a risk on the item, or on the option named by {@code option}. */
    public void onItem(Context ctx) {
        items.recordRisk(ctx, (who, id) -> risks.record(who, data(ctx, null, id.value(), ItemDesk.param(ctx, "option"))));
    }

    /** {@code POST /missions/{id}/risks}. */
    public void onMission(Context ctx) {
        DeskSession.Session s;
        try {
            s = sessions.form(ctx);
        } catch (DeskSession.Refused r) {
            Html.render(ctx, r.status, "message.jte", new MessagePage(sessions.of(ctx).viewer(), "Not done", r.getMessage(), List.of()));
            return;
        }
        String mission = ctx.pathParam("id");
        try {
            MissionId.of(mission);
            risks.record(s.principal(), data(ctx, mission, null, null));
            Html.seeOther(ctx, "/missions/" + mission + "?done=risk#risks-h");
        } catch (InvalidInput e) {
            Html.render(ctx, 400, "message.jte", new MessagePage(s.viewer(), "Nothing was recorded", "The risk form has errors; go back and correct them.",
                    e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList()));
        } catch (IllegalArgumentException e) {
            ItemDesk.notFound(ctx, s.viewer());
        } catch (Forbidden | Unauthenticated e) {
            Html.render(ctx, 403, "message.jte", new MessagePage(s.viewer(), "Not allowed", e.getMessage(), List.of()));
        }
    }

    private static RiskData data(Context ctx, String mission, String item, String option) {
        return new RiskData(null, mission, item, option, ItemDesk.param(ctx, "what"), ItemDesk.param(ctx, "where"), ItemDesk.param(ctx, "condition"),
                ItemDesk.param(ctx, "assessedBy"), ItemDesk.param(ctx, "grade"), ItemDesk.param(ctx, "likelihood"), ItemDesk.param(ctx, "impact"),
                ItemDesk.param(ctx, "assessedOn"), ItemDesk.param(ctx, "quote"), ItemDesk.param(ctx, "note"), null,
                ItemDesk.param(ctx, "classification"));
    }
}
