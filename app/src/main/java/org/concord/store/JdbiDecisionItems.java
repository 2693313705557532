package org.concord.store;

import org.concord.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.concord.procedure.application.DecisionItems;
import org.concord.procedure.model.DecisionItem;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.ItemStatus;
import org.concord.procedure.model.Proposer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The items' projection on JDBI. The state columns hold the item as JSON (the whole item, and its summary with only
 * the standing positions and the last silence procedure); they are written by Concord itself, so reading them back
 * does not validate them again beyond the model's own constructors.
 */
final class JdbiDecisionItems implements DecisionItems {
    private static final String COLUMNS = "id, status, version, silence_deadline, subject, classification, created_seq";
    private static final RowMapper<Row> ROW = (rs, ctx) -> row(rs);
    private final Handle h;

    JdbiDecisionItems(Handle h) { this.h = h; }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(ItemId.of(rs.getString("id")), ItemStatus.valueOf(rs.getString("status")), rs.getLong("version"),
                Optional.ofNullable(rs.getObject("silence_deadline", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                rs.getString("subject"), rs.getString("classification"));
    }

    @Override public Optional<Row> lock(ItemId id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM decision_item WHERE id = :id FOR UPDATE").bind("id", id.value()).map(ROW).findOne();
    }

    @Override public Optional<Row> find(ItemId id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM decision_item WHERE id = :id").bind("id", id.value()).map(ROW).findOne();
    }

    @Override public void insert(Row r, DecisionItem state, long lastSeq, String marking, Set<String> targets) {
        h.createUpdate("INSERT INTO decision_item (id, status, version, silence_deadline, subject, classification, proposer, body, marking, "
                        + "last_seq, item_state, item_summary) VALUES (:id, :status, :version, :deadline, :subject, :classification, :proposer, "
                        + ":body, :marking, :seq, :state, :summary)")
                .bind("id", r.id().value()).bind("status", r.status().name()).bind("version", r.version())
                .bind("deadline", timestamp(r.silenceDeadline())).bind("subject", r.subject()).bind("classification", r.classification())
                .bind("proposer", proposer(state)).bind("body", state.body().value()).bind("marking", marking).bind("seq", lastSeq)
                .bind("state", write(state)).bind("summary", write(summary(state))).execute();
        targets(r.id(), targets);
    }

    @Override public void update(Row r, DecisionItem state, long lastSeq) {
        h.createUpdate("UPDATE decision_item SET status = :status, version = :version, silence_deadline = :deadline, subject = :subject, "
                        + "body = :body, last_seq = :seq, item_state = :state, item_summary = :summary WHERE id = :id")
                .bind("id", r.id().value()).bind("status", r.status().name()).bind("version", r.version())
                .bind("deadline", timestamp(r.silenceDeadline())).bind("subject", r.subject()).bind("body", state.body().value())
                .bind("seq", lastSeq).bind("state", write(state)).bind("summary", write(summary(state))).execute();
    }

    @Override public void fill(ItemId id, DecisionItem state, long lastSeq, String marking, Set<String> targets) {
        h.createUpdate("UPDATE decision_item SET proposer = :proposer, body = :body, marking = :marking, last_seq = :seq, "
                        + "item_state = :state, item_summary = :summary WHERE id = :id")
                .bind("id", id.value()).bind("proposer", proposer(state)).bind("body", state.body().value()).bind("marking", marking)
                .bind("seq", lastSeq).bind("state", write(state)).bind("summary", write(summary(state))).execute();
        h.createUpdate("DELETE FROM decision_item_target WHERE item_id = :id").bind("id", id.value()).execute();
        targets(id, targets);
    }

    private void targets(ItemId id, Set<String> targets) {
        for (String target : targets)
            h.createUpdate("INSERT INTO decision_item_target (target, item_id) VALUES (:target, :id)").bind("target", target)
                    .bind("id", id.value()).execute();
    }

    @Override public Optional<Stored> state(ItemId id) {
        return h.createQuery("SELECT " + COLUMNS + ", item_state FROM decision_item WHERE id = :id AND item_state IS NOT NULL")
                .bind("id", id.value()).map((rs, ctx) -> new Stored(row(rs), read(rs.getString("item_state")), rs.getLong("created_seq")))
                .findOne();
    }

    @Override public List<Stored> page(Filter f, long after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", item_summary FROM decision_item WHERE created_seq > :after "
                + "AND item_summary IS NOT NULL");
        List<String> statuses = f.statuses().stream().map(Enum::name).sorted().toList();
        if (!statuses.isEmpty()) sql.append(" AND status IN (<statuses>)");
        if (f.body() != null) sql.append(" AND body = :body");
        if (f.marking() != null) sql.append(" AND marking = :marking");
        if (f.proposer() != null) sql.append(" AND proposer = :proposer");
        if (f.target() != null) sql.append(" AND id IN (SELECT item_id FROM decision_item_target WHERE target = :target)");
        if (f.text() != null) sql.append(" AND LOWER(subject) LIKE :text ESCAPE '\\'");
        sql.append(" ORDER BY created_seq LIMIT :limit");
        Query q = h.createQuery(sql.toString()).bind("after", after).bind("limit", limit);
        if (!statuses.isEmpty()) q.bindList("statuses", statuses);
        if (f.body() != null) q.bind("body", f.body());
        if (f.marking() != null) q.bind("marking", f.marking());
        if (f.proposer() != null) q.bind("proposer", f.proposer());
        if (f.target() != null) q.bind("target", f.target());
        if (f.text() != null) q.bind("text", "%" + f.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return q.map((rs, ctx) -> new Stored(row(rs), read(rs.getString("item_summary")), rs.getLong("created_seq"))).list();
    }

    @Override public List<ItemId> withoutState() {
        return h.createQuery("SELECT id FROM decision_item WHERE item_state IS NULL ORDER BY created_seq").mapTo(String.class).list()
                .stream().map(ItemId::of).toList();
    }

    @Override public void saveSnapshot(ItemId id, Snapshot s, Instant lastAt) {
        h.createUpdate("DELETE FROM decision_item_snapshot WHERE item_id = :id AND version = :version").bind("id", id.value())
                .bind("version", s.version()).execute();
        h.createUpdate("INSERT INTO decision_item_snapshot (item_id, version, last_seq, last_at, item_state) VALUES (:id, :version, :seq, :at, :state)")
                .bind("id", id.value()).bind("version", s.version()).bind("seq", s.lastSeq()).bind("at", timestamp(Optional.of(lastAt)))
                .bind("state", write(s.item())).execute();
    }

    @Override public Optional<Snapshot> snapshotAsOf(ItemId id, Instant asOf) {
        return h.createQuery("SELECT version, last_seq, item_state FROM decision_item_snapshot WHERE item_id = :id AND last_at <= :asOf "
                        + "ORDER BY version DESC LIMIT 1")
                .bind("id", id.value()).bind("asOf", timestamp(Optional.of(asOf)))
                .map((rs, ctx) -> new Snapshot(rs.getLong("version"), rs.getLong("last_seq"), read(rs.getString("item_state")))).findOne();
    }

    @Override public List<Row> all() {
        return h.createQuery("SELECT " + COLUMNS + " FROM decision_item ORDER BY created_seq").map(ROW).list();
    }

    @Override public List<ItemId> silencesDue(Instant now) {
        return h.createQuery("SELECT id FROM decision_item WHERE status = 'UNDER_SILENCE' AND silence_deadline <= :now ORDER BY silence_deadline")
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).mapTo(String.class).list().stream().map(ItemId::of).toList();
    }

