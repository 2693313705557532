package org.concord.testing;

import org.concord.boot.Concord;
import org.concord.boot.Settings;
import org.concord.shared.Principal;
import org.concord.shared.Role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Builders for a running Concord on a database of its own, with a fixed clock. The databases are copies of templates
 * migrated (and loaded) once per JVM ({@link TestDatabases}).
 */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    public static final Principal ADMIN = Principal.of("admin", Role.ADMIN);
    public static final Principal ANALYST = Principal.of("analyst", Role.ANALYST);

    private Fixtures() {}

    public static Concord concord(TestDatabases.Kind kind) { return concord(kind, Clock.fixed(NOW, ZoneOffset.UTC)); }

    /** A Concord on a migrated, empty database of its own. */
    public static Concord concord(TestDatabases.Kind kind, Clock clock) {
        return on(TestDatabases.migrated(kind), kind, clock);
    }

    /** A Concord on an existing database (a second process, or a restart). */
    public static Concord on(String url, TestDatabases.Kind kind, Clock clock) {
        return Concord.open(new Settings(Path.of("target", "unused-home"), Optional.of(url),
                Optional.of(TestDatabases.user(kind)), Optional.of(TestDatabases.password(kind)), Optional.empty(), clock));
    }

    /**
     * A Concord on a migrated, empty database that loads {@code dataFile} instead of the built-in register ({@code CONCORD_DATA}).
     * Nothing is loaded until {@link Concord#loadDefaultsIfEmpty()} is called.
     */
    public static Concord withData(TestDatabases.Kind kind, Clock clock, Path dataFile) {
        return Concord.open(new Settings(Path.of("target", "unused-home"), Optional.of(TestDatabases.migrated(kind)),
                Optional.of(TestDatabases.user(kind)), Optional.of(TestDatabases.password(kind)), Optional.of(dataFile), clock));
    }

    /** The repository's example register file {@code examples/NAME}, from the module directory or the repository root. */
    public static Path example(String name) {
        for (Path dir : List.of(Path.of("examples"), Path.of("..", "examples")))
            if (Files.isRegularFile(dir.resolve(name))) return dir.resolve(name);
        throw new IllegalStateException("examples/" + name + " is not found from " + Path.of("").toAbsolutePath());
    }

    /** Adds a user and returns a fresh bearer token for it. */
    public static String token(Concord c, String name, org.concord.shared.Role role, String nation, String clearance) {
        c.access().addUser(ADMIN, name, role, Optional.ofNullable(nation).map(org.concord.shared.Iso3::of), Optional.of(clearance), PASSWORD);
        return c.access().createToken(ADMIN, name, Optional.empty()).secret().value();
    }

    /** The password every test user gets. */
    public static final String PASSWORD = "correct horse battery staple";

    /** A Concord with the built-in register loaded at {@link #NOW}. */
    public static Concord loaded(TestDatabases.Kind kind) { return loaded(kind, Clock.fixed(NOW, ZoneOffset.UTC)); }

    /**
     * A Concord on {@code clock} with the built-in register loaded as {@link Concord#loadDefaultsIfEmpty()} loads it at
     * the clock's current instant (a copy of a template loaded once per JVM at that instant).
     */
    public static Concord loaded(TestDatabases.Kind kind, Clock clock) {
        return on(TestDatabases.loaded(kind, clock.instant()), kind, clock);
    }
}
