package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;
import org.concord.review.application.DueReviewData;
import org.concord.review.application.RecordReviewData;
import org.concord.review.application.ReviewData;
import org.concord.review.application.ReviewService;
import org.concord.review.model.ReviewId;
import org.concord.shared.InvalidInput;

import java.util.List;

import static org.concord.web.Route.Param;

/** The mission-review routes: thin handlers over {@link ReviewService}. */
final class ReviewApi {
    private final ReviewService reviews;
    private final Principals principals;

    ReviewApi(ReviewService reviews, Principals principals) {
        this.reviews = reviews;
        this.principals = principals;
    }

    /** The body of {@code PUT /reviews/{id}/item}. @param item the decision item the review led to */
    record LinkItemData(String item) {}

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/reviews/due", "listDueReviews", "reviews",
                        "Reviews due (within 30 days) or overdue (due date passed, no held review recorded) on a date, across the missions the reader may see",
                        List.of(Param.on("the review cycles and the reviews recorded"), Param.query("mission", "only this mission's reviews")),
                        null, DueReviewData.class, true, 200, this::due),
                new Route(HandlerType.GET, "/api/v1/missions/{id}/reviews", "listMissionReviews", "reviews",
                        "A mission's reviews, held or called, by due date", List.of(Param.path("id", "mission slug, e.g. kfor")),
                        null, ReviewData.class, true, 200, this::history),
                new Route(HandlerType.POST, "/api/v1/missions/{id}/reviews", "recordReview", "reviews",
                        "Record a review held (heldOn, recommendation) or call an ad hoc review (kind AD_HOC, no heldOn); the chair only",
                        List.of(Param.path("id", "mission slug, e.g. kfor")), RecordReviewData.class, ReviewData.class, false, 201, this::record),
                new Route(HandlerType.GET, "/api/v1/reviews/{id}", "getReview", "reviews", "One review",
                        List.of(Param.path("id", "review id, e.g. kfor-2026-06-12")), null, ReviewData.class, false, 200, this::review),
                new Route(HandlerType.PUT, "/api/v1/reviews/{id}/item", "linkReviewItem", "reviews",
                        "Link a held review to the decision item it led to; the chair only",
                        List.of(Param.path("id", "review id, e.g. kfor-2026-06-12")), LinkItemData.class, ReviewData.class, false, 200, this::link));
    }

    private void due(Context ctx) {
        var who = principals.of(ctx);
        var on = Queries.on(ctx).orElseGet(reviews::today);
        var mission = Queries.string(ctx, "mission").map(m -> Queries.parse("mission", m, MissionId::of));
        var rows = mission.isPresent() ? reviews.dueFor(who, mission.get(), on) : reviews.due(who, on);
        ctx.json(Paging.page(ctx, rows, r -> r.dueOn() + "/" + r.mission() + "/" + r.kind()));
    }

    private void history(Context ctx) {
        MissionId id = Queries.pathId(ctx, "id", "mission", MissionId::of);
        ctx.json(Paging.page(ctx, reviews.historyFor(principals.of(ctx), id), ReviewData::id));
    }

    private void record(Context ctx) {
        var who = principals.of(ctx);
        MissionId id = Queries.pathId(ctx, "id", "mission", MissionId::of);
        ReviewData r = reviews.record(who, id, JsonBody.read(ctx, RecordReviewData.class));
        ctx.status(201).header("Location", "/api/v1/reviews/" + r.id()).json(r);
    }

    private void review(Context ctx) {
        ReviewId id = Queries.pathId(ctx, "id", "review", ReviewId::new);
        ctx.json(reviews.review(principals.of(ctx), id));
    }

    private void link(Context ctx) {
        ReviewId id = Queries.pathId(ctx, "id", "review", ReviewId::new);
        LinkItemData body = JsonBody.read(ctx, LinkItemData.class);
        if (body.item() == null || body.item().isBlank()) throw new InvalidInput("item", "is required: the decision item the review led to");
        ItemId item = Queries.parse("item", body.item(), ItemId::of);
        ctx.json(reviews.linkItem(principals.of(ctx), id, item));
    }
}
