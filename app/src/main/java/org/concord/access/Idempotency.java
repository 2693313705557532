package org.concord.access;

import org.concord.access.model.IdempotencyKeys;
import org.concord.shared.InvalidInput;
import org.concord.shared.Principal;
import org.concord.shared.tx.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Idempotency keys ({@code Idempotency-Key}) for requests that create: a retried request with the same key, from the
 * same principal, creates nothing again and gets the first answer back; a key is kept for {@link #KEPT}. Keys are
 * scoped to the principal, so no one is ever handed another user's answer.
 */
public final class Idempotency {
    /** How long an answered key is kept. */
    static final Duration KEPT = Duration.ofHours(24);
    /** After this long a reservation whose request never answered (a crash) may be taken over. */
    static final Duration ABANDONED = Duration.ofMinutes(1);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private final Transactions tx;
    private final Clock clock;

    public Idempotency(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** What to do with a request that carries a key. */
    public sealed interface Start {
        /** Run it, then {@link #complete} or {@link #release}. */
        record Proceed() implements Start {}

        /** Answer again what the first request with this key answered. */
        record Replay(int status, String contentType, String location, String body) implements Start {}

        /** The key was first used with another request: refuse (409). */
        record Mismatch() implements Start {}

        /** The first request with this key is still running: refuse (409), the client retries later. */
        record InProgress() implements Start {}
    }

    /**
     * Starts a request with {@code key}.
     *
     * @param requestHash identifies the request (method, path, body): the same key with another request is a mismatch
     * @throws InvalidInput naming {@code Idempotency-Key} if the key is not 1 to 200 visible ASCII characters
     */
    public Start start(Principal who, String key, String requestHash) {
        if (!KEY.matcher(key).matches())
            throw new InvalidInput("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        String owner = owner(who);
        Instant now = clock.instant();
        return tx.inTransaction(t -> {
            IdempotencyKeys keys = t.repository(IdempotencyKeys.class);
            keys.expire(now.minus(KEPT));
            var stored = keys.lock(owner, key);
            if (stored.isEmpty()) return keys.reserve(owner, key, requestHash, now) ? new Start.Proceed() : new Start.InProgress();
            IdempotencyKeys.Stored s = stored.get();
            if (!s.requestHash().equals(requestHash)) return new Start.Mismatch();
            if (s.status() != null) return new Start.Replay(s.status(), s.contentType(), s.location(), s.body());
            if (s.created().isBefore(now.minus(ABANDONED))) {
                keys.retake(owner, key, requestHash, now);
                return new Start.Proceed();
            }
            return new Start.InProgress();
        });
    }

    /** Keeps the answer of a request that created, for its retries. */
    public void complete(Principal who, String key, int status, String contentType, String location, String body) {
        tx.inTransaction(t -> {
            t.repository(IdempotencyKeys.class).complete(owner(who), key, status, contentType, location, body);
            return null;
        });
    }

    /** Frees the key of a request that did not create (refused or failed): a retry runs again. */
    public void release(Principal who, String key) {
        tx.inTransaction(t -> {
            t.repository(IdempotencyKeys.class).release(owner(who), key);
            return null;
        });
    }

    private static String owner(Principal who) {
        return who.user() + "|" + who.role() + "|" + who.nation().map(n -> n.code()).orElse("");
    }
}
