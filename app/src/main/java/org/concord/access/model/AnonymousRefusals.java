package org.concord.access.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Refusals of anonymous requests, counted per client address and time window until they are journaled as one entry. */
public interface AnonymousRefusals {
    /** What was refused. */
    enum Kind { UNAUTHENTICATED, NOT_FOUND, THROTTLED }

    /** The counts of one address in one window, with the first and last refusal. */
    record Window(ClientAddress address, Instant start, long unauthenticated, long notFound, long throttled, Instant first, Instant last) {
        public Window {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    /** Counts one refusal of {@code kind} at {@code at} for {@code address} in the window starting at {@code windowStart}. */
    void count(ClientAddress address, Instant windowStart, Kind kind, Instant at);

    /** The windows that started before {@code cutoff}, oldest first, at most {@code max}. */
    List<Window> startedBefore(Instant cutoff, int max);

    /** Forgets a window once it is journaled. */
    void remove(ClientAddress address, Instant windowStart);
}
