package org.concord.store;

import org.concord.shared.StoreUnavailable;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The database Concord runs on: a pooled data source, migrated by Flyway on open.
 * By default a PostgreSQL server on a data directory in the Concord home ({@link LocalPostgres}); any PostgreSQL or
 * H2 by JDBC URL.
 *
 * <p>Connections are bounded in time: a database that does not answer fails a request within
 * {@link #CONNECTION_TIMEOUT} instead of holding it, and the pool reconnects by itself when the database is back.
 */
public final class Database implements AutoCloseable {
    /** How long a request waits for a connection before the store is reported unavailable. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String url;
    private final LocalPostgres local;
    private final String schemaVersion;
    private final io.micrometer.prometheusmetrics.PrometheusMeterRegistry metrics;
    private final io.micrometer.core.instrument.Timer journalAppends;

    private Database(HikariDataSource dataSource, String url, LocalPostgres local, String schemaVersion,
                     io.micrometer.prometheusmetrics.PrometheusMeterRegistry metrics) {
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.journalAppends = io.micrometer.core.instrument.Timer.builder("concord.journal.append")
                .description("time to append one journal entry and move the head (inside its transaction)").register(metrics);
        this.schemaVersion = schemaVersion;
        this.url = url;
        this.local = local;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens and migrates the database.
     *
     * @param url      a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...})
     * @param user     may be null for H2
     * @param password may be null
     * @throws StoreUnavailable if the database cannot be reached or migrated
     */
    public static Database open(String url, String user, String password) {
        if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:")))
            throw new StoreUnavailable("unsupported database URL '" + url + "': use jdbc:h2:... or jdbc:postgresql://host/db");
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        if (user != null) cfg.setUsername(user);
        else if (url.startsWith("jdbc:h2:")) cfg.setUsername("sa"); // H2's conventional owner, so every tool opens it alike
        if (password != null) cfg.setPassword(password);
        if (url.startsWith("jdbc:postgresql:")) {
            cfg.addDataSourceProperty("connectTimeout", Long.toString(CONNECTION_TIMEOUT.toSeconds()));
            cfg.addDataSourceProperty("ApplicationName", "concord");
        }
        return pooled(cfg, url, null);
    }

    private static Database pooled(HikariConfig cfg, String url, LocalPostgres local) {
        var metrics = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        cfg.setMetricsTrackerFactory(new com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory(metrics)); // pool usage
        cfg.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        cfg.setValidationTimeout(1_000);
        cfg.setTransactionIsolation("TRANSACTION_READ_COMMITTED"); // every unit of work's level (JdbiTransactions)
        cfg.setMaximumPoolSize(16); // room for the head reads (at most 4 at once, FreshHead) beside the units of work
        cfg.setMinimumIdle(1);
        cfg.setPoolName("concord");
        cfg.setInitializationFailTimeout(5_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            if (local != null) local.close();
            throw new StoreUnavailable("cannot open database " + redact(url) + ": " + rootMessage(e));
        }
        String schema;
        try {
            Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
            flyway.migrate();
            var current = flyway.info().current();
            schema = current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
        } catch (RuntimeException e) {
            ds.close();
            if (local != null) local.close();
            throw new StoreUnavailable("cannot migrate database " + redact(url) + ": " + rootMessage(e));
        }
        return new Database(ds, url, local, schema, metrics);
    }

    /**
     * The default database: PostgreSQL on {@code home/postgres}, started (and initialised on first use) or, when a
     * Concord process already runs it, shared.
     *
     * @throws StoreUnavailable with one line when the home cannot hold or start it
     */
    public static Database openDefault(Path home) {
        LocalPostgres local = LocalPostgres.open(home);
        HikariConfig cfg = new HikariConfig();
        cfg.setDataSource(local.dataSource());
        return pooled(cfg, "jdbc:postgresql:" + local.describe(), local);
    }

    static String h2FileUrl(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve("concord") + ";AUTO_SERVER=TRUE";
    }

    public Jdbi jdbi() { return jdbi; }

    javax.sql.DataSource dataSource() { return dataSource; }

    public boolean isPostgres() { return url.startsWith("jdbc:postgresql:"); }

    /** Where this process's metrics are registered (pool usage, journal appends; the server adds its own), in Prometheus form. */
    public io.micrometer.prometheusmetrics.PrometheusMeterRegistry metrics() { return metrics; }

    io.micrometer.core.instrument.Timer journalAppends() { return journalAppends; }

    /**
     * Runs {@code work} while holding a lock that every Concord process on this database shares (a PostgreSQL
     * advisory lock; within this JVM for H2), so that two processes starting together on an empty database load the
     * built-in data once: one loads, the other waits and then finds it loaded.
     */
    public <T> T underStartupLock(java.util.function.Supplier<T> work) {
        if (!isPostgres()) synchronized (Database.class) {
            return work.get();
        }
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + STARTUP_LOCK + ")");
            try {
                return work.get();
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + STARTUP_LOCK + ")");
            }
        } catch (java.sql.SQLException e) {
            throw new StoreUnavailable("cannot take the start-up lock on " + describe() + ": " + rootMessage(e));
        }
    }

    /** The digest a start-up check recorded when it last found the database up to date, if any. */
    public Optional<String> startupCheck(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT digest FROM startup_check WHERE name = :n").bind("n", name).mapTo(String.class).findOne());
    }

    /** Records that the start-up check {@code name} found the database up to date against {@code digest}. */
    public void recordStartupCheck(String name, String digest) {
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("DELETE FROM startup_check WHERE name = :n").bind("n", name).execute();
                h.createUpdate("INSERT INTO startup_check (name, digest) VALUES (:n, :d)").bind("n", name).bind("d", digest).execute();
            });
        } catch (RuntimeException raced) {
            // another process recorded it at the same moment: the check runs once more at the next start, nothing worse
        }
    }

    private static final long STARTUP_LOCK = 0x436f6e636f7264L; // "Concord"

    /** The journal's length (its head's sequence number), or NaN when the database does not answer: for metrics. */
    public double journalLength() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT seq FROM journal_head WHERE id = 1").mapTo(Long.class).one());
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    /** The schema version this Concord migrated to on open. */
    public String schemaVersion() { return schemaVersion; }

    /**
     * Whether the database answers (within {@link #CONNECTION_TIMEOUT} and a 2 s query) and is migrated to this
     * Concord's schema; empty when ready, else the reason.
     */
    public java.util.Optional<String> unready() {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.setQueryTimeout(2);
            String found;
            try (var rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
                found = "0";
                while (rs.next()) if (Backups.compareVersions(rs.getString(1), found) > 0) found = rs.getString(1);
            }
            return Backups.compareVersions(found, schemaVersion) < 0
                    ? java.util.Optional.of("the database schema is at version " + found + ", this Concord needs " + schemaVersion)
                    : java.util.Optional.empty();
        } catch (java.sql.SQLException e) {
            return java.util.Optional.of("the database does not answer: " + rootMessage(e));
        }
    }

    /**
     * Why a failure means the store cannot serve right now (unreachable, restarting, out of disk space, read-only)
     * rather than a fault of the request; empty for any other failure.
     */
    public static java.util.Optional<String> unavailability(Throwable failure) {
        return unavailability(failure, 0);
    }

    private static java.util.Optional<String> unavailability(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailable) return java.util.Optional.of(t.getMessage());
            if (t instanceof java.sql.SQLTransientConnectionException) {
                var why = t.getCause() == null ? java.util.Optional.<String>empty() : unavailability(t.getCause(), depth + 1);
                return java.util.Optional.of("no database connection within " + CONNECTION_TIMEOUT.toSeconds() + " s ("
                        + why.orElse("the database is down or overloaded") + ")");
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String m = sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse("");
                if (state.equals("53100") || m.contains("No space left on device")) return java.util.Optional.of("the database's disk is full: " + m);
                if (state.equals("25006") || state.equals("90097") || m.contains("Read-only file system"))
                    return java.util.Optional.of("the database cannot write (read-only): " + m);
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53") || state.startsWith("58") || state.equals("90028")
                        || state.equals("90098") || state.equals("90121") || m.equals("Connection is closed"))
                    return java.util.Optional.of("the database is unavailable: " + m);
            }
            for (Throwable s : t.getSuppressed()) {
                var found = unavailability(s, depth + 1);
                if (found.isPresent()) return found;
            }
        }
        return java.util.Optional.empty();
    }

    /** "embedded-postgresql", "postgresql" or "h2". */
    public String kind() { return local != null ? "embedded-postgresql" : isPostgres() ? "postgresql" : "h2"; }

    /**
     * For tools that need their own connection to the default store (pg_dump): its current URL, user and password.
     * Empty for a database given by URL.
     */
    java.util.Optional<java.util.List<String>> localConnection() {
        return java.util.Optional.ofNullable(local).map(l -> java.util.List.of(l.currentUrl(), l.user(), l.password()));
    }

    /** The URL without credentials, for messages. */
    public String describe() { return local != null ? local.describe() : redact(url); }

    static String redact(String url) { return url.replaceAll("(?i)(password=)[^&;]*", "$1***"); }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }

    @Override public void close() {
        dataSource.close();
        if (local != null) local.close();
    }
}
