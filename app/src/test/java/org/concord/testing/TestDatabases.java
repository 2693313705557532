package org.concord.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.concord.boot.Concord;
import org.concord.boot.Settings;
import org.concord.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Databases for tests: an in-memory H2, or a new database in one real PostgreSQL started once per JVM; empty, migrated,
 * or holding the built-in register as loaded at an instant.
 *
 * <p>Migrating and loading the register costs seconds a database, and most tests need exactly the same start. So it is
 * done once per JVM into a template, and each test gets its own copy: on PostgreSQL a database created
 * {@code TEMPLATE} the template (a file copy), on H2 a new in-memory database filled by {@code RUNSCRIPT} from the
 * template's {@code SCRIPT}. A copy holds the same rows, journal and schema history as a database loaded by
 * {@link Concord#loadDefaultsIfEmpty()} under a clock fixed at the same instant, and tests own their copies alone.
 */
public final class TestDatabases {
    private static EmbeddedPostgres postgres;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** Template by kind and what it holds; the value is a PostgreSQL database name or an H2 script file. */
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    private TestDatabases() {}

    public enum Kind { H2, POSTGRES }

    /** A JDBC URL of a new, empty database of {@code kind} (no schema: for migration tests). */
    public static String fresh(Kind kind) {
        return switch (kind) {
            case H2 -> h2Url();
            case POSTGRES -> freshPostgres(null);
        };
    }

    /** A JDBC URL of a new database of {@code kind}, migrated to the current schema and otherwise empty. */
    public static String migrated(Kind kind) {
        return copyOf(kind, template(kind, "migrated", url -> Database.open(url, user(kind), password(kind)).close()));
    }

    /**
     * A JDBC URL of a new database of {@code kind} holding the built-in register (and its open questions) exactly as
     * {@link Concord#loadDefaultsIfEmpty()} loads it under a clock fixed at {@code at}.
     */
    public static String loaded(Kind kind, Instant at) {
        return copyOf(kind, template(kind, "loaded@" + at, url -> {
            try (Concord c = Concord.open(new Settings(Path.of("target", "unused-home"), Optional.of(url), Optional.of(user(kind)),
                    Optional.of(password(kind)), Optional.empty(), Clock.fixed(at, ZoneOffset.UTC)))) {
                c.loadDefaultsIfEmpty().orElseThrow(() -> new IllegalStateException("the template database was not empty"));
            }
        }));
    }

    public static String user(Kind kind) { return kind == Kind.POSTGRES ? "postgres" : "sa"; }

    public static String password(Kind kind) { return kind == Kind.POSTGRES ? "postgres" : ""; }

    private interface Filler {
        void fill(String url) throws Exception;
    }

    /** The template of {@code kind} holding {@code what}, made on first use. */
    private static String template(Kind kind, String what, Filler filler) {
        return TEMPLATES.computeIfAbsent(kind + ":" + what, k -> {
            try {
                String url = fresh(kind);
                filler.fill(url);
                return switch (kind) {
                    case POSTGRES -> url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
                    case H2 -> {
                        Path script = Files.createTempFile("concord-test-template-", ".sql");
                        script.toFile().deleteOnExit();
                        try (Connection c = DriverManager.getConnection(url, user(kind), password(kind)); Statement s = c.createStatement()) {
                            s.execute("SCRIPT TO '" + script.toAbsolutePath() + "'");
                            s.execute("SHUTDOWN"); // the template itself is never used again
                        }
                        yield script.toAbsolutePath().toString();
                    }
                };
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the " + kind + " template database (" + what + ")", e);
            }
        });
    }

    private static String copyOf(Kind kind, String template) {
        return switch (kind) {
            case POSTGRES -> freshPostgres(template);
            case H2 -> {
                String url = h2Url();
                try (Connection c = DriverManager.getConnection(url, user(kind), password(kind)); Statement s = c.createStatement()) {
                    s.execute("RUNSCRIPT FROM '" + template + "'");
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot copy the H2 template " + template, e);
                }
                yield url;
            }
        };
    }

    private static String h2Url() {
        return "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    private static synchronized String freshPostgres(String template) {
        try {
            if (postgres == null) postgres = EmbeddedPostgres.builder().start();
            String name = "concord_t" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                if (template == null) s.execute("CREATE DATABASE " + name);
                else createFromTemplate(s, name, template);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    /** The server may still be ending the template's last session just after its pool closed: wait for it, briefly. */
    private static void createFromTemplate(Statement s, String name, String template) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
                return;
            } catch (SQLException busy) {
                if (attempt == 50 || !String.valueOf(busy.getMessage()).contains("being accessed by other users")) throw busy;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }
}
