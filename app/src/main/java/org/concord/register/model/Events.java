package org.concord.register.model;

import java.util.List;
import java.util.Optional;

/** Summits, side events and their sessions, stored with an optimistic-lock version. */
public interface Events {
    /** Events in start order. */
    List<Event> all();

    Optional<Event> find(EventId id);

    Event insert(Event event);

    /** @return the stored event at the next version, or empty if the stored version differs (nothing written) */
    Optional<Event> update(Event event, long expectedVersion);
}
