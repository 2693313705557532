package org.concord.access.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user's login name.
 *
 * @param value 1 to 64 characters of {@code a-z 0-9 . _ -}
 */
public record UserName(String value) implements Comparable<UserName> {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9._-]{1,64}");

    public UserName {
        if (value == null || !SHAPE.matcher(value).matches())
            throw new IllegalArgumentException("user name " + Shown.quote(value) + " must be 1-64 characters of a-z, 0-9, '.', '_', '-'");
    }

    /** @throws IllegalArgumentException if {@code value} is not a valid user name */
    public static UserName of(String value) { return new UserName(value); }

    /** The name if {@code raw} is a valid user name, else empty; for untrusted input such as a login form. */
    public static Optional<UserName> parse(String raw) {
        return raw != null && SHAPE.matcher(raw).matches() ? Optional.of(new UserName(raw)) : Optional.empty();
    }

    @Override public int compareTo(UserName o) { return value.compareTo(o.value); }

    @Override public String toString() { return value; }
}
