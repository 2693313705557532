package org.concord.shared;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-3 country code, or one of the few user-assigned codes the register needs (XKX for Kosovo).
 *
 * @param code three upper-case letters, must be a known code
 */
public record Iso3(String code) implements Comparable<Iso3> {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Z]{3}");
    private static final Set<String> USER_ASSIGNED = Set.of("XKX");
    private static final Set<String> KNOWN = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public Iso3 {
        if (code == null || !SHAPE.matcher(code).matches())
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166 alpha-3 code (three upper-case letters)");
        if (!KNOWN.contains(code) && !USER_ASSIGNED.contains(code))
            throw new IllegalArgumentException("'" + code + "' is not a known ISO 3166 alpha-3 code");
    }

    public static Iso3 of(String code) { return new Iso3(code); }

    boolean isUserAssigned() { return USER_ASSIGNED.contains(code); }

    @Override public int compareTo(Iso3 o) { return code.compareTo(o.code); }

    @Override public String toString() { return code; }
}
