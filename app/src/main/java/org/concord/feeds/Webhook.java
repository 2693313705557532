package org.concord.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A registered webhook: the journal events its owner may see are POSTed to {@code url}, signed with {@code secret}.
 *
 * @param events  the journal event types wanted; empty for all
 * @param lastSeq the journal sequence up to which events have been considered for it
 */
public record Webhook(long id, String owner, String url, String secret, List<String> events, boolean enabled, Instant created, long lastSeq) {
    public Webhook {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        events = List.copyOf(events);
        Objects.requireNonNull(created, "created");
    }

    /** Whether this webhook wants events of {@code type}. */
    boolean wants(String type) { return events.isEmpty() || events.contains(type); }
}
