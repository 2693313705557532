package org.concord.cli;

import org.concord.boot.Concord;
import org.concord.boot.SilenceScheduler;
import org.concord.web.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        checkAddressIsFree(); // before the store opens and the data loads, and without the web server's own error log
        Concord concord = db.open(false);
        java.util.Optional<org.concord.register.application.RegisterService.ImportSummary> loaded;
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
        } catch (RuntimeException e) {
            // the address was taken since the check: close what was opened (the default store's postmaster stops with
            // the last process that closes it) and say why in one line
            scheduler.close();
            try {
                webhooks.close();
            } catch (Exception ignored) {
                // nothing was sent yet
            }
            concord.close();
            throw new ServeFailed("--host/--port " + host + ":" + port + ": the web server could not start (" + Cli.oneLine(e) + ")");
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

    /** Binds the address once and lets it go: a port in use or a host that is not this machine's fails here, in one line. */
    private void checkAddressIsFree() {
        var address = new java.net.InetSocketAddress(host, port);
        if (address.isUnresolved()) throw new ServeFailed("--host " + host + ": not a known host name or address of this machine");
        if (port == 0) return;
        try (var probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true); // as the web server binds it: a port left in TIME_WAIT by a stopped server is free
            probe.bind(address);
        } catch (java.net.BindException e) {
            throw new ServeFailed("--port " + port + ": " + host + ":" + port + " is already in use or not an address of this machine ("
                    + e.getMessage() + "); stop the other server or choose another --port or --host");
        } catch (java.io.IOException | IllegalArgumentException | SecurityException e) {
            throw new ServeFailed("--host " + host + ": cannot listen there (" + Cli.oneLine(e) + ")");
        }
    }

    /** Serving could not start; the message is the whole story, said on one line with exit code 1. */
    static final class ServeFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServeFailed(String message) { super(message, null, false, false); }
    }
}
