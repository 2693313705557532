package org.concord.register.model;

import org.concord.shared.CalendarDate;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A summit or other event, with its sessions; a side event names the event it sits beside.
 *
 * @param classification its marking and releasability
 * @param version optimistic-lock version, incremented on every write
 */
public record Event(EventId id, String name, EventKind kind, Optional<EventId> parent, String place, Optional<Iso3> country,
                    CalendarDate start, CalendarDate end, EventStatus status, List<Session> sessions,
                    Optional<String> note, Provenance provenance, String classification, long version) {
    public Event {
        Objects.requireNonNull(id, "id");
        Mission.requireText("name", name);
        Objects.requireNonNull(kind, "kind");
        Mission.requireText("place", place);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        Mission.requireText("classification", classification);
        parent = Mission.orEmpty(parent);
        country = Mission.orEmpty(country);
        note = Mission.orEmpty(note);
        sessions = List.copyOf(sessions);
        if (end.last().isBefore(start.first())) throw new IllegalArgumentException("end " + end + " is before the start " + start);
        if (kind == EventKind.SIDE_EVENT && parent.isEmpty())
            throw new IllegalArgumentException("side event " + id + " must name its parent event");
        if (parent.filter(id::equals).isPresent()) throw new IllegalArgumentException("event " + id + " cannot be its own parent");
        if (sessions.stream().map(Session::id).distinct().count() != sessions.size())
            throw new IllegalArgumentException("event " + id + " lists a session id twice");
    }

    public Optional<Session> session(SessionId sid) {
        return sessions.stream().filter(s -> s.id().equals(sid)).findFirst();
    }

    public Event withStatus(EventStatus next) {
        return new Event(id, name, kind, parent, place, country, start, end, next, sessions, note, provenance, classification, version);
    }

    public Event withVersion(long v) {
        return new Event(id, name, kind, parent, place, country, start, end, status, sessions, note, provenance, classification, v);
    }

    /** The event with one session replaced by {@code change} applied to it. */
    public Event withSession(SessionId sid, UnaryOperator<Session> change) {
        List<Session> next = sessions.stream().map(s -> s.id().equals(sid) ? change.apply(s) : s).toList();
        return new Event(id, name, kind, parent, place, country, start, end, status, next, note, provenance, classification, version);
    }
}
