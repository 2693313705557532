package org.concord.procedure.model;

/**
 * A deciding body (the North Atlantic Council is {@code nac}), each with its own membership (R12).
 *
 * @param value 1-63 lower-case letters, digits or '-', starting with a letter or digit (the register's slug form)
 */
public record BodyId(String value) {
    public BodyId {
        Slugs.register("body id", value);
    }

    /** The North Atlantic Council, the default body of the NATO configuration. */
    static final BodyId NAC = new BodyId("nac");

    public static BodyId of(String value) { return new BodyId(value); }

    @Override public String toString() { return value; }
}
