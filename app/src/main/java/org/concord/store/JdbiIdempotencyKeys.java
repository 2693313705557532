package org.concord.store;

import org.concord.access.model.IdempotencyKeys;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

final class JdbiIdempotencyKeys implements IdempotencyKeys {
    private final Handle h;

    JdbiIdempotencyKeys(Handle h) { this.h = h; }

    @Override public Optional<Stored> lock(String principal, String key) {
        return h.createQuery("SELECT request_hash, status, content_type, location, body, created FROM idempotency_key "
                        + "WHERE principal = :p AND idem_key = :k FOR UPDATE")
                .bind("p", principal).bind("k", key)
                .map((rs, ctx) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .findOne();
    }

    @Override public boolean reserve(String principal, String key, String requestHash, Instant at) {
        try {
            // a savepoint, so that losing the race leaves the transaction usable on PostgreSQL
            h.execute("SAVEPOINT idem");
            h.createUpdate("INSERT INTO idempotency_key (principal, idem_key, request_hash, created) VALUES (:p, :k, :r, :at)")
                    .bind("p", principal).bind("k", key).bind("r", requestHash).bind("at", utc(at)).execute();
            h.execute("RELEASE SAVEPOINT idem");
            return true;
        } catch (RuntimeException duplicate) {
            h.execute("ROLLBACK TO SAVEPOINT idem");
            return false;
        }
    }

    @Override public void retake(String principal, String key, String requestHash, Instant at) {
        h.createUpdate("UPDATE idempotency_key SET request_hash = :r, created = :at, status = NULL, body = NULL, content_type = NULL, location = NULL "
                        + "WHERE principal = :p AND idem_key = :k")
                .bind("p", principal).bind("k", key).bind("r", requestHash).bind("at", utc(at)).execute();
    }

    @Override public void complete(String principal, String key, int status, String contentType, String location, String body) {
        h.createUpdate("UPDATE idempotency_key SET status = :s, content_type = :c, location = :l, body = :b WHERE principal = :p AND idem_key = :k")
                .bind("p", principal).bind("k", key).bind("s", status).bind("c", contentType).bind("l", location).bind("b", body).execute();
    }

    @Override public void release(String principal, String key) {
        h.createUpdate("DELETE FROM idempotency_key WHERE principal = :p AND idem_key = :k AND status IS NULL")
                .bind("p", principal).bind("k", key).execute();
    }

    @Override public int expire(Instant before) {
        return h.createUpdate("DELETE FROM idempotency_key WHERE created < :before").bind("before", utc(before)).execute();
    }

    private static OffsetDateTime utc(Instant i) { return OffsetDateTime.ofInstant(i, ZoneOffset.UTC); }
}
