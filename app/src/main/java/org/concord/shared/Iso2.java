package org.concord.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 code, or XK (Kosovo, user-assigned). */
public record Iso2(String code) {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Z]{2}");
    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    public Iso2 {
        if (code == null || !SHAPE.matcher(code).matches())
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166 alpha-2 code (two upper-case letters)");
        if (!KNOWN.contains(code) && !code.equals("XK"))
            throw new IllegalArgumentException("'" + code + "' is not a known ISO 3166 alpha-2 code");
    }

    public static Iso2 of(String code) { return new Iso2(code); }

    @Override public String toString() { return code; }
}
