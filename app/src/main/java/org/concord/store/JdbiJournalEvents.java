package org.concord.store;

import org.concord.journal.JournalEntry;
import org.concord.journal.JournalEvents;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

final class JdbiJournalEvents implements JournalEvents {
    private static final RowMapper<JournalEntry> ROW = (rs, ctx) -> new JournalEntry(rs.getLong("seq"),
            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("type"),
            rs.getString("subject"), rs.getString("payload"), rs.getString("prev_hash"), rs.getString("hash"));
    private final Handle h;
    private final io.micrometer.core.instrument.Timer appends;

    JdbiJournalEvents(Handle h, io.micrometer.core.instrument.Timer appends) {
        this.h = h;
        this.appends = appends;
    }

    @Override public Head lockHead() {
        return h.createQuery("SELECT seq, hash FROM journal_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2))).one();
    }

    @Override public Head head() {
        return h.createQuery("SELECT seq, hash FROM journal_head WHERE id = 1").map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2))).one();
    }

    @Override public Head lastRow() {
        return h.createQuery("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2)))
                .findOne().orElse(new Head(0, org.concord.journal.Journal.GENESIS));
    }

    @Override public void moveHead(Head head) {
        h.createUpdate("UPDATE journal_head SET seq = :seq, hash = :hash WHERE id = 1").bind("seq", head.seq()).bind("hash", head.hash()).execute();
    }

    @Override public void append(JournalEntry e) {
        long t0 = System.nanoTime();
        h.createUpdate("INSERT INTO journal (seq, at, actor, type, subject, payload, prev_hash, hash) "
                        + "VALUES (:seq, :at, :actor, :type, :subject, :payload, :prev, :hash)")
                .bind("seq", e.seq()).bind("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC)).bind("actor", e.actor())
                .bind("type", e.type()).bind("subject", e.subject()).bind("payload", e.payload()).bind("prev", e.prevHash())
                .bind("hash", e.hash()).execute();
        h.createUpdate("UPDATE journal_head SET seq = :seq, hash = :hash WHERE id = 1").bind("seq", e.seq()).bind("hash", e.hash()).execute();
        appends.record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Only the conditions asked for are in the SQL: H2 does not use the subject index for "(:s IS NULL OR subject = :s)". */
    @Override public List<JournalEntry> list(Optional<String> subject, Optional<Instant> until, long afterSeq, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM journal WHERE ");
        sql.append(subject.isPresent() ? "subject = :subject AND seq > :after" : "seq > :after");
        if (until.isPresent()) sql.append(" AND at <= :until");
        sql.append(subject.isPresent() ? " ORDER BY subject, seq LIMIT :limit" : " ORDER BY seq LIMIT :limit");
        var q = h.createQuery(sql.toString()).bind("after", afterSeq).bind("limit", limit);
        subject.ifPresent(s -> q.bind("subject", s));
        until.ifPresent(u -> q.bind("until", OffsetDateTime.ofInstant(u, ZoneOffset.UTC)));
        return q.map(ROW).list();
    }

    @Override public List<JournalEntry> listByPrefix(String prefix, Instant until) {
        return h.createQuery("SELECT * FROM journal WHERE subject LIKE :prefix AND at <= :until ORDER BY seq")
                .bind("prefix", prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .bind("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC)).map(ROW).list();
    }

    @Override public void forEach(Consumer<JournalEntry> sink) {
        try (var it = h.createQuery("SELECT * FROM journal ORDER BY seq").setFetchSize(500).map(ROW).iterator()) {
            it.forEachRemaining(sink);
        }
    }
}
