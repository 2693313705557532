package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.boot.Concord;
import org.concord.boot.SilenceScheduler;

import java.util.List;
import java.util.Optional;

/** Operations: liveness and readiness, for a supervisor or a load balancer. */
final class OpsApi {
    /** Seconds a client should wait before retrying when the store is unavailable. */
    static final int RETRY_AFTER_SECONDS = 5;
    private final Concord concord;
    private final Optional<SilenceScheduler> scheduler;
    private final Principals principals;

    OpsApi(Concord concord, Optional<SilenceScheduler> scheduler, Principals principals) {
        this.concord = concord;
        this.scheduler = scheduler;
        this.principals = principals;
        var metrics = concord.store().metrics();
        io.micrometer.core.instrument.Gauge.builder("concord.journal.length", concord, OpsApi::journalLength)
                .description("entries in the journal (its head's sequence number)").register(metrics);
        scheduler.ifPresent(s -> io.micrometer.core.instrument.Gauge.builder("concord.scheduler.lag.seconds", s, x -> x.lag().toMillis() / 1000.0)
                .description("how late the silence scheduler's next pass is beyond its period").register(metrics));
    }

    private static double journalLength(Concord c) {
        return c.store().journalLength();
    }

    /** Liveness: the process serves HTTP; says which kind of database it runs on. */
    record Health(String status, String database) {}

    /** Readiness: the database answers and is migrated, and the silence scheduler (where it runs) is alive. */
    record Readiness(String status, String database, String schemaVersion, String scheduler, List<String> problems) {}

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/health", "health", "operations", "Liveness: the process serves HTTP (it does not touch the database)",
                        List.of(), null, Health.class, false, 200, this::health),
                new Route(HandlerType.GET, "/ready", "ready", "operations",
                        "Readiness: the database answers and is migrated, the silence scheduler is alive; 503 with Retry-After and the reasons otherwise",
                        List.of(), null, Readiness.class, false, 200, this::ready),
                new Route(HandlerType.GET, "/metrics", "metrics", "operations",
                        "Prometheus metrics (text format): requests per route template, journal length and append latency, pool usage, scheduler lag; "
                                + "served to an ADMIN token or the loopback address only",
                        List.of(), null, String.class, false, 200, this::metrics));
    }

    private void metrics(Context ctx) {
        String from = ctx.req().getRemoteAddr();
        boolean loopback;
        try {
            loopback = java.net.InetAddress.getByName(from).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            loopback = false;
        }
        if (!loopback && principals.of(ctx).role() != org.concord.shared.Role.ADMIN) { // like a hidden record: not even its existence
            Problems.write(ctx, 404, "not-found", "Not found", "no route for GET /metrics", List.of());
            return;
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(concord.store().metrics().scrape());
    }

    private void health(Context ctx) {
        ctx.json(new Health("UP", concord.store().kind()));
    }

    private void ready(Context ctx) {
        var problems = new java.util.ArrayList<String>();
        concord.store().unready().ifPresent(problems::add);
        String schedulerState = scheduler.map(s -> s.alive() ? "alive" : "stalled").orElse("not running in this process");
        if (schedulerState.equals("stalled")) problems.add("the silence scheduler has not run for " + scheduler.get().lag().toSeconds() + " s beyond its period");
        if (!problems.isEmpty()) ctx.status(503).header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        ctx.json(new Readiness(problems.isEmpty() ? "READY" : "NOT_READY", concord.store().kind(), concord.store().schemaVersion(),
                schedulerState, problems));
    }
}
