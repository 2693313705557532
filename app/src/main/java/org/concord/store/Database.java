package org.concord.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.time.Duration;

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
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String url;
    private final LocalPostgres local;

    private Database(HikariDataSource dataSource, String url, LocalPostgres local) {
        this.dataSource = dataSource;
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
        cfg.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        cfg.setValidationTimeout(1_000);
        cfg.setMaximumPoolSize(8);
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
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            if (local != null) local.close();
            throw new StoreUnavailable("cannot migrate database " + redact(url) + ": " + rootMessage(e));
        }
        return new Database(ds, url, local);
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

    public static String h2FileUrl(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve("concord") + ";AUTO_SERVER=TRUE";
    }

    public Jdbi jdbi() { return jdbi; }

    public javax.sql.DataSource dataSource() { return dataSource; }

    public boolean isPostgres() { return url.startsWith("jdbc:postgresql:"); }

    /** "embedded-postgresql", "postgresql" or "h2". */
    public String kind() { return local != null ? "embedded-postgresql" : isPostgres() ? "postgresql" : "h2"; }

    /**
     * For tools that need their own connection to the default store (pg_dump): its current URL, user and password.
     * Empty for a database given by URL.
     */
    public java.util.Optional<java.util.List<String>> localConnection() {
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
