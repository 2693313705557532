package org.concord.store;

import org.concord.access.WebSessions;
import org.concord.access.model.ApiToken;
import org.concord.access.model.ApiTokens;
import org.concord.access.model.FailureStreak;
import org.concord.access.model.LoginAttempts;
import org.concord.access.model.MarkingLadder;
import org.concord.access.model.PasswordHash;
import org.concord.access.model.ThrottleKey;
import org.concord.access.model.TokenHash;
import org.concord.access.model.User;
import org.concord.access.model.UserName;
import org.concord.access.model.Users;
import org.concord.shared.Iso3;
import org.concord.shared.Role;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The JDBI repositories of access control. */
final class JdbiAccess {
    private JdbiAccess() {}

    static OffsetDateTime ts(Instant i) { return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC); }

    static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static final class JdbiUsers implements Users {
        private final Handle h;
        private final MarkingLadder ladder;
        private final RowMapper<User> row;

        JdbiUsers(Handle h, MarkingLadder ladder) {
            this.h = h;
            this.ladder = ladder;
            this.row = (rs, ctx) -> new User(UserName.of(rs.getString("name")), Role.valueOf(rs.getString("role")),
                    Optional.ofNullable(rs.getString("nation")).map(Iso3::of), this.ladder.marking(rs.getString("clearance")),
                    rs.getBoolean("enabled"), PasswordHash.parse(rs.getString("password_hash")), instant(rs, "created"));
        }

        @Override public Optional<User> find(UserName name) {
            return h.createQuery("SELECT * FROM app_user WHERE name = :n").bind("n", name.value()).map(row).findOne();
        }

        @Override public List<User> all() { return h.createQuery("SELECT * FROM app_user ORDER BY name").map(row).list(); }

        @Override public void put(User u) {
            int n = h.createUpdate("UPDATE app_user SET role = :role, nation = :nation, clearance = :clearance, enabled = :enabled, "
                            + "password_hash = :hash, created = :created WHERE name = :name")
                    .bindMap(params(u)).execute();
            if (n == 0) h.createUpdate("INSERT INTO app_user (name, role, nation, clearance, enabled, password_hash, created) "
                    + "VALUES (:name, :role, :nation, :clearance, :enabled, :hash, :created)").bindMap(params(u)).execute();
        }

        private static java.util.Map<String, Object> params(User u) {
            java.util.Map<String, Object> m = new java.util.HashMap<>();
            m.put("name", u.name().value());
            m.put("role", u.role().name());
            m.put("nation", u.nation().map(Iso3::code).orElse(null));
            m.put("clearance", u.clearance().name());
            m.put("enabled", u.enabled());
            m.put("hash", u.passwordHash().phc());
            m.put("created", ts(u.created()));
            return m;
        }
    }

    static final class JdbiUnboundAccounts implements org.concord.access.model.UnboundAccounts {
        private final Handle h;

        JdbiUnboundAccounts(Handle h) { this.h = h; }

        @Override public List<Pending> pending() {
            return h.createQuery("SELECT name, reason FROM account_unbound WHERE NOT journaled ORDER BY name")
                    .map((rs, ctx) -> new Pending(UserName.of(rs.getString("name")), rs.getString("reason"))).list();
        }

        @Override public void journaled(UserName name) {
            h.createUpdate("UPDATE account_unbound SET journaled = TRUE WHERE name = :n").bind("n", name.value()).execute();
        }
    }

    static final class JdbiAnonymousRefusals implements org.concord.access.model.AnonymousRefusals {
        private final Handle h;

        JdbiAnonymousRefusals(Handle h) { this.h = h; }

        @Override public void count(org.concord.access.model.ClientAddress address, Instant windowStart, Kind kind, Instant at) {
            String column = switch (kind) {
                case UNAUTHENTICATED -> "unauthenticated";
                case NOT_FOUND -> "not_found";
                case THROTTLED -> "throttled";
            };
            int n = h.createUpdate("UPDATE anonymous_refusal SET " + column + " = " + column + " + 1, last_at = :at WHERE address = :a AND window_start = :w")
                    .bind("at", ts(at)).bind("a", address.value()).bind("w", ts(windowStart)).execute();
            if (n == 0) h.createUpdate("INSERT INTO anonymous_refusal (address, window_start, unauthenticated, not_found, throttled, first_at, last_at) "
                            + "VALUES (:a, :w, :u, :n, :t, :at, :at)")
                    .bind("a", address.value()).bind("w", ts(windowStart)).bind("at", ts(at))
                    .bind("u", kind == Kind.UNAUTHENTICATED ? 1 : 0).bind("n", kind == Kind.NOT_FOUND ? 1 : 0).bind("t", kind == Kind.THROTTLED ? 1 : 0)
                    .execute();
        }

        @Override public List<Window> startedBefore(Instant cutoff, int max) {
            return h.createQuery("SELECT * FROM anonymous_refusal WHERE window_start < :c ORDER BY window_start, address").bind("c", ts(cutoff))
                    .setMaxRows(max)
                    .map((rs, ctx) -> new Window(org.concord.access.model.ClientAddress.of(rs.getString("address")), instant(rs, "window_start"),
                            rs.getLong("unauthenticated"), rs.getLong("not_found"), rs.getLong("throttled"), instant(rs, "first_at"), instant(rs, "last_at")))
                    .list();
        }

        @Override public void remove(org.concord.access.model.ClientAddress address, Instant windowStart) {
            h.createUpdate("DELETE FROM anonymous_refusal WHERE address = :a AND window_start = :w").bind("a", address.value()).bind("w", ts(windowStart)).execute();
        }
    }

    static final class JdbiApiTokens implements ApiTokens {
        private static final RowMapper<ApiToken> ROW = (rs, ctx) -> new ApiToken(new TokenHash(rs.getString("hash")),
                UserName.of(rs.getString("user_name")), instant(rs, "created"), Optional.ofNullable(instant(rs, "expires")), rs.getBoolean("revoked"));
        private final Handle h;

        JdbiApiTokens(Handle h) { this.h = h; }

        @Override public List<ApiToken> withPrefix(String hexPrefix, int max) {
            if (!hexPrefix.matches("[0-9a-f]{1,64}")) return List.of();
            return h.createQuery("SELECT * FROM api_token WHERE hash LIKE :p ORDER BY hash").bind("p", hexPrefix + "%").setMaxRows(max)
                    .map(ROW).list();
        }

        @Override public Optional<ApiToken> findByHash(TokenHash hash) {
            return h.createQuery("SELECT * FROM api_token WHERE hash = :h").bind("h", hash.hex()).map(ROW).findOne();
        }

        @Override public List<ApiToken> ofUser(UserName user) {
            return h.createQuery("SELECT * FROM api_token WHERE user_name = :u ORDER BY created DESC").bind("u", user.value()).map(ROW).list();
        }

        @Override public void put(ApiToken t) {
            h.createUpdate("DELETE FROM api_token WHERE hash = :h").bind("h", t.hash().hex()).execute();
            h.createUpdate("INSERT INTO api_token (hash, user_name, created, expires, revoked) VALUES (:h, :u, :c, :e, :r)")
                    .bind("h", t.hash().hex()).bind("u", t.user().value()).bind("c", ts(t.created()))
                    .bind("e", t.expires().map(JdbiAccess::ts).orElse(null)).bind("r", t.revoked()).execute();
        }
    }

    static final class JdbiLoginAttempts implements LoginAttempts {
        private final Handle h;

        JdbiLoginAttempts(Handle h) { this.h = h; }

        @Override public Optional<FailureStreak> find(ThrottleKey key) {
            return h.createQuery("SELECT * FROM login_attempt WHERE throttle_key = :k").bind("k", key.id())
                    .map((rs, ctx) -> new FailureStreak(rs.getInt("failures"), instant(rs, "last_failure"), Optional.ofNullable(instant(rs, "locked_until"))))
                    .findOne();
        }

        @Override public void put(ThrottleKey key, FailureStreak s) {
            remove(key);
            h.createUpdate("INSERT INTO login_attempt (throttle_key, failures, last_failure, locked_until) VALUES (:k, :f, :l, :u)")
                    .bind("k", key.id()).bind("f", s.failures()).bind("l", ts(s.lastFailure()))
                    .bind("u", s.lockedUntil().map(JdbiAccess::ts).orElse(null)).execute();
        }

        @Override public int removeAccount(UserName name) {
            String prefix = ThrottleKey.pairPrefix(name);
            return h.createUpdate("DELETE FROM login_attempt WHERE throttle_key = :k OR LEFT(throttle_key, :n) = :p")
                    .bind("k", new ThrottleKey.Account(name).id()).bind("n", prefix.length()).bind("p", prefix).execute();
        }

        @Override public void remove(ThrottleKey key) {
            h.createUpdate("DELETE FROM login_attempt WHERE throttle_key = :k").bind("k", key.id()).execute();
        }

        @Override public int removeFailedBefore(Instant cutoff) {
            return h.createUpdate("DELETE FROM login_attempt WHERE last_failure < :c AND (locked_until IS NULL OR locked_until < :c)")
                    .bind("c", ts(cutoff)).execute();
        }
    }

    static final class JdbiWebSessions implements WebSessions {
        private final Handle h;

        JdbiWebSessions(Handle h) { this.h = h; }

        @Override public Optional<WebSession> find(String idHash) {
            return h.createQuery("SELECT * FROM web_session WHERE id_hash = :i").bind("i", idHash)
                    .map((rs, ctx) -> new WebSession(rs.getString("id_hash"), UserName.of(rs.getString("user_name")), rs.getString("csrf"),
                            instant(rs, "created"), instant(rs, "last_seen"))).findOne();
        }

        @Override public void put(WebSession s) {
            remove(s.idHash());
            h.createUpdate("INSERT INTO web_session (id_hash, user_name, csrf, created, last_seen) VALUES (:i, :u, :c, :cr, :l)")
                    .bind("i", s.idHash()).bind("u", s.user().value()).bind("c", s.csrf()).bind("cr", ts(s.created()))
                    .bind("l", ts(s.lastSeen())).execute();
        }

        @Override public void remove(String idHash) {
            h.createUpdate("DELETE FROM web_session WHERE id_hash = :i").bind("i", idHash).execute();
        }

        @Override public void removeOf(UserName user) {
            h.createUpdate("DELETE FROM web_session WHERE user_name = :u").bind("u", user.value()).execute();
        }
    }
}
