package org.concord.cli;

import org.concord.boot.Concord;
import org.concord.boot.SilenceScheduler;
import org.concord.shared.InvalidInput;
import org.concord.web.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP API (and load the built-in data into an empty database).")
final class ServeCommand implements Callable<Integer> {
    /** How long requests in flight may take to finish on SIGTERM. */
    static final java.time.Duration SHUTDOWN_BOUND = java.time.Duration.ofSeconds(10);
    @Mixin DbOptions db;
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}; use 0.0.0.0 behind a TLS proxy).")
    String host;

    @Option(names = "--demo", description = "Create demonstration accounts (chair, delegations, a partner, an analyst) with random passwords, printed once. Not for real use.")
    boolean demo;

    @Override public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, got " + port);
        checkCanListen();
        Concord concord = db.open(false);
        Optional<org.concord.register.application.RegisterService.ImportSummary> loaded;
        try {
            loaded = DbOptions.loadDefaultsIfEmpty(concord);
        } catch (RuntimeException e) {
            concord.close();
            throw e;
        }
        String what = concord.settings().dataFile().map(f -> "the register file " + f).orElse("the built-in register");
        loaded.ifPresent(s -> spec.commandLine().getOut().printf("Loaded %s: %d members, %d partners, %d missions, %d events.%n",
                what, s.members(), s.partners(), s.missions(), s.events()));
        var corrections = concord.correctBuiltInRegisterOnce();
        if (!corrections.corrected().isEmpty())
            spec.commandLine().getOut().printf("Corrected %d records of the built-in register (%s); the journal records each change.%n",
                    corrections.corrected().size(), String.join(", ", corrections.corrected()));
        if (!corrections.kept().isEmpty())
            spec.commandLine().getOut().printf("Kept %d records as they are, edited since they were loaded (%s): see data/nato-2026-corrections.yaml.%n",
                    corrections.kept().size(), String.join(", ", corrections.kept()));
        SilenceScheduler scheduler = new SilenceScheduler(concord.procedure()).start(java.time.Duration.ofSeconds(5));
        AutoCloseable webhooks = concord.webhookDispatcher(org.concord.feeds.WebhookDispatcher.httpSender()).start(java.time.Duration.ofSeconds(1));
        if (demo) DemoUsers.create(concord, spec.commandLine().getOut());
        else if (!concord.access().hasUsers())
            spec.commandLine().getOut().println("No users yet: anyone can read public records, nobody can write. Create the first administrator with\n"
                    + "  ./concord users add admin --role ADMIN --password-stdin\n(or start with --demo for demonstration accounts).");
        Server server;
        try {
            server = Server.create(concord, VersionProvider.version(), java.util.Optional.of(scheduler)).start(host, port);
        } catch (RuntimeException e) { // the address was taken since checkCanListen
            scheduler.close();
            try {
                webhooks.close();
            } catch (Exception ignored) {
                // a daemon thread: the process is ending anyway
            }
            concord.close();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), new IOException(e));
        }
        spec.commandLine().getOut().printf("Concord is serving on http://%s:%d (API docs: /api/docs; database: %s)%n",
                host, server.port(), concord.store().describe());
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (or Ctrl-C): refuse new requests, let those in flight finish within the bound, then close the store
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            int left = server.shutdown(SHUTDOWN_BOUND);
            scheduler.close();
            try {
                webhooks.close();
            } catch (Exception ignored) {
                // a daemon thread: the process is ending anyway
            }
            concord.close();
            System.err.println("Concord stopped" + (left == 0 ? "" : " (" + left + " requests were still running after " + SHUTDOWN_BOUND.toSeconds() + " s)"));
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * Refuses, before the database is opened, a host that does not resolve (a usage error) and an address that cannot be
     * bound (in use, not this machine's): one line saying so, instead of Javalin's log line and its "Port already in use"
     * for every bind failure.
     */
    private void checkCanListen() {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new InvalidInput("--host", "'" + host + "' is not an address or a known host name");
        }
        if (port == 0) return;
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty binds
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + reason.toLowerCase(java.util.Locale.ROOT)
                    + (reason.contains("in use") ? " (another server is on that port: stop it or choose another --port)" : ""), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
