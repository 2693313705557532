package org.concord.access.model;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;

/**
 * A password as typed, kept apart from other strings so that it is never printed by accident.
 *
 * @param value the password, must not be null and at most {@link #MAX_LENGTH} characters
 */
public record Password(String value) {
    /** A bound on what is hashed, so that a huge input cannot tie up the hasher. */
    public static final int MAX_LENGTH = 4096;

    public Password {
        Objects.requireNonNull(value, "password");
        if (value.length() > MAX_LENGTH)
            throw new IllegalArgumentException("a password must be at most " + MAX_LENGTH + " characters, got " + value.length());
    }

    /** The password in Unicode normalisation form NFKC (as NIST SP 800-63B advises), so that the same keys typed on two systems match. */
    String normalized() { return Normalizer.normalize(value, Normalizer.Form.NFKC); }

    /** The normalised password as UTF-8; the caller should zero the array once it is used. */
    public byte[] utf8() { return normalized().getBytes(StandardCharsets.UTF_8); }

    /** Never shows the password. */
    @Override public String toString() { return "Password[redacted]"; }
}
