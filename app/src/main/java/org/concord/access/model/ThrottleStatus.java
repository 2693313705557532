package org.concord.access.model;

import java.time.Duration;
import java.util.Objects;

/** Whether a login may be tried now. */
public sealed interface ThrottleStatus {
    record Open() implements ThrottleStatus {}

    /** @param retryAfter how long until the lock ends, positive */
    record Locked(Duration retryAfter) implements ThrottleStatus {
        public Locked {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) throw new IllegalArgumentException("retryAfter must be positive, got " + retryAfter);
        }
    }
}
