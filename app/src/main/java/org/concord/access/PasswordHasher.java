package org.concord.access;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.concord.access.model.Argon2Params;
import org.concord.access.model.Password;
import org.concord.access.model.PasswordHash;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Hashes and verifies passwords with Argon2id (RFC 9106, BouncyCastle's implementation): a 16-byte salt from a
 * {@link SecureRandom}, a 32-byte hash, the cost given by {@link Argon2Params} ({@link Argon2Params#OWASP} in production).
 * Verification recomputes the hash with the stored parameters and compares in constant time. Thread-safe; build one
 * and share it.
 */
final class PasswordHasher {
    private final Argon2Params params;
    private final SecureRandom random;
    private final PasswordHash decoy;

    /**
     * @param params the cost for new hashes, must not be null
     * @param random the salt source, must not be null
     */
    PasswordHasher(Argon2Params params, SecureRandom random) {
        this.params = Objects.requireNonNull(params, "params");
        this.random = Objects.requireNonNull(random, "random");
        // The decoy is only ever compared against: random bytes match no password as surely as a derived hash would
        // (2^-256), and cost no Argon2 run at start-up.
        byte[] decoyHash = new byte[PasswordHash.HASH_BYTES];
        random.nextBytes(decoyHash);
        this.decoy = new PasswordHash(params, salt(), decoyHash);
    }

    /** A hasher with the OWASP parameters. */
    static PasswordHasher owasp(SecureRandom random) { return new PasswordHasher(Argon2Params.OWASP, random); }

    /** A new hash of {@code password} with a fresh salt. */
    PasswordHash hash(Password password) {
        byte[] salt = salt();
        byte[] bytes = password.utf8();
        try {
            return new PasswordHash(params, salt, derive(params, salt, bytes, PasswordHash.HASH_BYTES));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Whether {@code password} is the one hashed in {@code stored}; the comparison takes the same time wherever they differ. */
    boolean matches(Password password, PasswordHash stored) {
        byte[] expected = stored.hash();
        byte[] bytes = password.utf8();
        try {
            return MessageDigest.isEqual(derive(stored.params(), stored.salt(), bytes, expected.length), expected);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Spends the time of one verification and matches nothing: a login for an unknown name must take as long as one
     * with a wrong password, or the timing would tell which names exist.
     */
    void verifyDecoy(Password password) { matches(password, decoy); }

    /** Whether {@code stored} was made with other parameters than this hasher's, and should be rehashed at the next login. */
    boolean needsRehash(PasswordHash stored) {
        return !stored.params().equals(params) || stored.salt().length != PasswordHash.SALT_BYTES || stored.hash().length != PasswordHash.HASH_BYTES;
    }

    private byte[] salt() {
        byte[] salt = new byte[PasswordHash.SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }

    private static byte[] derive(Argon2Params params, byte[] salt, byte[] password, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
