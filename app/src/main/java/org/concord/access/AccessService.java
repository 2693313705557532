package org.concord.access;

import org.concord.access.model.Action;
import org.concord.access.model.ActionKind;
import org.concord.access.model.ApiTokens;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.AuditEvents;
import org.concord.access.model.Classification;
import org.concord.access.model.ClientAddress;
import org.concord.access.model.IssuedToken;
import org.concord.access.model.LoginAttempts;
import org.concord.access.model.LoginResult;
import org.concord.access.model.LoginThrottle;
import org.concord.access.model.MarkingLadder;
import org.concord.access.model.Password;
import org.concord.access.model.PasswordPolicy;
import org.concord.access.model.Policy;
import org.concord.access.model.ThrottleRules;
import org.concord.access.model.TokenCheck;
import org.concord.access.model.User;
import org.concord.access.model.UserName;
import org.concord.access.model.Users;
import org.concord.access.model.Viewer;
import org.concord.access.model.Visibility;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.shared.tx.Transactions;
import org.concord.shared.tx.Tx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Access control as the edges and the other capabilities use it: who someone is (login, sessions, tokens), what they
 * may do ({@link #require}: deny by default, every refusal audited), and what they may see ({@link #visible}).
 */
public final class AccessService implements AccessControl {
    /** Whoever sends no credentials: reads public records only, writes nothing. */
    public static final Principal ANONYMOUS = Principal.of("anonymous", Role.READER);
    public static final Duration SESSION_IDLE = Duration.ofMinutes(30);
    private final Transactions tx;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random;
    private final MarkingLadder ladder;
    private final PasswordHasher hasher;
    private final Policy policy = Policy.standard();

    /** @param auditLog where audit events are written, in the caller's transaction (the journal) */
    public AccessService(Transactions tx, AuditLog auditLog, Clock clock, SecureRandom random, MarkingLadder ladder) {
        this.tx = tx;
        this.auditLog = auditLog;
        this.clock = clock;
        this.random = random;
        this.ladder = ladder;
        this.hasher = PasswordHasher.owasp(random);
    }

    public MarkingLadder ladder() { return ladder; }

    private AuditEvents audit(Tx t) {
        return e -> auditLog.record(t, e);
    }

    private AccessGuard guard(Tx t) { return new AccessGuard(policy, audit(t)); }

    // ---- who is it ----

    /** The outcome of a login: a new session (with a fresh id, so a planted id is worthless), or why not. */
    public sealed interface Login {
        record Started(User user, String sessionId, String csrf) implements Login {}

        record Refused(String reason) implements Login {}

        record Throttled(long retryAfterSeconds) implements Login {}
    }

    /** Checks the password (throttled after 5 failures in a row) and opens a web session. */
    public Login login(String name, String password, String address) {
        Instant now = clock.instant();
        return tx.inTransaction(t -> {
            var authenticator = new Authenticator(t.repository(Users.class),
                    new LoginThrottle(t.repository(LoginAttempts.class), ThrottleRules.STANDARD), hasher, audit(t));
            LoginResult r = authenticator.login(name == null ? "" : name, new Password(password == null ? "" : password),
                    ClientAddress.of(address), now);
            return switch (r) {
                case LoginResult.Authenticated a -> {
                    String id = secret();
                    String csrf = secret();
                    t.repository(WebSessions.class).put(new WebSessions.WebSession(sha256(id), a.user().name(), csrf, now, now));
                    yield new Login.Started(a.user(), id, csrf);
                }
                case LoginResult.Refused f -> new Login.Refused("wrong user name or password");
                case LoginResult.Throttled th -> new Login.Throttled(Math.max(1, th.retryAfterSeconds()));
                case LoginResult.Disabled d -> new Login.Refused("this account is disabled");
            };
        });
    }

    /** A signed-in web user: the user and the CSRF token the session's writes must echo. */
    public record SessionUser(User user, String csrf) {}

    /** The user of a live session; an idle session (30 min) is closed. */
    public Optional<SessionUser> bySession(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) return Optional.empty();
        Instant now = clock.instant();
        return tx.inTransaction(t -> {
            WebSessions sessions = t.repository(WebSessions.class);
            String hash = sha256(sessionId);
            var s = sessions.find(hash);
            if (s.isEmpty()) return Optional.<SessionUser>empty();
            if (s.get().lastSeen().plus(SESSION_IDLE).isBefore(now)) {
                sessions.remove(hash);
                return Optional.<SessionUser>empty();
            }
            var user = t.repository(Users.class).find(s.get().user()).filter(User::enabled);
            if (user.isEmpty()) {
                sessions.remove(hash);
                return Optional.<SessionUser>empty();
            }
            sessions.put(new WebSessions.WebSession(hash, s.get().user(), s.get().csrf(), s.get().created(), now));
            return Optional.of(new SessionUser(user.get(), s.get().csrf()));
        });
    }

    public void logout(String sessionId) {
        if (sessionId != null) tx.inTransaction(t -> {
            t.repository(WebSessions.class).remove(sha256(sessionId));
            return null;
        });
    }

    /** The enabled user of that name, if any: whom a feed token or a webhook acts for, checked each time it is used. */
    public Optional<User> activeUser(String name) {
        try {
            var user = new org.concord.access.model.UserName(name);
            return tx.read(t -> t.repository(Users.class).find(user)).filter(User::enabled);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The user a bearer token stands for, if it is valid. */
    public Optional<User> byToken(String presented) {
        Instant now = clock.instant();
        return tx.read(t -> switch (tokens(t).authenticate(presented, now)) {
            case TokenCheck.Valid v -> Optional.of(v.user());
            case TokenCheck.Rejected r -> Optional.<User>empty();
        });
    }

    private TokenService tokens(Tx t) {
        return new TokenService(t.repository(ApiTokens.class), t.repository(Users.class), random, guard(t), audit(t));
    }

    private UserAccounts accounts(Tx t) {
        return new UserAccounts(t.repository(Users.class), hasher, PasswordPolicy.STANDARD, ladder, guard(t), audit(t));
    }

    // ---- what may they do ----

    @Override
    public void require(Principal who, ActionKind kind, Optional<org.concord.shared.Iso3> nation) {
        Action action = nation.map(n -> Action.of(kind, n)).orElseGet(() -> Action.of(kind));
        if (policy.decide(who, action) instanceof org.concord.access.model.Decision.Deny deny) {
            Instant now = clock.instant();
            // Its own transaction: the refused command's transaction rolls back, its audit must not.
            tx.inTransaction(t -> {
                audit(t).append(new AuditEvent.AccessDenied(AuditEvent.loginName(who.user()), who.address().map(ClientAddress::of), now, action, deny.reason()));
                return null;
            });
            throw new Forbidden(deny.reason());
        }
    }

    @Override
    public boolean may(Principal who, ActionKind kind) {
        return policy.grant(who.role(), kind) == org.concord.access.model.Grant.ALL;
    }

    @Override
    public void denied(Principal who, String action, String reason) {
        Instant now = clock.instant();
        tx.inTransaction(t -> {
            audit(t).append(new AuditEvent.AccessDenied(AuditEvent.loginName(who.user()), who.address().map(ClientAddress::of), now,
                    Action.of(ActionKind.READ_REGISTER), action + ": " + reason));
            return null;
        });
    }

    // ---- what may they see ----

    /** The viewer: a user's clearance; the anonymous reader sees public records only; Concord itself and the local operator see all. */
    public Viewer viewer(Principal who) {
        if (who.user().equals(ANONYMOUS.user()) && who.role() == ANONYMOUS.role()) return new Viewer(who, ladder.lowest());
        if (who.role() == Role.SYSTEM) return Viewer.system(ladder);
        Optional<UserName> name = UserName.parse(who.user());
        Optional<User> user = name.isEmpty() ? Optional.empty() : tx.read(t -> t.repository(Users.class).find(name.get()));
        if (user.isPresent() && user.get().role() == who.role()) return new Viewer(who, user.get().clearance());
        // No account: in-process callers without a client address are the local operator, who owns the database file;
        // anything that came over the network sees public records only.
        return new Viewer(who, who.address().isEmpty() ? ladder.highest() : ladder.lowest());
    }

    @Override
    public <T> List<T> visible(Principal who, List<T> records, Function<T, String> classification) {
        Viewer v = viewer(who);
        return Visibility.filter(v, records, r -> classification(classification.apply(r)));
    }

    @Override
    public boolean canSee(Principal who, String classification) {
        return Visibility.canSee(viewer(who), classification(classification));
    }

    @Override
    public String checkClassification(String field, String text) {
        try {
            return Classification.parse(text, ladder).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }

    private Classification classification(String text) {
        return text == null || text.isBlank() ? Classification.of(ladder.lowest()) : Classification.parse(text, ladder);
    }

    // ---- administration ----

    public boolean hasUsers() { return tx.read(t -> !t.repository(Users.class).all().isEmpty()); }

    public User addUser(Principal by, String name, Role role, Optional<org.concord.shared.Iso3> nation, Optional<String> clearance, String password) {
        Instant now = clock.instant();
        var violations = new org.concord.shared.Violations();
        UserName n = violations.parse("name", () -> UserName.of(name));
        var marking = clearance.map(c -> violations.parse("clearance", () -> ladder.marking(c))).orElse(ladder.lowest());
        violations.parse("role", () -> {
            User.checkNation(role, nation);
            return role;
        });
        violations.throwIfAny();
        return tx.inTransaction(t -> accounts(t).add(by, new NewUser(n, role, nation, marking, new Password(password)), by.address().map(ClientAddress::of), now));
    }

    public List<User> users(Principal by) {
        Instant now = clock.instant();
        return tx.inTransaction(t -> accounts(t).list(by, by.address().map(ClientAddress::of), now));
    }

    public User disable(Principal by, String name) {
        Instant now = clock.instant();
        UserName n = parseName(name);
        return tx.inTransaction(t -> {
            User u = accounts(t).disable(by, n, by.address().map(ClientAddress::of), now);
            t.repository(WebSessions.class).removeOf(n);
            return u;
        });
    }

    public IssuedToken createToken(Principal by, String owner, Optional<Integer> days) {
        Instant now = clock.instant();
        UserName n = parseName(owner);
        return tx.inTransaction(t -> tokens(t).issue(by, n, days, by.address().map(ClientAddress::of), now));
    }

    private static UserName parseName(String name) {
        try {
            return UserName.of(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("name", e.getMessage());
        }
    }

    private String secret() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
