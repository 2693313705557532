package org.concord.register.model;

/** The stable slug of a event (lower-case letters, digits, '-'). */
public record EventId(String value) implements Comparable<EventId> {
    public EventId { Slug.check("event id", value); }

    public static EventId of(String value) { return new EventId(value); }

    @Override public int compareTo(EventId o) { return value.compareTo(o.value); }

    @Override public String toString() { return value; }
}
