package org.concord.access.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed logins in a row against one {@link ThrottleKey}.
 *
 * @param failures    how many, at least 1
 * @param lastFailure when the last one happened, must not be null
 * @param lockedUntil when the lock set by the last failure ends, not before {@code lastFailure}; empty while under the limit
 */
public record FailureStreak(int failures, Instant lastFailure, Optional<Instant> lockedUntil) {
    public FailureStreak {
        if (failures < 1) throw new IllegalArgumentException("a failure streak has at least 1 failure, got " + failures);
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        lockedUntil.ifPresent(u -> {
            if (u.isBefore(lastFailure)) throw new IllegalArgumentException("lock end " + u + " is before the last failure " + lastFailure);
        });
    }

    /**
     * The streak after one more failure at {@code now}: it runs on unless {@code memory} passed since the last failure
     * (old typos do not add up to a lock weeks later), and locks for what {@code lock} says of its length.
     */
    static FailureStreak after(Optional<FailureStreak> previous, Instant now, Duration memory, java.util.function.IntFunction<Optional<Duration>> lock) {
        int failures = previous.filter(p -> now.isBefore(p.lastFailure.plus(memory))).map(p -> p.failures + 1).orElse(1);
        return new FailureStreak(failures, now, lock.apply(failures).map(now::plus));
    }

    /** How long the key is still locked at {@code now}; empty when it is not. */
    Optional<Duration> lockLeftAt(Instant now) {
        return lockedUntil.filter(now::isBefore).map(u -> Duration.between(now, u));
    }
}
