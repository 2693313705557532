package org.concord.access.model;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id password hash with its parameters and salt, stored as a PHC string:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in standard Base64 without padding.
 * The arrays are copied in and out; the value is immutable.
 */
public final class PasswordHash {
    /** Argon2 version 1.3, the only one accepted. */
    public static final int VERSION = 19;
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$([a-z0-9-]+)\\$v=(0|[1-9][0-9]{0,8})\\$m=(0|[1-9][0-9]{0,8}),t=(0|[1-9][0-9]{0,8}),p=(0|[1-9][0-9]{0,8})"
                    + "\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final Argon2Params params;
    private final byte[] salt;
    private final byte[] hash;

    /**
     * @param params the cost parameters, must not be null
     * @param salt   8 to 64 bytes
     * @param hash   16 to 64 bytes
     */
    public PasswordHash(Argon2Params params, byte[] salt, byte[] hash) {
        this.params = Objects.requireNonNull(params, "params");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (salt.length < 8 || salt.length > 64) throw new IllegalArgumentException("salt is " + salt.length + " bytes; 8 to 64 are accepted");
        if (hash.length < 16 || hash.length > 64) throw new IllegalArgumentException("hash is " + hash.length + " bytes; 16 to 64 are accepted");
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /**
     * Reads a PHC string.
     *
     * @throws IllegalArgumentException if it is not an Argon2id v19 PHC string with parameters in range; the message names the wrong part
     */
    public static PasswordHash parse(String phc) {
        if (phc == null) throw new IllegalArgumentException("a PHC string must not be null");
        Matcher m = PHC.matcher(phc);
        if (!m.matches())
            throw new IllegalArgumentException("not a PHC string of the form $argon2id$v=19$m=..,t=..,p=..$salt$hash");
        if (!m.group(1).equals("argon2id")) throw new IllegalArgumentException("algorithm '" + m.group(1) + "' is not argon2id");
        if (Integer.parseInt(m.group(2)) != VERSION) throw new IllegalArgumentException("version " + m.group(2) + " is not " + VERSION);
        Argon2Params params = new Argon2Params(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        return new PasswordHash(params, decode("salt", m.group(6)), decode("hash", m.group(7)));
    }

    private static byte[] decode(String part, String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(part + " is not valid Base64: " + e.getMessage());
        }
        if (!B64.encodeToString(bytes).equals(text)) throw new IllegalArgumentException(part + " is not canonical unpadded Base64");
        return bytes;
    }

    /** The PHC string to store. */
    public String phc() {
        return "$argon2id$v=" + VERSION + "$m=" + params.memoryKiB() + ",t=" + params.iterations() + ",p=" + params.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    public Argon2Params params() { return params; }

    public byte[] salt() { return salt.clone(); }

    public byte[] hash() { return hash.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof PasswordHash other && params.equals(other.params) && Arrays.equals(salt, other.salt) && Arrays.equals(hash, other.hash);
    }

    @Override public int hashCode() { return Objects.hash(params, Arrays.hashCode(salt), Arrays.hashCode(hash)); }

    /** Shows the parameters only. */
    @Override public String toString() {
        return "PasswordHash[argon2id m=" + params.memoryKiB() + ",t=" + params.iterations() + ",p=" + params.parallelism() + "]";
    }
}
