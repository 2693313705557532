package org.concord.register.model;

/** The stable slug of a session (lower-case letters, digits, '-'). */
public record SessionId(String value) implements Comparable<SessionId> {
    public SessionId { Slug.check("session id", value); }

    public static SessionId of(String value) { return new SessionId(value); }

    @Override public int compareTo(SessionId o) { return value.compareTo(o.value); }

    @Override public String toString() { return value; }
}
