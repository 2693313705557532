package org.concord.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The crash test: {@code rounds} times, start {@code concord serve} as its own JVM, write to it from several threads
 * over loopback, and {@code kill -9} it at a random moment (every other round the default store's postmaster too);
 * after each restart check that every write answered 2xx is there and that no commit is torn (the journal verifies,
 * and every item's version equals its number of journal entries).
 *
 * <pre>java -cp app/target/concord-all.jar:app/target/test-classes org.concord.store.CrashRounds [--rounds 30]
 *      [--home DIR | --db JDBC_URL --db-user U --db-password P] [--writers 4] [--seed 1]</pre>
 */
public final class CrashRounds {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to crash and how hard. {@code db} empty means the default store in {@code home}. */
    public record Options(int rounds, int writers, Path home, Optional<String> db, Optional<String> dbUser, Optional<String> dbPassword,
                          long seed, Duration maxWrite) {}

    /** The result over every round. */
    public record Report(int rounds, long acknowledged, long lost, long torn, List<String> problems, double meanRestartSeconds) {
        public boolean clean() { return lost == 0 && torn == 0 && problems.isEmpty(); }
    }

    private final Options o;
    private final PrintStream log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** item id -> highest version whose write was acknowledged, and the texts acknowledged. */
    private final Map<String, Long> ackedVersion = new ConcurrentHashMap<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private long lost;
    private long torn;
    private String token;

    private CrashRounds(Options o, PrintStream log) {
        this.o = o;
        this.log = log;
    }

    public static Report run(Options o, PrintStream log) throws Exception {
        return new CrashRounds(o, log).rounds();
    }

    private Report rounds() throws Exception {
        Random random = new Random(o.seed());
        token = setUp();
        double restartSeconds = 0;
        for (int round = 1; round <= o.rounds(); round++) {
            int port = freePort();
            long t0 = System.nanoTime();
            Process server = startServer(port);
            double started = (System.nanoTime() - t0) / 1e9;
            restartSeconds += started;
            check(port, round);
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < o.writers(); w++) {
                String item = "crash-r" + round + "-w" + w;
                writers.add(Thread.ofPlatform().start(() -> write(port, item, stop)));
            }
            long before = acknowledged.get();
            // kill while writes flow: after a random number of acknowledged writes (or a time cap on a slow machine), at a random instant
            long target = 5 + random.nextInt(80);
            long cap = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (acknowledged.get() - before < target && System.nanoTime() < cap) Thread.sleep(10);
            Thread.sleep(random.nextLong(Math.max(1, o.maxWrite().toMillis())));
            server.destroyForcibly(); // SIGKILL
            boolean killedPostgres = o.db().isEmpty() && round % 2 == 0 && killPostmaster();
            server.waitFor(10, TimeUnit.SECONDS);
            stop.set(true);
            for (Thread t : writers) t.join();
            log.printf("round %d: started in %.2f s, %d writes acknowledged, killed the JVM%s%n", round, started,
                    acknowledged.get() - before, killedPostgres ? " and the postmaster" : "");
        }
        int port = freePort();
        Process server = startServer(port);
        check(port, o.rounds() + 1);
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
        return new Report(o.rounds(), acknowledged.get(), lost, torn, List.copyOf(problems), restartSeconds / o.rounds());
    }

    /** A chair (who may raise items and add texts) and a token for it, made through the CLI on the same store. */
    private String setUp() throws Exception {
        cli(List.of("users", "add", "crash-chair", "--role", "CHAIR", "--password-stdin"), "a long enough password for the crash chair\n");
        return cli(List.of("tokens", "create", "crash-chair"), "").strip();
    }

    private void write(int port, String item, AtomicBoolean stop) {
        try {
            var raised = send(port, "POST", "/api/v1/items", """
                    {"id":"%s","proposer":"CHAIR","subject":"Crash %s","text":"text 1","effect":{"type":"ADOPT_STATEMENT","text":"The Council states."},"classification":"PUBLIC"}"""
                    .formatted(item, item));
            if (raised.statusCode() / 100 != 2) return;
            ack(item, JSON.readTree(raised.body()).path("version").asLong());
            long version = JSON.readTree(raised.body()).path("version").asLong();
            while (!stop.get()) {
                var r = send(port, "POST", "/api/v1/items/" + item + "/texts", "{\"text\":\"text after %d\",\"version\":%d}".formatted(version, version));
                if (r.statusCode() / 100 != 2) {
                    problems.add("a text on " + item + " was refused with " + r.statusCode() + ": " + r.body());
                    return;
                }
                version = JSON.readTree(r.body()).path("version").asLong();
                ack(item, version);
            }
        } catch (IOException | InterruptedException killed) {
            // the server was killed under the request: not acknowledged, so either outcome is allowed
        }
    }

    private void ack(String item, long version) {
        ackedVersion.merge(item, version, Math::max);
        acknowledged.incrementAndGet();
    }

    /** Every acknowledged write is present; no commit is torn. */
    private void check(int port, int round) throws Exception {
        var verify = JSON.readTree(send(port, "GET", "/api/v1/journal/verify", null).body());
        if (!verify.path("intact").asBoolean()) {
            torn++;
            problems.add("before round " + round + ": the journal does not verify: " + verify);
        }
        for (var e : ackedVersion.entrySet()) {
            var r = send(port, "GET", "/api/v1/items/" + e.getKey(), null);
            if (r.statusCode() != 200) {
                lost += e.getValue();
                problems.add("before round " + round + ": " + e.getKey() + " was acknowledged at version " + e.getValue() + " but answers " + r.statusCode());
                continue;
            }
            JsonNode item = JSON.readTree(r.body());
            long version = item.path("version").asLong();
            if (version < e.getValue()) {
                lost += e.getValue() - version;
                problems.add("before round " + round + ": " + e.getKey() + " is at version " + version + " but " + e.getValue() + " was acknowledged");
            }
            long entries = journalEntries(port, "item:" + e.getKey());
            if (entries != version || item.path("texts").size() != version) {
                torn++;
                problems.add("before round " + round + ": " + e.getKey() + " says version " + version + " with " + item.path("texts").size()
                        + " texts, but the journal holds " + entries + " entries for it");
            }
        }
    }

    /** Counts a subject's journal entries, following the API's RFC 8288 "next" links page by page. */
    private long journalEntries(int port, String subject) throws Exception {
        long count = 0;
        String next = "/api/v1/journal?limit=200&subject=" + subject;
        while (next != null) {
            var r = send(port, "GET", next, null);
            JsonNode page = JSON.readTree(r.body());
            if (!page.isArray()) throw new IllegalStateException("GET " + next + " answered " + r.statusCode() + ": " + r.body());
            count += page.size();
            next = r.headers().allValues("Link").stream().filter(l -> l.contains("rel=\"next\""))
                    .map(l -> l.substring(l.indexOf('<') + 1, l.indexOf('>'))).findFirst()
                    .map(u -> u.startsWith("http") ? URI.create(u).getRawPath() + "?" + URI.create(u).getRawQuery() : u).orElse(null);
        }
        return count;
    }

    private HttpResponse<String> send(int port, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- processes ---------------------------------------------------------------------------------------------------

    private Process startServer(int port) throws IOException, InterruptedException {
        Process p = java(List.of("serve", "--port", Integer.toString(port))).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("Concord is serving")) {
                Thread.ofPlatform().daemon().start(() -> { // keep draining until the kill closes the stream
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException closed) {
                        // the server was killed: nothing more to drain
                    }
                });
                return p;
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("the server did not start:\n" + seen);
    }

    private String cli(List<String> args, String stdin) throws IOException, InterruptedException {
        Process p = java(args).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("concord " + args + " failed: " + err);
        return out;
    }

    private ProcessBuilder java(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.concord.cli.Main"));
        cmd.addAll(args);
        o.db().ifPresent(url -> cmd.addAll(List.of("--db", url)));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("CONCORD_HOME", o.home().toString());
        o.dbUser().ifPresent(u -> pb.environment().put("CONCORD_DB_USER", u));
        o.dbPassword().ifPresent(pw -> pb.environment().put("CONCORD_DB_PASSWORD", pw));
        return pb;
    }

    /** kill -9 of the default store's postmaster too: the next start must run PostgreSQL's crash recovery. */
    private boolean killPostmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(o.home().resolve("postgres/postmaster.pid")).getFirst().trim());
            return ProcessHandle.of(pid).map(h -> {
                h.destroyForcibly();
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return false;
                }
                return true;
            }).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = 30, writers = 4;
        long seed = 1;
        Path home = null;
        String db = null, user = null, password = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--writers" -> writers = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--home" -> home = Path.of(args[++i]);
                case "--db" -> db = args[++i];
                case "--db-user" -> user = args[++i];
                case "--db-password" -> password = args[++i];
                default -> {
                    System.err.println("crash-test: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (home == null) home = Files.createTempDirectory("concord-crash");
        System.out.printf("crash test: %d rounds of kill -9 under %d writers on %s%n", rounds, writers, db == null ? "the default store in " + home : db);
        Report r = run(new Options(rounds, writers, home, Optional.ofNullable(db), Optional.ofNullable(user), Optional.ofNullable(password), seed,
                Duration.ofMillis(300)), System.out);
        r.problems().forEach(p -> System.out.println("  " + p));
        System.out.printf("%d rounds, %d writes acknowledged, %d lost, %d torn commits; mean start %.2f s%n",
                r.rounds(), r.acknowledged(), r.lost(), r.torn(), r.meanRestartSeconds());
        System.exit(r.clean() ? 0 : 1);
    }
}
