package org.concord.forecast.model;

/**
 * Who takes part in a forecast issue: a member state, a group of them, or an institution (e.g. {@code USA}, {@code SG}).
 *
 * @param value 1-64 characters, no control characters, not blank
 */
public record ActorId(String value) implements Comparable<ActorId> {
    public ActorId {
        if (value == null || value.isBlank() || value.length() > 64 || value.chars().anyMatch(Character::isISOControl))
            throw new IllegalArgumentException("actor id '" + value + "' must be 1-64 printable characters and not blank");
    }

    public static ActorId of(String value) { return new ActorId(value); }

    @Override public int compareTo(ActorId o) { return value.compareTo(o.value); }

    @Override public String toString() { return value; }
}
