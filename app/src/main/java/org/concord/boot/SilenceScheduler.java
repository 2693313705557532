package org.concord.boot;

import org.concord.procedure.application.ProcedureService;
import org.concord.shared.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes silence procedures at their deadlines. It runs at start, so an item whose deadline passed while Concord was
 * down is closed (at its deadline, R3d) as soon as Concord is back, and then at a fixed period. Each item is closed
 * exactly once even when several Concord processes share a database: the service locks the item's row and the
 * model refuses a second close.
 */
public final class SilenceScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SilenceScheduler.class);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "concord-silence-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final ProcedureService procedure;
    private volatile long lastPassNanos = System.nanoTime();
    private volatile Duration period = Duration.ZERO;

    public SilenceScheduler(ProcedureService procedure) { this.procedure = procedure; }

    /** Runs one pass now, then every {@code period}. */
    public SilenceScheduler start(Duration period) {
        this.period = period;
        this.lastPassNanos = System.nanoTime();
        executor.scheduleWithFixedDelay(this::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** How late the next pass is beyond its period (zero when on time): the scheduler's lag. */
    public Duration lag() {
        Duration since = Duration.ofNanos(System.nanoTime() - lastPassNanos);
        return since.compareTo(period) > 0 ? since.minus(period) : Duration.ZERO;
    }

    /** Alive: started, not closed, and a pass began within three periods (a pass that fails still counts: it retries). */
    public boolean alive() {
        return !executor.isShutdown() && !period.isZero() && Duration.ofNanos(System.nanoTime() - lastPassNanos).compareTo(period.multipliedBy(3).plusSeconds(5)) < 0;
    }

    /** One pass: closes every silence procedure that is due. */
    public void runOnce() {
        lastPassNanos = System.nanoTime();
        try {
            var closed = procedure.closeDueSilences(Principal.system());
            closed.forEach(v -> LOG.info("silence procedure on {} closed: {}", v.id(), v.status()));
        } catch (RuntimeException e) {
            var unavailable = org.concord.store.Database.unavailability(e);
            if (unavailable.isPresent()) LOG.warn("closing due silence procedures waits for the store: {}", unavailable.get());
            else LOG.error("closing due silence procedures failed; will retry", e);
        }
    }

    @Override public void close() { executor.shutdownNow(); }
}
