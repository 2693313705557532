package org.concord.access.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plaintext of a bearer token: {@code cnc_} and 43 base64url characters carrying 32 random bytes (256 bits). It is
 * shown once, when issued; only its {@link #hash()} is stored. The prefix lets secret scanners recognise a leaked token.
 *
 * @param value the token text, in that exact form
 */
public record TokenSecret(String value) {
    public static final String PREFIX = "cnc_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("cnc_[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    public TokenSecret {
        // The message describes the shape but never echoes the value: it may be a real token with a typo.
        if (!wellFormed(value))
            throw new IllegalArgumentException("a Concord token is '" + PREFIX + "' and 43 base64url characters, got "
                    + (value == null ? "null" : value.length() + " characters"));
    }

    private static boolean wellFormed(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) return false;
        String body = value.substring(PREFIX.length());
        try {
            return B64URL.encodeToString(Base64.getUrlDecoder().decode(body)).equals(body);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A new token from {@code random}, which must be a cryptographically strong generator. */
    public static TokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new TokenSecret(PREFIX + B64URL.encodeToString(bytes));
    }

    /** The token if {@code presented} has the token's shape, else empty; for untrusted input such as an Authorization header. */
    public static Optional<TokenSecret> parse(String presented) {
        return wellFormed(presented) ? Optional.of(new TokenSecret(presented)) : Optional.empty();
    }

    /** SHA-256 of the token text. A fast hash is enough: the token has 256 bits of entropy, unlike a password. */
    public TokenHash hash() {
        try {
            return TokenHash.of(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Never shows the token. */
    @Override public String toString() { return "TokenSecret[" + PREFIX + "redacted]"; }

    @Override public boolean equals(Object o) { return o instanceof TokenSecret t && MessageDigest.isEqual(bytes(), t.bytes()); }

    @Override public int hashCode() { return Objects.hashCode(value); }

    private byte[] bytes() { return value.getBytes(StandardCharsets.US_ASCII); }
}
