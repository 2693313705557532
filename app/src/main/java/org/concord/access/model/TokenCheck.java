package org.concord.access.model;

import java.util.Objects;

/** What a presented bearer token is worth. */
public sealed interface TokenCheck {
    /** The token is known, current, and its owner is enabled. */
    record Valid(User user, ApiToken token) implements TokenCheck {
        public Valid {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * The token is not accepted.
     *
     * @param reason why, for the audit trail only: the client must get one undifferentiated 401
     */
    record Rejected(String reason) implements TokenCheck {
        public Rejected { Objects.requireNonNull(reason, "reason"); }
    }
}
