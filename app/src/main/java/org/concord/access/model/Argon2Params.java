package org.concord.access.model;

/**
 * The cost parameters of Argon2id (RFC 9106).
 *
 * @param memoryKiB   memory in KiB, from {@code 8 * parallelism} to 1 GiB (1 048 576)
 * @param iterations  passes over the memory, 1 to 16
 * @param parallelism lanes, 1 to 16
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /**
     * OWASP Password Storage Cheat Sheet's first Argon2id option: 19 MiB, 2 iterations, 1 lane. About 30-60 ms per hash on
     * one core, which bounds a login flood to a few dozen guesses per second per core.
     */
    public static final Argon2Params OWASP = new Argon2Params(19_456, 2, 1);

    public Argon2Params {
        if (parallelism < 1 || parallelism > 16) throw new IllegalArgumentException("parallelism must be 1 to 16, got " + parallelism);
        if (iterations < 1 || iterations > 16) throw new IllegalArgumentException("iterations must be 1 to 16, got " + iterations);
        if (memoryKiB < 8 * parallelism || memoryKiB > 1_048_576)
            throw new IllegalArgumentException("memory must be " + 8 * parallelism + " to 1048576 KiB, got " + memoryKiB);
    }
}