    /** The item with only its standing positions and its last silence procedure: what a list row shows. */
    static DecisionItem summary(DecisionItem i) {
        var standing = new ArrayList<>(i.standingPositions().values());
        var lastSilence = i.silences().isEmpty() ? List.<org.concord.procedure.model.SilenceProcedure>of() : List.of(i.silences().get(i.silences().size() - 1));
        return new DecisionItem(i.id(), i.config(), i.body(), i.level(), i.proposer(), i.subject(), i.effect(), i.texts(), i.status(),
                standing, lastSilence, i.excluded(), i.sealed(), i.reopenedFrom(), i.adoption(), i.raisedAt(), i.lastActAt());
    }

    private static String proposer(DecisionItem item) {
        return switch (item.proposer()) {
            case Proposer.Member m -> m.nation().code();
            case Proposer.Chair c -> "CHAIR";
        };
    }

    private static OffsetDateTime timestamp(Optional<Instant> at) {
        return at.map(d -> OffsetDateTime.ofInstant(d, ZoneOffset.UTC)).orElse(null);
    }

    private static String write(DecisionItem item) {
        try {
            return Json.mapper().writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write item " + item.id() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static DecisionItem read(String json) {
        try {
            return Json.mapper().readValue(json, DecisionItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored item state is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
