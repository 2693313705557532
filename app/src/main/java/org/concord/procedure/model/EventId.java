package org.concord.procedure.model;

/**
 * A register event (a summit, a forum) that an {@link Effect} acts on; not a procedure event.
 *
 * @param value 1-63 lower-case letters, digits or '-', starting with a letter or digit (the register's slug form)
 */
public record EventId(String value) {
    public EventId {
        Slugs.register("event id", value);
    }

    public static EventId of(String value) { return new EventId(value); }

    @Override public String toString() { return value; }
}
