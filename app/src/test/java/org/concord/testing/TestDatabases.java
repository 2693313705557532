package org.concord.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh databases for tests: an in-memory H2, or a new database in one real PostgreSQL started once per JVM. */
public final class TestDatabases {
    private static EmbeddedPostgres postgres;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {}

    public enum Kind { H2, POSTGRES }

    /** A JDBC URL of a new, empty database of {@code kind}. */
    public static String fresh(Kind kind) {
        return switch (kind) {
            case H2 -> "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
            case POSTGRES -> freshPostgres();
        };
    }

    public static String user(Kind kind) { return kind == Kind.POSTGRES ? "postgres" : "sa"; }

    public static String password(Kind kind) { return kind == Kind.POSTGRES ? "postgres" : ""; }

    private static synchronized String freshPostgres() {
        try {
            if (postgres == null) postgres = EmbeddedPostgres.builder().start();
            String name = "concord_t" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }
}
