package org.concord.procedure.model;

import java.util.regex.Pattern;

/** The forms of the typed ids of this model, and the check of required text. */
final class Slugs {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    /** The register's slug form, so that a reference from an effect is a valid register id. */
    private static final Pattern REGISTER = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private Slugs() {}

    /** @throws IllegalArgumentException naming {@code kind} and the value if {@code value} is not a slug */
    static String check(String kind, String value) {
        if (value == null || !FORM.matcher(value).matches())
            throw new IllegalArgumentException(kind + " '" + value
                    + "' must be 1-128 letters, digits, '.', '_', ':', '-', starting with a letter or digit");
        return value;
    }

    /** @throws IllegalArgumentException naming {@code kind} and the value if {@code value} is not a register slug */
    static String register(String kind, String value) {
        if (value == null || !REGISTER.matcher(value).matches())
            throw new IllegalArgumentException(kind + " '" + value
                    + "' must be 1-63 lower-case letters, digits or '-', starting with a letter or digit");
        return value;
    }

    /** @throws IllegalArgumentException naming {@code field} if {@code text} is null or blank */
    static String text(String field, String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(field + " must not be blank, was '" + text + "'");
        return text;
    }
}
