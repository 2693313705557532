package org.concord.procedure.model;

/**
 * A mission of the register that an {@link Effect} acts on.
 *
 * @param value 1-63 lower-case letters, digits or '-', starting with a letter or digit (the register's slug form)
 */
public record MissionId(String value) {
    public MissionId {
        Slugs.register("mission id", value);
    }

    public static MissionId of(String value) { return new MissionId(value); }

    @Override public String toString() { return value; }
}
