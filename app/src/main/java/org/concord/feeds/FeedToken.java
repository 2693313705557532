package org.concord.feeds;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only token for the calendar and Atom feeds, for programs that cannot send a header. Only its SHA-256 hash is
 * kept; {@code id} is the hash's first characters, to name it when revoking.
 */
public record FeedToken(String id, String hash, String owner, Optional<String> note, Instant created, boolean revoked) {
    public FeedToken {
        Objects.requireNonNull(id, "id");
        if (hash == null || !hash.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("hash must be 64 hex digits, got " + hash);
        Objects.requireNonNull(owner, "owner");
        note = note == null ? Optional.empty() : note;
        Objects.requireNonNull(created, "created");
    }
}
