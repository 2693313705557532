package org.concord.access.model;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a bearer token, in lower-case hex: what is stored and looked up, and the token's id. Looking it up in
 * an index leaks nothing useful by timing: an attacker cannot choose inputs that land near a stored hash.
 *
 * @param hex 64 lower-case hex digits
 */
public record TokenHash(String hex) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !SHAPE.matcher(hex).matches())
            throw new IllegalArgumentException("token hash " + Shown.quote(hex) + " must be 64 lower-case hex digits");
    }

    /** @param sha256 32 bytes */
    static TokenHash of(byte[] sha256) {
        if (sha256.length != 32) throw new IllegalArgumentException("a SHA-256 is 32 bytes, got " + sha256.length);
        return new TokenHash(HexFormat.of().formatHex(sha256));
    }

    /** The first 12 hex digits, to name the token in lists and the audit trail. */
    public String shortId() { return hex.substring(0, 12); }

    @Override public String toString() { return hex; }
}
