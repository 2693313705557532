package org.concord.store;

import org.concord.procedure.application.DecisionItems;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.ItemStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

final class JdbiDecisionItems implements DecisionItems {
    private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(ItemId.of(rs.getString("id")), ItemStatus.valueOf(rs.getString("status")),
            rs.getLong("version"), Optional.ofNullable(rs.getObject("silence_deadline", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
            rs.getString("subject"), rs.getString("classification"));
    private final Handle h;

    JdbiDecisionItems(Handle h) { this.h = h; }

    @Override public Optional<Row> lock(ItemId id) {
        return h.createQuery("SELECT * FROM decision_item WHERE id = :id FOR UPDATE").bind("id", id.value()).map(ROW).findOne();
    }

    @Override public Optional<Row> find(ItemId id) {
        return h.createQuery("SELECT * FROM decision_item WHERE id = :id").bind("id", id.value()).map(ROW).findOne();
    }

    @Override public void insert(Row r) {
        h.createUpdate("INSERT INTO decision_item (id, status, version, silence_deadline, subject, classification) VALUES (:id, :status, :version, :deadline, :subject, :classification)")
                .bind("id", r.id().value()).bind("status", r.status().name()).bind("version", r.version())
                .bind("deadline", r.silenceDeadline().map(d -> OffsetDateTime.ofInstant(d, ZoneOffset.UTC)).orElse(null))
                .bind("subject", r.subject()).bind("classification", r.classification()).execute();
    }

    @Override public void update(Row r) {
        h.createUpdate("UPDATE decision_item SET status = :status, version = :version, silence_deadline = :deadline, subject = :subject WHERE id = :id")
                .bind("id", r.id().value()).bind("status", r.status().name()).bind("version", r.version())
                .bind("deadline", r.silenceDeadline().map(d -> OffsetDateTime.ofInstant(d, ZoneOffset.UTC)).orElse(null))
                .bind("subject", r.subject()).execute();
    }

    @Override public List<Row> all() {
        return h.createQuery("SELECT * FROM decision_item ORDER BY created_seq").map(ROW).list();
    }

    @Override public List<ItemId> silencesDue(Instant now) {
        return h.createQuery("SELECT id FROM decision_item WHERE status = 'UNDER_SILENCE' AND silence_deadline <= :now ORDER BY silence_deadline")
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).mapTo(String.class).list().stream().map(ItemId::of).toList();
    }
}
