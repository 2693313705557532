package org.concord.access;

import org.concord.access.model.AnonymousRefusals;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.ClientAddress;
import org.concord.shared.tx.Tx;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Anonymous refusals (401s, 404s, throttled sign-ins), counted per client address and window and journaled as one
 * {@link AuditEvent.AnonymousRefusals} entry per address and window once the window is over, so that anonymous traffic
 * cannot grow the journal without bound. Works in the caller's transaction.
 */
final class AnonymousRefusalLog {
    private final AuditLog auditLog;
    private final Duration window;

    AnonymousRefusalLog(AuditLog auditLog, Duration window) {
        this.auditLog = auditLog;
        this.window = window;
    }

    /** Counts a refusal of {@code kind} for {@code address} in its current window, and journals the windows that are over. */
    void count(Tx t, Optional<String> address, AnonymousRefusals.Kind kind, Instant now) {
        ClientAddress from;
        try {
            from = ClientAddress.of(address.orElse("unknown"));
        } catch (IllegalArgumentException e) {
            from = ClientAddress.of("unreadable");
        }
        Instant start = windowOf(now);
        t.repository(AnonymousRefusals.class).count(from, start, kind, now);
        journalClosed(t, now);
    }

    /** Journals (and forgets) the counts of every window that started before the one holding {@code now}. */
    void journalClosed(Tx t, Instant now) {
        AnonymousRefusals counts = t.repository(AnonymousRefusals.class);
        for (AnonymousRefusals.Window win : counts.startedBefore(windowOf(now), 100)) {
            auditLog.record(t, new AuditEvent.AnonymousRefusals(AccessService.ANONYMOUS.user(), Optional.of(win.address()), win.last(),
                    win.start(), win.start().plus(window), win.unauthenticated(), win.notFound(), win.throttled(), win.first(), win.last()));
            counts.remove(win.address(), win.start());
        }
    }

    private Instant windowOf(Instant now) {
        long w = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), w) * w);
    }
}
