package org.concord.register.model;

/** Validation of the slugs used as ids in the register. */
final class Slug {
    private Slug() {}

    static String check(String kind, String value) {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,62}"))
            throw new IllegalArgumentException(kind + " '" + value + "' must be 1-63 lower-case letters, digits or '-', starting with a letter or digit");
        return value;
    }
}
