package org.concord.access.model;

import org.concord.shared.Iso3;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marking of a record and the non-member countries it is released to, written as {@code NATO RESTRICTED REL AUS, UKR}
 * or plain {@code PUBLIC}. The releasability list matters only to PARTNER users: member-side users see by clearance.
 *
 * @param marking      the level, must not be null
 * @param releasableTo the partner countries that may see the record; must be empty for the public level
 */
public record Classification(Marking marking, Set<Iso3> releasableTo) {
    private static final Pattern TEXT = Pattern.compile("(.*?)(?: REL(?: TO)?(?: (.*))?)?");

    public Classification {
        Objects.requireNonNull(marking, "marking");
        releasableTo = Set.copyOf(Objects.requireNonNull(releasableTo, "releasableTo"));
        if (marking.isPublic() && !releasableTo.isEmpty())
            throw new IllegalArgumentException(marking.name() + " is visible to everyone; it takes no REL list, got " + new TreeSet<>(releasableTo));
    }

    /** A record marked {@code marking}, released to no partner. */
    public static Classification of(Marking marking) { return new Classification(marking, Set.of()); }

    /**
     * Reads a classification: a level of {@code ladder}, then optionally {@code REL} (or {@code REL TO}) and comma-separated
     * ISO 3166 alpha-3 codes. Case and runs of spaces do not matter.
     *
     * @throws IllegalArgumentException if the level is unknown, a code is not a country, a code is repeated, or REL lists none
     */
    public static Classification parse(String text, MarkingLadder ladder) {
        Objects.requireNonNull(ladder, "ladder");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a classification must not be blank");
        String normal = text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Matcher m = TEXT.matcher(normal);
        if (!m.matches()) throw new IllegalArgumentException("classification " + Shown.quote(text) + " cannot be read");
        Marking marking = ladder.marking(m.group(1));
        if (normal.length() == m.group(1).length()) return of(marking);
        if (m.group(2) == null || m.group(2).isBlank())
            throw new IllegalArgumentException("classification " + Shown.quote(text) + " has REL but lists no country");
        Set<Iso3> countries = new TreeSet<>();
        for (String code : m.group(2).split(",", -1)) {
            Iso3 iso3 = Iso3.of(code.strip());
            if (!countries.add(iso3)) throw new IllegalArgumentException("classification " + Shown.quote(text) + " lists " + iso3 + " twice");
        }
        return new Classification(marking, countries);
    }

    /**
     * The lowest classification a record touching both this record and {@code other} must carry so that it shows
     * neither to a reader who may not see it: the higher marking, released only to the countries every non-public
     * one of the two is released to. Public records constrain nothing.
     */
    public Classification join(Classification other) {
        Objects.requireNonNull(other, "other");
        if (other.marking.isPublic()) return this;
        if (marking.isPublic()) return other;
        Set<Iso3> both = new TreeSet<>(releasableTo);
        both.retainAll(other.releasableTo);
        return new Classification(marking.rank() >= other.marking.rank() ? marking : other.marking, both);
    }

    /** The canonical text: the level, then {@code REL} and the codes in alphabetical order. {@link #parse} reads it back. */
    @Override public String toString() {
        if (releasableTo.isEmpty()) return marking.name();
        return marking.name() + " REL " + String.join(", ", new TreeSet<>(releasableTo).stream().map(Iso3::code).toList());
    }
}
