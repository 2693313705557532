package org.concord.procedure.model;

/**
 * A session of a register event, to which partners are invited (R11).
 *
 * @param value 1-63 lower-case letters, digits or '-', starting with a letter or digit (the register's slug form)
 */
public record SessionId(String value) {
    public SessionId {
        Slugs.register("session id", value);
    }

    public static SessionId of(String value) { return new SessionId(value); }

    @Override public String toString() { return value; }
}
