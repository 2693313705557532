package org.concord.access.model;

import java.time.Duration;
import java.util.Objects;

/** The outcome of a login with name and password. */
public sealed interface LoginResult {
    /** The name and password match an enabled user. */
    record Authenticated(User user) implements LoginResult {
        public Authenticated { Objects.requireNonNull(user, "user"); }
    }

    /**
     * The name is unknown or the password is wrong; the reason is the same for both, so that a caller cannot learn
     * which names exist.
     */
    record Refused(String reason) implements LoginResult {
        public static final Refused WRONG_NAME_OR_PASSWORD = new Refused("unknown user name or wrong password");

        public Refused { Objects.requireNonNull(reason, "reason"); }
    }

    /**
     * Too many failures in a row for this name or from this address; nothing was checked.
     *
     * @param retryAfter how long until a new try is accepted, positive
     */
    record Throttled(Duration retryAfter) implements LoginResult {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) throw new IllegalArgumentException("retryAfter must be positive, got " + retryAfter);
        }

        /** The wait in whole seconds, rounded up, for a {@code Retry-After} header. */
        public long retryAfterSeconds() { return retryAfter.plusNanos(999_999_999).toSeconds(); }
    }

    /** The password is right but the account is disabled. Only someone who knows the password learns this. */
    record Disabled() implements LoginResult {}
}
