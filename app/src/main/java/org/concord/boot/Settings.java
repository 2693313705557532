package org.concord.boot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Where Concord keeps its data and what it starts with.
 *
 * @param home     the Concord home ({@code $CONCORD_HOME}, default {@code ~/.concord}); the H2 file lives here
 * @param dbUrl    a JDBC URL overriding the default H2 file ({@code --db} or {@code $CONCORD_DB_URL})
 * @param dbUser   database user ({@code $CONCORD_DB_USER})
 * @param dbPassword database password ({@code $CONCORD_DB_PASSWORD})
 * @param dataFile a register file loaded into an empty database instead of the built-in NATO dataset ({@code $CONCORD_DATA})
 * @param clock    the clock every service reads
 */
public record Settings(Path home, Optional<String> dbUrl, Optional<String> dbUser, Optional<String> dbPassword,
                       Optional<Path> dataFile, Clock clock) {

    /** Settings from the environment, with {@code dbOverride} (the --db option) taking precedence. */
    public static Settings fromEnvironment(Map<String, String> env, Optional<String> dbOverride) {
        Path home = Optional.ofNullable(env.get("CONCORD_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".concord"));
        return new Settings(home,
                dbOverride.or(() -> Optional.ofNullable(env.get("CONCORD_DB_URL")).filter(s -> !s.isBlank())),
                Optional.ofNullable(env.get("CONCORD_DB_USER")),
                Optional.ofNullable(env.get("CONCORD_DB_PASSWORD")),
                Optional.ofNullable(env.get("CONCORD_DATA")).filter(s -> !s.isBlank()).map(Path::of),
                Clock.systemUTC());
    }

    Settings withClock(Clock c) { return new Settings(home, dbUrl, dbUser, dbPassword, dataFile, c); }
}
