package org.concord.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored webhooks, their delivery log and the hosts administrators allow in private ranges. */
public interface Webhooks {
    long insert(Webhook webhook);

    Optional<Webhook> byId(long id);

    /** The owner's webhooks (every webhook when {@code owner} is empty), by id. */
    List<Webhook> list(Optional<String> owner);

    List<Webhook> enabled();

    void disable(long id);

    /** Moves the webhook's {@code lastSeq} from {@code from} to {@code to}; false when another process moved it first. */
    boolean advance(long id, long from, long to);

    /** Queues a delivery (PENDING, no attempt yet, due at {@code at}). */
    void queue(long webhook, long seq, String event, Instant at);

    /** PENDING deliveries due at {@code now}, oldest first. */
    List<Delivery> due(Instant now, int limit);

    /** Takes a due delivery for one attempt by moving its next try to {@code lease}; false when another process took it. */
    boolean claim(Delivery d, Instant lease);

    void update(Delivery d);

    /** A webhook's deliveries, newest first. */
    List<Delivery> deliveries(long webhook);

    boolean allowed(String host);

    void allow(String host, String by, Instant at);

    List<AllowedHost> allowedHosts();

    record AllowedHost(String host, String addedBy, Instant addedAt) {}
}
