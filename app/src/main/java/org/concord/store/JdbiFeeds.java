package org.concord.store;

import org.concord.feeds.Delivery;
import org.concord.feeds.FeedToken;
import org.concord.feeds.FeedTokens;
import org.concord.feeds.Webhook;
import org.concord.feeds.Webhooks;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.concord.store.JdbiAccess.instant;
import static org.concord.store.JdbiAccess.ts;

/** Feed tokens, webhooks, their delivery log and the allow-listed hosts (V8). */
final class JdbiFeeds {
    private JdbiFeeds() {}

    static final class JdbiFeedTokens implements FeedTokens {
        private final Handle h;

        JdbiFeedTokens(Handle h) { this.h = h; }

        private static FeedToken map(ResultSet rs) throws SQLException {
            return new FeedToken(rs.getString("id"), rs.getString("hash"), rs.getString("owner"), Optional.ofNullable(rs.getString("note")),
                    instant(rs, "created_at"), rs.getBoolean("revoked"));
        }

        @Override public void insert(FeedToken t) {
            h.createUpdate("INSERT INTO feed_token (id, hash, owner, note, created_at, revoked) VALUES (:id, :hash, :owner, :note, :at, :revoked)")
                    .bind("id", t.id()).bind("hash", t.hash()).bind("owner", t.owner()).bindByType("note", t.note().orElse(null), String.class)
                    .bind("at", ts(t.created())).bind("revoked", t.revoked()).execute();
        }

        @Override public Optional<FeedToken> byHash(String hash) {
            return h.createQuery("SELECT * FROM feed_token WHERE hash = :hash").bind("hash", hash).map((rs, c) -> map(rs)).findOne();
        }

        @Override public Optional<FeedToken> byId(String id) {
            return h.createQuery("SELECT * FROM feed_token WHERE id = :id").bind("id", id).map((rs, c) -> map(rs)).findOne();
        }

        @Override public List<FeedToken> ofOwner(String owner) {
            return h.createQuery("SELECT * FROM feed_token WHERE owner = :owner ORDER BY created_at DESC, id").bind("owner", owner).map((rs, c) -> map(rs)).list();
        }

        @Override public void revoke(String id) { h.createUpdate("UPDATE feed_token SET revoked = TRUE WHERE id = :id").bind("id", id).execute(); }
    }

    static final class JdbiWebhooks implements Webhooks {
        private final Handle h;

        JdbiWebhooks(Handle h) { this.h = h; }

        private static Webhook map(ResultSet rs) throws SQLException {
            String events = rs.getString("events");
            return new Webhook(rs.getLong("id"), rs.getString("owner"), rs.getString("url"), rs.getString("secret"),
                    events.isEmpty() ? List.of() : Arrays.asList(events.split(",")), rs.getBoolean("enabled"), instant(rs, "created_at"), rs.getLong("last_seq"));
        }

        private static Delivery delivery(ResultSet rs) throws SQLException {
            int http = rs.getInt("http_status");
            Optional<Integer> status = rs.wasNull() ? Optional.empty() : Optional.of(http);
            return new Delivery(rs.getLong("id"), rs.getLong("webhook_id"), rs.getLong("seq"), rs.getString("event"), rs.getInt("attempts"),
                    Delivery.Status.valueOf(rs.getString("status")), status, Optional.ofNullable(rs.getString("error")), instant(rs, "at"),
                    Optional.ofNullable(instant(rs, "next_at")));
        }

        @Override public long insert(Webhook w) {
            return h.createUpdate("INSERT INTO webhook (owner, url, secret, events, enabled, created_at, last_seq) VALUES (:owner, :url, :secret, :events, :enabled, :at, :seq)")
                    .bind("owner", w.owner()).bind("url", w.url()).bind("secret", w.secret()).bind("events", String.join(",", w.events()))
                    .bind("enabled", w.enabled()).bind("at", ts(w.created())).bind("seq", w.lastSeq())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }

