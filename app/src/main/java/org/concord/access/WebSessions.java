package org.concord.access;

import org.concord.access.model.UserName;

import java.time.Instant;
import java.util.Optional;

/** Web sessions, stored by the SHA-256 of their id, never the id itself. */
public interface WebSessions {
    /** A session: whose, its CSRF token, and when it was last used. */
    record WebSession(String idHash, UserName user, String csrf, Instant created, Instant lastSeen) {}

    Optional<WebSession> find(String idHash);

    void put(WebSession session);

    void remove(String idHash);

    /** Removes every session of {@code user} (on disable). */
    void removeOf(UserName user);
}
