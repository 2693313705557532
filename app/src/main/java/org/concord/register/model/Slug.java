package org.concord.register.model;

/** Validation of the slugs used as ids in the register. */
final class Slug {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private Slug() {}

    static String check(String kind, String value) {
        if (value == null || !SHAPE.matcher(value).matches())
            throw new IllegalArgumentException(kind + " '" + value + "' must be 1-63 lower-case letters, digits or '-', starting with a letter or digit");
        return value;
    }
}
