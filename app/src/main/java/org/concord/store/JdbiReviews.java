package org.concord.store;

import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;
import org.concord.review.model.Recommendation;
import org.concord.review.model.Review;
import org.concord.review.model.ReviewId;
import org.concord.review.model.ReviewKind;
import org.concord.review.model.Reviews;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class JdbiReviews implements Reviews {
    private static final String COLUMNS = "id, mission_id, kind, due_on, called_on, held_on, body, recommendation, item_id, summary, classification";
    private final Handle h;

    JdbiReviews(Handle h) { this.h = h; }

    private static Review read(ResultSet rs) throws SQLException {
        return new Review(new ReviewId(rs.getString("id")), MissionId.of(rs.getString("mission_id")), ReviewKind.valueOf(rs.getString("kind")),
                rs.getObject("due_on", LocalDate.class), Optional.ofNullable(rs.getObject("called_on", LocalDate.class)),
                Optional.ofNullable(rs.getObject("held_on", LocalDate.class)), rs.getString("body"),
                Optional.ofNullable(rs.getString("recommendation")).map(Recommendation::valueOf),
                Optional.ofNullable(rs.getString("item_id")).map(ItemId::of), Optional.ofNullable(rs.getString("summary")),
                rs.getString("classification"));
    }

    @Override public Optional<Review> find(ReviewId id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM mission_review WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> read(rs)).findOne();
    }

    @Override public List<Review> forMission(MissionId mission) {
        return h.createQuery("SELECT " + COLUMNS + " FROM mission_review WHERE mission_id = :m ORDER BY due_on, id").bind("m", mission.value())
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override public List<Review> all() {
        return h.createQuery("SELECT " + COLUMNS + " FROM mission_review ORDER BY mission_id, due_on, id").map((rs, ctx) -> read(rs)).list();
    }

    @Override public void put(Review r) {
        h.createUpdate("DELETE FROM mission_review WHERE id = :id").bind("id", r.id().value()).execute();
        h.createUpdate("INSERT INTO mission_review (" + COLUMNS + ") VALUES (:id, :mission, :kind, :due, :called, :held, :body, :rec, :item, :summary, :cls)")
                .bind("id", r.id().value()).bind("mission", r.mission().value()).bind("kind", r.kind().name()).bindByType("due", r.dueOn(), LocalDate.class)
                .bindByType("called", r.calledOn().orElse(null), LocalDate.class).bindByType("held", r.heldOn().orElse(null), LocalDate.class).bind("body", r.body())
                .bind("rec", r.recommendation().map(Enum::name).orElse(null)).bind("item", r.item().map(ItemId::value).orElse(null))
                .bind("summary", r.summary().orElse(null)).bind("cls", r.classification()).execute();
    }
}