        @Override public Optional<Webhook> byId(long id) {
            return h.createQuery("SELECT * FROM webhook WHERE id = :id").bind("id", id).map((rs, c) -> map(rs)).findOne();
        }

        @Override public List<Webhook> list(Optional<String> owner) {
            return h.createQuery("SELECT * FROM webhook WHERE (:owner IS NULL OR owner = :owner) ORDER BY id")
                    .bindByType("owner", owner.orElse(null), String.class).map((rs, c) -> map(rs)).list();
        }

        @Override public List<Webhook> enabled() {
            return h.createQuery("SELECT * FROM webhook WHERE enabled = TRUE ORDER BY id").map((rs, c) -> map(rs)).list();
        }

        @Override public void disable(long id) { h.createUpdate("UPDATE webhook SET enabled = FALSE WHERE id = :id").bind("id", id).execute(); }

        @Override public boolean advance(long id, long from, long to) {
            return h.createUpdate("UPDATE webhook SET last_seq = :to WHERE id = :id AND last_seq = :from")
                    .bind("id", id).bind("from", from).bind("to", to).execute() == 1;
        }

        @Override public void queue(long webhook, long seq, String event, Instant at) {
            h.createUpdate("INSERT INTO webhook_delivery (webhook_id, seq, event, attempts, status, at, next_at) VALUES (:w, :seq, :event, 0, 'PENDING', :at, :at)")
                    .bind("w", webhook).bind("seq", seq).bind("event", event).bind("at", ts(at)).execute();
        }

        @Override public List<Delivery> due(Instant now, int limit) {
            return h.createQuery("SELECT * FROM webhook_delivery WHERE status = 'PENDING' AND next_at <= :now ORDER BY next_at, id FETCH FIRST :limit ROWS ONLY")
                    .bind("now", ts(now)).bind("limit", limit).map((rs, c) -> delivery(rs)).list();
        }

        @Override public boolean claim(Delivery d, Instant lease) {
            return h.createUpdate("UPDATE webhook_delivery SET next_at = :lease WHERE id = :id AND status = 'PENDING' AND attempts = :attempts AND next_at = :next")
                    .bind("lease", ts(lease)).bind("id", d.id()).bind("attempts", d.attempts()).bind("next", ts(d.nextAt().orElseThrow()))
                    .execute() == 1;
        }

        @Override public void update(Delivery d) {
            h.createUpdate("UPDATE webhook_delivery SET attempts = :attempts, status = :status, http_status = :http, error = :error, at = :at, next_at = :next WHERE id = :id")
                    .bind("attempts", d.attempts()).bind("status", d.status().name()).bindByType("http", d.httpStatus().orElse(null), Integer.class)
                    .bindByType("error", d.error().orElse(null), String.class).bind("at", ts(d.at()))
                    .bindByType("next", ts(d.nextAt().orElse(null)), java.time.OffsetDateTime.class).bind("id", d.id()).execute();
        }

        @Override public List<Delivery> deliveries(long webhook) {
            return h.createQuery("SELECT * FROM webhook_delivery WHERE webhook_id = :w ORDER BY id DESC").bind("w", webhook).map((rs, c) -> delivery(rs)).list();
        }

        @Override public boolean allowed(String host) {
            return h.createQuery("SELECT COUNT(*) FROM webhook_allowed_host WHERE host = :host").bind("host", host).mapTo(Integer.class).one() > 0;
        }

        @Override public void allow(String host, String by, Instant at) {
            h.createUpdate("INSERT INTO webhook_allowed_host (host, added_by, added_at) VALUES (:host, :by, :at)")
                    .bind("host", host).bind("by", by).bind("at", ts(at)).execute();
        }

        @Override public List<AllowedHost> allowedHosts() {
            return h.createQuery("SELECT * FROM webhook_allowed_host ORDER BY host")
                    .map((rs, c) -> new AllowedHost(rs.getString("host"), rs.getString("added_by"), instant(rs, "added_at"))).list();
        }
    }
}
