package org.concord.access;

import org.concord.access.model.ApiToken;
import org.concord.access.model.ApiTokens;
import org.concord.access.model.Argon2Params;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.AuditEvents;
import org.concord.access.model.FailureStreak;
import org.concord.access.model.LoginAttempts;
import org.concord.access.model.MarkingLadder;
import org.concord.access.model.Password;
import org.concord.access.model.TokenHash;
import org.concord.access.model.ThrottleKey;
import org.concord.access.model.User;
import org.concord.access.model.UserName;
import org.concord.access.model.Users;
import org.concord.shared.Iso3;
import org.concord.shared.Role;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory repositories, a cheap hasher and user builders for the access tests. */
public final class AccessFixtures {
    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    /** Far below production cost, so that the tests run fast; the format and the algorithm are the same. */
    public static final Argon2Params CHEAP = new Argon2Params(64, 1, 1);
    public static final Password GOOD_PASSWORD = new Password("correct horse battery staple");
    public static final MarkingLadder NATO = MarkingLadder.NATO;

    private AccessFixtures() {}

    /** A deterministic generator, so that failures reproduce. */
    public static SecureRandom seededRandom(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PasswordHasher cheapHasher() { return new PasswordHasher(CHEAP, seededRandom(42)); }

    /** An enabled user with {@link #GOOD_PASSWORD}, cleared to NATO RESTRICTED. */
    public static User user(PasswordHasher hasher, String name, Role role, Optional<Iso3> nation) {
        return new User(UserName.of(name), role, nation, NATO.marking("NATO RESTRICTED"), true, hasher.hash(GOOD_PASSWORD), NOW);
    }

    public static final class InMemoryUsers implements Users {
        private final Map<UserName, User> users = new TreeMap<>();

        @Override public Optional<User> find(UserName name) { return Optional.ofNullable(users.get(name)); }

        @Override public List<User> all() { return List.copyOf(users.values()); }

        @Override public void put(User user) { users.put(user.name(), user); }
    }

    public static final class InMemoryApiTokens implements ApiTokens {
        private final Map<TokenHash, ApiToken> tokens = new HashMap<>();

        @Override public Optional<ApiToken> findByHash(TokenHash hash) { return Optional.ofNullable(tokens.get(hash)); }

        @Override public List<ApiToken> ofUser(UserName user) {
            return tokens.values().stream().filter(t -> t.user().equals(user)).sorted(Comparator.comparing(ApiToken::created).reversed()).toList();
        }

        @Override public void put(ApiToken token) { tokens.put(token.hash(), token); }

        @Override public List<ApiToken> withPrefix(String hexPrefix, int max) {
            return tokens.values().stream().filter(t -> t.hash().hex().startsWith(hexPrefix)).sorted(Comparator.comparing(t -> t.hash().hex())).limit(max).toList();
        }

        public int size() { return tokens.size(); }
    }

    public static final class InMemoryLoginAttempts implements LoginAttempts {
        private final Map<ThrottleKey, FailureStreak> streaks = new HashMap<>();

        @Override public Optional<FailureStreak> find(ThrottleKey key) { return Optional.ofNullable(streaks.get(key)); }

        @Override public void put(ThrottleKey key, FailureStreak streak) { streaks.put(key, streak); }

        @Override public void remove(ThrottleKey key) { streaks.remove(key); }

        @Override public int removeAccount(org.concord.access.model.UserName name) {
            int before = streaks.size();
            streaks.keySet().removeIf(k -> k.equals(new ThrottleKey.Account(name))
                    || k instanceof ThrottleKey.AccountAtAddress p && p.name().equals(name));
            return before - streaks.size();
        }

        @Override public int removeFailedBefore(Instant cutoff) {
            int before = streaks.size();
            streaks.values().removeIf(s -> s.lastFailure().isBefore(cutoff));
            return before - streaks.size();
        }

        public int size() { return streaks.size(); }
    }

    /** Keeps the events appended, in order. */
    public static final class RecordedAudit implements AuditEvents {
        private final List<AuditEvent> events = new ArrayList<>();

        @Override public void append(AuditEvent event) { events.add(event); }

        public List<AuditEvent> events() { return List.copyOf(events); }

        public AuditEvent last() { return events.getLast(); }
    }
}
