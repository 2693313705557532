package org.concord.feeds;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One journal event's delivery to one webhook, as the delivery log keeps it.
 *
 * @param attempts how many times it was sent so far
 * @param at       when it was queued or last tried
 * @param nextAt   when it is tried next (PENDING only)
 */
public record Delivery(long id, long webhook, long seq, String event, int attempts, Status status, Optional<Integer> httpStatus,
                       Optional<String> error, Instant at, Optional<Instant> nextAt) {
    public enum Status { PENDING, DELIVERED, FAILED }

    public Delivery {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
        if (attempts < 0) throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
        httpStatus = httpStatus == null ? Optional.empty() : httpStatus;
        error = error == null ? Optional.empty() : error;
        Objects.requireNonNull(at, "at");
        nextAt = nextAt == null ? Optional.empty() : nextAt;
    }
}
