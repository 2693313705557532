package org.concord.access;

import org.concord.access.model.Action;
import org.concord.access.model.AnonymousRefusals;
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
    static final Duration SESSION_IDLE = Duration.ofMinutes(30);
    /** How long a web session lives at most, however busy. */
    public static final Duration SESSION_ABSOLUTE = Duration.ofHours(12);
    /** Anonymous refusals are journaled as one entry per client address and window of this length. */
    public static final Duration ANONYMOUS_WINDOW = Duration.ofHours(1);
    /** How long a token lives when its issuer gives no lifetime. */
    static final int DEFAULT_TOKEN_DAYS = 90;
    private final Transactions tx;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random;
    private final MarkingLadder ladder;
    private final PasswordHasher hasher;
    private final Policy policy = Policy.standard();
    private final Nations nations;
    private final AnonymousRefusalLog anonymous;

    /**
     * @param auditLog where audit events are written, in the caller's transaction (the journal)
     * @param nations  which nations are members and partners, for binding DELEGATION and PARTNER accounts
     */
    public AccessService(Transactions tx, AuditLog auditLog, Clock clock, SecureRandom random, MarkingLadder ladder, Nations nations) {
        this.tx = tx;
        this.nations = nations;
        this.anonymous = new AnonymousRefusalLog(auditLog, ANONYMOUS_WINDOW);
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
            // A throttled sign-in is an anonymous refusal: counted per address and window, not journaled one by one.
            var authenticator = new Authenticator(t.repository(Users.class),
                    new LoginThrottle(t.repository(LoginAttempts.class), ThrottleRules.STANDARD), hasher, e -> {
                        if (e instanceof AuditEvent.LoginThrottled) anonymous.count(t, Optional.ofNullable(address), AnonymousRefusals.Kind.THROTTLED, now);
                        else audit(t).append(e);
                    });
            // An over-long password is simply wrong (401, counted like any failure), never an error: it is not hashed.
            String typed = password == null || password.length() > Password.MAX_LENGTH ? "" : password;
            LoginResult r = authenticator.login(name == null ? "" : name, new Password(typed),
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

    /** The user of a live session; an idle session (30 min) or one older than 12 h is closed. */
    public Optional<SessionUser> bySession(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) return Optional.empty();
        Instant now = clock.instant();
        return tx.inTransaction(t -> {
            WebSessions sessions = t.repository(WebSessions.class);
            String hash = sha256(sessionId);
            var s = sessions.find(hash);
            if (s.isEmpty()) return Optional.<SessionUser>empty();
            if (s.get().lastSeen().plus(SESSION_IDLE).isBefore(now) || !now.isBefore(s.get().created().plus(SESSION_ABSOLUTE))) {
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

    /**
     * Ends a web session. Signing out changes state like any other cookie write, so it needs the session's CSRF token:
     * otherwise another site could sign the user out. An unknown or expired session needs nothing: there is nothing to end.
     *
     * @throws Forbidden if the session is live and {@code csrf} is not its token
     */
    public void logout(String sessionId, String csrf) {
        if (sessionId == null) return;
        tx.inTransaction(t -> {
            WebSessions sessions = t.repository(WebSessions.class);
            var s = sessions.find(sha256(sessionId));
            if (s.isEmpty()) return null;
            if (csrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8), s.get().csrf().getBytes(StandardCharsets.UTF_8)))
                throw new Forbidden("signing out must carry the session's CSRF token in X-CSRF-Token");
            sessions.remove(sha256(sessionId));
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
        return tokens(t, guard(t));
    }

    private TokenService tokens(Tx t, AccessGuard guard) {
        return new TokenService(t.repository(ApiTokens.class), t.repository(Users.class), random, guard, audit(t));
    }

    private UserAccounts accounts(Tx t, AccessGuard guard) {
        return new UserAccounts(t.repository(Users.class), hasher, PasswordPolicy.STANDARD, ladder, guard, audit(t));
    }

    /**
     * Runs an administration command in one transaction. Its guard keeps the refusals aside: a refused command rolls
     * back, and its refusal is then journaled in a transaction of its own, so no refusal is lost with the rollback.
     */
    private <T> T administer(java.util.function.BiFunction<Tx, AccessGuard, T> work) {
        List<AuditEvent> refusals = new java.util.ArrayList<>();
        try {
            return tx.inTransaction(t -> work.apply(t, new AccessGuard(policy, refusals::add)));
        } catch (RuntimeException e) {
            if (!refusals.isEmpty()) tx.inTransaction(t -> {
                refusals.forEach(audit(t)::append);
                return null;
            });
            throw e;
        }
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
    public org.concord.shared.NotFound notFound(Principal who, String kind, Object id) {
        org.concord.shared.NotFound e = new org.concord.shared.NotFound(kind, id);
        refusedNotFound(who, e);
        return e;
    }

    @Override
    public <T> T auditingNotFound(Principal who, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.concord.shared.NotFound e) {
            refusedNotFound(who, e);
            throw e;
        }
    }

    private void refusedNotFound(Principal who, org.concord.shared.NotFound e) {
        Instant now = clock.instant();
        tx.inTransaction(t -> {
            if (isAnonymous(who)) anonymous.count(t, who.address(), AnonymousRefusals.Kind.NOT_FOUND, now);
            else audit(t).append(new AuditEvent.RecordNotFound(AuditEvent.loginName(who.user()), who.address().map(ClientAddress::of), now, e.getMessage()));
            return null;
        });
    }

    /** Counts a request refused for want of valid credentials (401), against its address. */
    public void unauthenticated(String address) {
        Instant now = clock.instant();
        tx.inTransaction(t -> {
            anonymous.count(t, Optional.ofNullable(address), AnonymousRefusals.Kind.UNAUTHENTICATED, now);
            return null;
        });
    }

    /** Journals the anonymous refusals of every window that is over (e.g. before the audit trail is read). */
    @Override
    public void journalAnonymousRefusals() {
        Instant now = clock.instant();
        tx.inTransaction(t -> {
            anonymous.journalClosed(t, now);
            return null;
        });
    }

    @Override
    public boolean isAnonymous(Principal who) {
        return who.user().equals(ANONYMOUS.user()) && who.role() == ANONYMOUS.role();
    }

    @Override
    public boolean may(Principal who, ActionKind kind) {
        return policy.grant(who.role(), kind) == org.concord.access.model.Grant.ALL;
    }

    /** Whether {@code who} may do {@code kind} for {@code nation} (or in no nation's name): no audit, for deciding which forms a page offers. */
    public boolean allows(Principal who, ActionKind kind, Optional<org.concord.shared.Iso3> nation) {
        Action action = nation.map(n -> Action.of(kind, n)).orElseGet(() -> Action.of(kind));
        return policy.decide(who, action) instanceof org.concord.access.model.Decision.Allow;
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

    @Override
    public String checkMarking(Principal who, String field, String asked, String dflt) {
        boolean defaulted = asked == null || asked.isBlank();
        Classification marking;
        try {
            marking = Classification.parse(defaulted ? dflt : asked, ladder);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
        Optional<String> refusal = Visibility.markingRefusal(viewer(who), marking);
        if (refusal.isPresent())
            throw new InvalidInput(field, (defaulted ? "the default " : "") + refusal.get() + ": you could not read the record back");
        return marking.toString();
    }

    @Override
    public String atLeast(String base, java.util.Collection<String> touched) {
        Classification out = classification(base);
        for (String c : touched) out = out.join(classification(c));
        return out.toString();
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
        if (password != null && password.length() > Password.MAX_LENGTH)
            violations.add("password", "has " + password.length() + " characters; at most " + PasswordPolicy.STANDARD.maxLength() + " are accepted");
        Role checked = violations.parse("role", () -> {
            User.checkNation(role, nation);
            return role;
        });
        if (checked == Role.DELEGATION && !nations.isMember(nation.orElseThrow()))
            violations.add("nation", "'" + nation.get() + "' is not a member of the organisation: a DELEGATION is bound to a member");
        if (checked == Role.PARTNER && !nations.isPartner(nation.orElseThrow()))
            violations.add("nation", "'" + nation.get() + "' is not a partner of the organisation: a PARTNER is bound to a partner");
        violations.throwIfAny();
        return administer((t, g) -> accounts(t, g).add(by, new NewUser(n, role, nation, marking, new Password(password)), by.address().map(ClientAddress::of), now));
    }

    /**
     * Journals every account a migration disabled because its role did not match its nation (V5_1), once each.
     *
     * @return how many were journaled now
     */
    public int journalUnboundAccounts() {
        Instant now = clock.instant();
        return tx.inTransaction(t -> {
            var unbound = t.repository(org.concord.access.model.UnboundAccounts.class);
            var pending = unbound.pending();
            for (var p : pending) {
                audit(t).append(new AuditEvent.AccountUnbound("concord", Optional.empty(), now, p.name(), p.reason()));
                unbound.journaled(p.name());
            }
            return pending.size();
        });
    }

    /**
     * Lifts every sign-in lock and count of the account {@code name}, at every address (ADMIN).
     *
     * @return how many counts were cleared
     * @throws Forbidden unless {@code by} may manage users
     * @throws org.concord.shared.NotFound if there is no such user (disabled ones are unlocked like any other)
     */
    public int unlock(Principal by, String name) {
        Instant now = clock.instant();
        UserName n = parseName(name);
        Optional<ClientAddress> from = by.address().map(ClientAddress::of);
        return administer((t, g) -> {
            g.require(by, Action.of(ActionKind.MANAGE_USERS), from, now);
            if (t.repository(Users.class).find(n).isEmpty()) throw new org.concord.shared.NotFound("user", n);
            int cleared = new LoginThrottle(t.repository(LoginAttempts.class), ThrottleRules.STANDARD).unlock(n);
            audit(t).append(new AuditEvent.LoginUnlocked(by.user(), from, now, n));
            return cleared;
        });
    }

    public List<User> users(Principal by) {
        Instant now = clock.instant();
        return administer((t, g) -> accounts(t, g).list(by, by.address().map(ClientAddress::of), now));
    }

    public User disable(Principal by, String name) {
        Instant now = clock.instant();
        UserName n = parseName(name);
        return administer((t, g) -> {
            User u = accounts(t, g).disable(by, n, by.address().map(ClientAddress::of), now);
            t.repository(WebSessions.class).removeOf(n);
            return u;
        });
    }

    /** Issues a token to {@code owner}, valid {@code days} (1 to 3650), {@value #DEFAULT_TOKEN_DAYS} days when empty. */
    public IssuedToken createToken(Principal by, String owner, Optional<Integer> days) {
        Instant now = clock.instant();
        UserName n = parseName(owner);
        return administer((t, g) -> tokens(t, g).issue(by, n, Optional.of(days.orElse(DEFAULT_TOKEN_DAYS)), by.address().map(ClientAddress::of), now));
    }

    /**
     * The tokens of {@code owner} (revoked and expired ones too), newest first: the owner's own, or anyone's for an ADMIN.
     *
     * @throws Forbidden otherwise, whether or not the owner exists
     * @throws org.concord.shared.NotFound if {@code by} may list them and there is no such user
     */
    public List<org.concord.access.model.ApiToken> tokens(Principal by, String owner) {
        Instant now = clock.instant();
        UserName n = parseName(owner);
        return administer((t, g) -> tokens(t, g).list(by, n, by.address().map(ClientAddress::of), now));
    }

    /**
     * Revokes the token named by its id (the first 12 or more hex digits of its hash); revoking it again changes nothing.
     *
     * @throws org.concord.shared.NotFound if no token has that id, or it is not one {@code by} may manage
     */
    public org.concord.access.model.ApiToken revokeToken(Principal by, String id) {
        Instant now = clock.instant();
        String prefix = id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
        if (!prefix.matches("[0-9a-f]{12,64}")) throw new InvalidInput("id", "must be a token id: 12 to 64 hex digits");
        return auditingNotFound(by, () -> administer((t, g) -> {
            List<org.concord.access.model.ApiToken> found = t.repository(ApiTokens.class).withPrefix(prefix, 2);
            if (found.size() != 1) throw new org.concord.shared.NotFound("token", id);
            return tokens(t, g).revoke(by, found.getFirst().hash(), by.address().map(ClientAddress::of), now);
        }));
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
