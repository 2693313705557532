package org.concord.access.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored bearer token: its hash, never its plaintext.
 *
 * @param hash    the SHA-256 of the token, its id; must not be null
 * @param user    whose token it is, must not be null
 * @param created when it was issued, must not be null
 * @param expires when it stops working, after {@code created}; empty for a token that does not expire
 * @param revoked whether it was revoked; a revoked token stays stored for the audit trail
 */
public record ApiToken(TokenHash hash, UserName user, Instant created, Optional<Instant> expires, boolean revoked) {
    /** The longest validity a token may be issued with. */
    public static final int MAX_DAYS = 3650;

    public ApiToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
        expires.ifPresent(e -> {
            if (!e.isAfter(created)) throw new IllegalArgumentException("expiry " + e + " must be after the creation " + created);
        });
    }

    /**
     * A new, unrevoked token.
     *
     * @param validDays 1 to {@link #MAX_DAYS} days; empty for a token that does not expire
     * @throws IllegalArgumentException if {@code validDays} is out of range
     */
    public static ApiToken issued(TokenHash hash, UserName user, Instant now, Optional<Integer> validDays) {
        validDays.ifPresent(d -> {
            if (d < 1 || d > MAX_DAYS) throw new IllegalArgumentException("validity must be 1 to " + MAX_DAYS + " days, got " + d);
        });
        return new ApiToken(hash, user, now, validDays.map(d -> now.plus(Duration.ofDays(d))), false);
    }

    /** Whether the token has expired at {@code now}: the expiry instant itself is already too late. */
    public boolean expiredAt(Instant now) { return expires.map(e -> !now.isBefore(e)).orElse(false); }

    public ApiToken revoke() { return new ApiToken(hash, user, created, expires, true); }
}
