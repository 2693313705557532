package org.concord.access.model;

import java.util.regex.Pattern;

/**
 * A classification level, such as NATO RESTRICTED, with its rank on a {@link MarkingLadder}. Markings compare by rank,
 * so only markings of the same ladder may be compared; rank 0, the lowest rung, is public.
 *
 * @param name upper-case words of letters, digits, '/' and '-', separated by single spaces, at most 64 characters;
 *             no word may be {@code REL}, which starts the releasability list
 * @param rank 0 for the lowest rung, counting up
 */
public record Marking(String name, int rank) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9/-]+( [A-Z0-9/-]+)*");

    public Marking {
        if (name == null || name.length() > 64 || !SHAPE.matcher(name).matches())
            throw new IllegalArgumentException("marking " + Shown.quote(name)
                    + " must be 1-64 characters: upper-case words of letters, digits, '/' and '-' separated by single spaces");
        if ((" " + name + " ").contains(" REL "))
            throw new IllegalArgumentException("marking '" + name + "' must not contain the word REL, which starts the releasability list");
        if (rank < 0) throw new IllegalArgumentException("rank of " + name + " must not be negative, got " + rank);
    }

    /** Whether this is the lowest rung: visible to everyone, partners included, whatever their clearance. */
    boolean isPublic() { return rank == 0; }

    /** Whether this marking is at or below {@code other}. */
    boolean atMost(Marking other) { return rank <= other.rank; }

    @Override public String toString() { return name; }
}
