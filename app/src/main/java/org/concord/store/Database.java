package org.concord.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The database Concord runs on: a pooled data source, migrated by Flyway on open.
 * An H2 file under the Concord home by default; any PostgreSQL by JDBC URL.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String url;

    private Database(HikariDataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.url = url;
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
        cfg.setMaximumPoolSize(8);
        cfg.setMinimumIdle(1);
        cfg.setPoolName("concord");
        cfg.setInitializationFailTimeout(5_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new StoreUnavailable("cannot open database " + redact(url) + ": " + rootMessage(e));
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreUnavailable("cannot migrate database " + redact(url) + ": " + rootMessage(e));
        }
        return new Database(ds, url);
    }

    /** The default database: an H2 file {@code concord} under {@code home}. */
    public static Database openDefault(Path home) {
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new StoreUnavailable("cannot create the Concord home " + home + ": " + e.getMessage());
        }
        return open(h2FileUrl(home), "sa", "");
    }

    public static String h2FileUrl(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve("concord") + ";AUTO_SERVER=TRUE";
    }

    public Jdbi jdbi() { return jdbi; }

    public javax.sql.DataSource dataSource() { return dataSource; }

    public boolean isPostgres() { return url.startsWith("jdbc:postgresql:"); }

    /** The URL without credentials, for messages. */
    public String describe() { return redact(url); }

    static String redact(String url) { return url.replaceAll("(?i)(password=)[^&;]*", "$1***"); }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }

    @Override public void close() { dataSource.close(); }
}
