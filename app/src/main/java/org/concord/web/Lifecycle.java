package org.concord.web;

import io.javalin.http.Context;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Per request: a request id (the client's {@code X-Request-Id} when it is a plain token, else a random one), echoed in
 * the response header and put in the logging context as {@code requestId}; a count of requests in flight; and, once
 * draining for a shutdown, a 503 for every new request.
 */
final class Lifecycle {
    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String COUNTED = "concord.inFlight";
    private static final String STARTED = "concord.started";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("org.concord.web.requests");
    private final AtomicInteger inFlight = new AtomicInteger();
    private final io.micrometer.core.instrument.MeterRegistry metrics;
    private final java.util.Map<String, io.micrometer.core.instrument.Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean draining;

    Lifecycle(io.micrometer.core.instrument.MeterRegistry metrics) { this.metrics = metrics; }

    void before(Context ctx) {
        String given = ctx.header(REQUEST_ID);
        String id = given != null && CLIENT_ID.matcher(given).matches() ? given : HexFormat.of().toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextLong());
        ctx.header(REQUEST_ID, id);
        MDC.put("requestId", id);
        if (draining) {
            ctx.header("Connection", "close");
            ctx.header("Retry-After", Integer.toString(OpsApi.RETRY_AFTER_SECONDS));
            Problems.write(ctx, 503, "shutting-down", "Shutting down", "the server is stopping; retry later", List.of());
            ctx.skipRemainingHandlers();
            return;
        }
        inFlight.incrementAndGet();
        ctx.attribute(COUNTED, Boolean.TRUE);
        ctx.attribute(STARTED, System.nanoTime());
    }

    void after(Context ctx) {
        if (ctx.attribute(COUNTED) != null) {
            ctx.attribute(COUNTED, null);
            inFlight.decrementAndGet();
            Long started = ctx.attribute(STARTED);
            // the route template, never the concrete path: ids stay out of the metric names and their cardinality bounded
            var endpoint = ctx.endpoints().lastHttpEndpoint();
            String method = ctx.method().name(), route = endpoint == null ? "unmatched" : endpoint.path;
            int status = ctx.statusCode();
            timers.computeIfAbsent(method + ' ' + route + ' ' + status, k -> io.micrometer.core.instrument.Timer.builder("http.server.requests")
                    .description("HTTP requests by route template").tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                    .register(metrics)).record(System.nanoTime() - (started == null ? System.nanoTime() : started), java.util.concurrent.TimeUnit.NANOSECONDS);
            LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), started == null ? 0 : (System.nanoTime() - started) / 1_000_000);
        }
        MDC.remove("requestId");
    }

    int inFlight() { return inFlight.get(); }

    boolean draining() { return draining; }

    /** Refuses new requests and waits up to {@code bound} for those in flight; returns how many are left. */
    int drain(Duration bound) {
        draining = true;
        long deadline = System.nanoTime() + bound.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            Thread.sleep(250); // the last handlers have returned; let their responses leave before the connectors close
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return inFlight.get();
    }
}
