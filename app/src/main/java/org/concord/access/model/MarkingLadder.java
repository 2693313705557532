package org.concord.access.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered classification levels an organisation uses, lowest first. The lowest rung is public: records marked
 * with it are visible to everyone. Another organisation configures its own with {@link #of(List)}.
 */
public final class MarkingLadder {
    /** PUBLIC &lt; NATO UNCLASSIFIED &lt; NATO RESTRICTED &lt; NATO CONFIDENTIAL &lt; NATO SECRET. */
    public static final MarkingLadder NATO = of(List.of("PUBLIC", "NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET"));

    private final List<Marking> markings;

    private MarkingLadder(List<Marking> markings) { this.markings = markings; }

    /**
     * A ladder from level names, lowest first.
     *
     * @throws IllegalArgumentException if the list is empty, has more than 32 names, repeats a name or has an invalid one
     */
    public static MarkingLadder of(List<String> namesLowestFirst) {
        Objects.requireNonNull(namesLowestFirst, "names");
        if (namesLowestFirst.isEmpty() || namesLowestFirst.size() > 32)
            throw new IllegalArgumentException("a marking ladder has 1 to 32 levels, got " + namesLowestFirst.size());
        List<Marking> markings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : namesLowestFirst) {
            Marking m = new Marking(name, markings.size());
            if (!seen.add(name)) throw new IllegalArgumentException("marking '" + name + "' appears twice in the ladder");
            markings.add(m);
        }
        return new MarkingLadder(List.copyOf(markings));
    }

    /** The levels, lowest first. */
    public List<Marking> markings() { return markings; }

    /** The public level. */
    public Marking lowest() { return markings.getFirst(); }

    public Marking highest() { return markings.getLast(); }

    /** The level named {@code name}, matched case-insensitively with spaces collapsed. */
    Optional<Marking> find(String name) {
        if (name == null) return Optional.empty();
        String wanted = name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return markings.stream().filter(m -> m.name().equals(wanted)).findFirst();
    }

    /** @throws IllegalArgumentException if no level is named {@code name}; the message lists the levels */
    public Marking marking(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown marking " + Shown.quote(name) + "; the levels are "
                + String.join(", ", markings.stream().map(Marking::name).toList())));
    }

    /** Whether {@code marking} is a rung of this ladder, name and rank. */
    public boolean contains(Marking marking) { return markings.contains(marking); }

    @Override public String toString() { return String.join(" < ", markings.stream().map(Marking::name).toList()); }
}
