package org.concord.register.model;

/** The stable slug of a mission (lower-case letters, digits, '-'). */
public record MissionId(String value) implements Comparable<MissionId> {
    public MissionId { Slug.check("mission id", value); }

    public static MissionId of(String value) { return new MissionId(value); }

    @Override public int compareTo(MissionId o) { return value.compareTo(o.value); }

    @Override public String toString() { return value; }
}
