package org.concord.access.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The checks every {@link AuditEvent} shares. */
final class AuditCheck {
    private AuditCheck() {}

    static void common(String user, Optional<ClientAddress> address, Instant at) {
        if (user == null || user.isBlank()) throw new IllegalArgumentException("an audit event must name a user, got " + Shown.quote(user));
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(at, "at");
    }
}
