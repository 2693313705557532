package org.concord.access.model;

import java.time.Instant;
import java.util.Optional;

/** The idempotency keys of creating requests, per principal (repository). */
public interface IdempotencyKeys {
    /**
     * A key as stored: the hash of the request it was first used with and, once that request answered, its answer.
     *
     * @param status null while the first request is still running
     */
    record Stored(String requestHash, Integer status, String contentType, String location, String body, Instant created) {}

    /** The key of {@code principal}, locked for this transaction. */
    Optional<Stored> lock(String principal, String key);

    /** Reserves the key for a request now running; false if another transaction holds it already. */
    boolean reserve(String principal, String key, String requestHash, Instant at);

    /** Takes over a reservation abandoned by a request that never answered. */
    void retake(String principal, String key, String requestHash, Instant at);

    void complete(String principal, String key, int status, String contentType, String location, String body);

    void release(String principal, String key);

    /** Forgets every key created before {@code before}; returns how many. */
    int expire(Instant before);
}
