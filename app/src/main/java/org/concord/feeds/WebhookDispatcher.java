package org.concord.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.concord.access.AccessService;
import org.concord.access.model.User;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalService;
import org.concord.shared.Forbidden;
import org.concord.shared.Principal;
import org.concord.shared.tx.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers journal events to webhooks. Each pass queues the events each enabled webhook has not considered yet and its
 * owner may see, then sends the deliveries that are due: a JSON body signed with HMAC-SHA256 under the webhook's
 * secret ({@code X-Concord-Signature: sha256=<hex>}), retried with exponential back-off (1 s, 2 s, 4 s, ...) up to
 * {@value #MAX_ATTEMPTS} attempts, every attempt written to the delivery log. The owner's visibility and the target
 * address are checked again before each attempt. Several processes may run it on one database: a webhook's queue
 * position and each attempt are claimed by compare-and-set, so an event is sent once per attempt.
 */
public final class WebhookDispatcher {
    static final int MAX_ATTEMPTS = 6;
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** Sends one POST; answers the HTTP status. */
    public interface Sender {
        int post(String url, String body, Map<String, String> headers) throws Exception;
    }

    private final Transactions tx;
    private final AccessService access;
    private final JournalService journal;
    private final FeedService feeds;
    private final Sender sender;
    private final Clock clock;
    private final ObjectMapper json;

    public WebhookDispatcher(Transactions tx, AccessService access, JournalService journal, FeedService feeds, Sender sender, Clock clock, ObjectMapper json) {
        this.tx = tx;
        this.access = access;
        this.journal = journal;
        this.feeds = feeds;
        this.sender = sender;
        this.clock = clock;
        this.json = json;
    }

    /**
     * A sender over the JDK's HTTP client: 10 s to connect and to answer, and no redirect is followed (a redirect could
     * lead to an address the target check refused).
     */
    public static Sender httpSender() {
        // built at the first delivery, not at start-up: an HTTP client (with its TLS set-up) costs a restart time for
        // nothing while no webhook is registered
        var holder = new java.util.concurrent.atomic.AtomicReference<java.net.http.HttpClient>();
        return (url, body, headers) -> {
            var client = holder.updateAndGet(c -> c != null ? c : java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build());
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(10))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        };
    }

    /** Runs a pass now and then every {@code period} on a daemon thread, until the returned handle is closed. */
    public AutoCloseable start(Duration period) {
        var executor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "concord-webhooks");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::runOnce, 0, period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return executor::shutdownNow;
    }

    /** One pass: queue new events, then send what is due. Never throws: a failure is logged and retried next pass. */
    public void runOnce() {
        try {
            for (Webhook w : tx.read(t -> t.repository(Webhooks.class).enabled())) queue(w);
            for (Delivery d : tx.read(t -> t.repository(Webhooks.class).due(clock.instant(), 100))) attempt(d);
        } catch (RuntimeException e) {
            LOG.error("webhook delivery pass failed; will retry", e);
        }
    }

    private Optional<Principal> owner(Webhook w) { return access.activeUser(w.owner()).map(User::principal); }

    private void queue(Webhook w) {
        List<JournalEntry> fresh = journal.list(Principal.system(), Optional.empty(), Optional.empty(), w.lastSeq(), 200);
        if (fresh.isEmpty()) return;
        Optional<Principal> owner = owner(w);
        Instant now = clock.instant();
        tx.inTransaction(t -> {
            Webhooks hooks = t.repository(Webhooks.class);
            if (!hooks.advance(w.id(), w.lastSeq(), fresh.get(fresh.size() - 1).seq())) return null;
            for (JournalEntry e : fresh)
                if (w.wants(e.type()) && owner.isPresent() && visible(owner.get(), e.seq())) hooks.queue(w.id(), e.seq(), e.type(), now);
            return null;
        });
    }

    private boolean visible(Principal owner, long seq) {
        try {
            return journal.entry(owner, seq).isPresent();
        } catch (Forbidden mayNotReadTheJournal) {
            return false;
        }
    }

    private void attempt(Delivery d) {
        Instant now = clock.instant();
        if (!tx.inTransaction(t -> t.repository(Webhooks.class).claim(d, now.plus(LEASE)))) return;
        Webhook w = tx.read(t -> t.repository(Webhooks.class).byId(d.webhook())).orElseThrow();
        Optional<Principal> owner = owner(w);
        if (!w.enabled()) {
            finish(d, Delivery.Status.FAILED, Optional.empty(), "the webhook was disabled", now);
            return;
        }
        if (owner.isEmpty()) {
            finish(d, Delivery.Status.FAILED, Optional.empty(), "the owner " + w.owner() + " is disabled or gone", now);
            return;
        }
        Optional<JournalEntry> entry = visibleEntry(owner.get(), d.seq());
        if (entry.isEmpty()) {
            finish(d, Delivery.Status.FAILED, Optional.empty(), "the event is no longer visible to the owner", now);
            return;
        }
        Optional<String> refused = Targets.refusal(w.url(), feeds::allowed);
        if (refused.isPresent()) {
            finish(d, Delivery.Status.FAILED, Optional.empty(), refused.get(), now);
            return;
        }
        String body = body(w, d, entry.get());
        int status;
        try {
            status = sender.post(w.url(), body, Map.of("Content-Type", "application/json",
                    "X-Concord-Event", d.event(), "X-Concord-Delivery", Long.toString(d.id()),
                    "X-Concord-Signature", "sha256=" + hmac(w.secret(), body)));
        } catch (Exception e) {
            retry(d, Optional.empty(), e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), now);
            return;
        }
        if (status >= 200 && status < 300) finish(d, Delivery.Status.DELIVERED, Optional.of(status), null, now);
        else retry(d, Optional.of(status), "the receiver answered " + status, now);
    }

    private Optional<JournalEntry> visibleEntry(Principal owner, long seq) {
        try {
            return journal.entry(owner, seq);
        } catch (Forbidden mayNotReadTheJournal) {
            return Optional.empty();
        }
    }

    private void retry(Delivery d, Optional<Integer> status, String error, Instant now) {
        int attempts = d.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            finish(d, Delivery.Status.FAILED, status, error + " (gave up after " + attempts + " attempts)", now);
            return;
        }
        Instant next = now.plusSeconds(1L << (attempts - 1));
        update(new Delivery(d.id(), d.webhook(), d.seq(), d.event(), attempts, Delivery.Status.PENDING, status, Optional.of(truncate(error)), now, Optional.of(next)));
    }

    private void finish(Delivery d, Delivery.Status status, Optional<Integer> http, String error, Instant now) {
        int attempts = d.attempts() + (http.isPresent() || status == Delivery.Status.DELIVERED ? 1 : 0);
        update(new Delivery(d.id(), d.webhook(), d.seq(), d.event(), attempts, status, http, Optional.ofNullable(error).map(WebhookDispatcher::truncate), now, Optional.empty()));
    }

    private void update(Delivery d) {
        tx.inTransaction(t -> {
            t.repository(Webhooks.class).update(d);
            return null;
        });
    }

    private String body(Webhook w, Delivery d, JournalEntry e) {
        ObjectNode n = json.createObjectNode();
        n.put("delivery", d.id());
        n.put("webhook", w.id());
        n.put("seq", e.seq());
        n.put("at", e.at().toString());
        n.put("actor", e.actor());
        n.put("type", e.type());
        n.put("subject", e.subject());
        try {
            n.set("payload", json.readTree(e.payload()));
        } catch (java.io.IOException notJson) {
            n.put("payload", e.payload());
        }
        n.put("hash", e.hash());
        return n.toString();
    }

    /** HMAC-SHA256 of {@code body} under {@code secret}, in lower-case hex. */
    public static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s) { return s.length() > 1000 ? s.substring(0, 1000) : s; }
}
