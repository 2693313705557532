package org.concord.register.model;

/** The stable slug of a body (lower-case letters, digits, '-'). */
public record BodyId(String value) implements Comparable<BodyId> {
    public BodyId { Slug.check("body id", value); }

    public static BodyId of(String value) { return new BodyId(value); }

    @Override public int compareTo(BodyId o) { return value.compareTo(o.value); }

    @Override public String toString() { return value; }
}
