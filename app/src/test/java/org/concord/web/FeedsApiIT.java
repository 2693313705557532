package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.concord.boot.Concord;
import org.concord.feeds.WebhookDispatcher;
import org.concord.shared.Role;
import org.concord.json.Json;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar and Atom feeds, feed tokens, and webhooks delivered to a loopback receiver. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the allow-list is shared: the refusal is seen before any test allows 127.0.0.1
class FeedsApiIT {
    Concord concord;
    Server server;
    MutableClock clock = new MutableClock(Fixtures.NOW);
    Http anonymous;
    Http chair;
    Http deu;
    Http admin;
    HttpServer receiver;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    final AtomicInteger failuresToGive = new AtomicInteger();

    record Received(String body, String signature, String event) {}

    @BeforeAll
    void start() throws Exception {
        concord = Fixtures.loaded(TestDatabases.Kind.H2, clock);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        anonymous = new Http(server.port());
        chair = Http.withToken(server.port(), Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET"));
        deu = Http.withToken(server.port(), Fixtures.token(concord, "deu", Role.DELEGATION, "DEU", "NATO SECRET"));
        admin = Http.withToken(server.port(), Fixtures.token(concord, "root", Role.ADMIN, null, "NATO SECRET"));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresToGive.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            if (status == 204) received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Concord-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Concord-Event")));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    void stop() {
        receiver.stop(0);
        server.close();
        concord.close();
    }

    long version(String item) { return chair.get("/api/v1/items/" + item).json().path("version").asLong(); }

    void openSilence(String item, String deadline) {
        var r = chair.post("/api/v1/items/" + item + "/silence", "{\"deadline\":\"" + deadline + "\",\"version\":" + version(item) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    static List<VEvent> events(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        return cal.getComponents("VEVENT");
    }

    static DocumentBuilderFactory namespaceAware() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f;
    }

    static String summary(VEvent e) { return e.getSummary().getValue(); }

    @Test
    void the_public_calendar_imports_and_shows_the_ankara_summit_and_a_silence_deadline() throws Exception {
        openSilence("public-forum-2026-cancellation", "2026-12-01T12:00:00Z");
        var r = anonymous.get("/api/v1/calendar.ics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/calendar");
        List<VEvent> events = events(r.body());
        VEvent ankara = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals("event-summit-2026-ankara@concord")).findFirst().orElseThrow();
        assertThat(summary(ankara)).isEqualTo("NATO Summit, Ankara 2026");
        assertThat(ankara.getDateTimeStart().getValue()).isEqualTo("20260707");
        VEvent deadline = events.stream().filter(e -> e.getUid().orElseThrow().getValue().startsWith("silence-public-forum-2026-cancellation-")).findFirst().orElseThrow();
        assertThat(summary(deadline)).startsWith("Silence deadline: ");
        assertThat(deadline.getDateTimeStart().getValue()).isEqualTo("20261201T120000Z");
        assertThat(deadline.getDescription().getValue()).contains("public-forum-2026-cancellation", "RUNNING");
    }

    @Test
    void a_feed_token_reads_the_owners_feed_until_it_is_revoked_and_anonymous_readers_get_only_the_public_one() throws Exception {
        var raised = chair.post("/api/v1/items", """
                {"id":"secret-statement-2026","body":"nac","level":"AMBASSADORS","proposer":"CHAIR","subject":"A classified statement",
                 "text":"The Council agrees a statement.","effect":{"type":"ADOPT_STATEMENT","text":"A statement."},"classification":"NATO SECRET"}""");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        openSilence("secret-statement-2026", "2026-12-02T12:00:00Z");
        assertThat(anonymous.get("/api/v1/calendar.ics").body()).doesNotContain("A classified statement");

        var created = chair.post("/api/v1/feed-tokens", "{\"note\":\"Thunderbird\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().path("token").asText();
        assertThat(created.json().path("calendar").asText()).isEqualTo("/api/v1/calendar.ics?token=" + token);
        var personal = new Http(server.port()).get("/api/v1/calendar.ics?token=" + token);
        assertThat(personal.status()).isEqualTo(200);
        assertThat(events(personal.body())).anyMatch(e -> summary(e).equals("Silence deadline: A classified statement"));

        var atom = new Http(server.port()).get("/api/v1/journal.atom?token=" + token);
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        var doc = namespaceAware().newDocumentBuilder().parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(atom.body()).contains("SilenceOpened item:secret-statement-2026");
        assertThat(anonymous.get("/api/v1/journal.atom").body()).contains("<feed").doesNotContain("item:secret-statement-2026");

        // a feed token is read-only: it is no bearer token, and it opens nothing but the feeds
        assertThat(Http.withToken(server.port(), token).get("/api/v1/items").status()).isEqualTo(401);
        assertThat(new Http(server.port()).get("/api/v1/items?token=" + token).status()).isEqualTo(400);

        String id = created.json().path("id").asText();
        assertThat(chair.delete("/api/v1/feed-tokens/" + id).json().path("revoked").asBoolean()).isTrue();
        assertThat(new Http(server.port()).get("/api/v1/calendar.ics?token=" + token).status()).isEqualTo(401);
        assertThat(new Http(server.port()).get("/api/v1/calendar.ics?token=cft_bogus").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/feed-tokens", "{}").status()).isEqualTo(401);
    }

    @Test
    @Order(1)
    void a_webhook_to_a_loopback_address_is_refused_until_an_admin_allow_lists_it_then_gets_a_signed_delivery_when_silence_is_broken() throws Exception {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        String secret = "delegation-desk-shared-secret";
        String body = "{\"url\":\"" + url + "\",\"secret\":\"" + secret + "\",\"events\":[\"SilenceBroken\"]}";
        var refused = deu.post("/api/v1/webhooks", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("violations").get(0).path("field").asText()).isEqualTo("url");
        assertThat(refused.json().path("violations").get(0).path("reason").asText()).contains("loopback");
        assertThat(deu.put("/api/v1/webhook-hosts/127.0.0.1", "").status()).isEqualTo(403);
        assertThat(admin.put("/api/v1/webhook-hosts/127.0.0.1", "").status()).isEqualTo(200);
        var registered = deu.post("/api/v1/webhooks", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain(secret);
        long hook = registered.json().path("id").asLong();

        openSilence("kfor-reduction-2026", "2026-12-01T12:00:00Z");
        AutoCloseable dispatcher = concord.webhookDispatcher(WebhookDispatcher.httpSender()).start(Duration.ofMillis(200));
        try {
            var broken = deu.post("/api/v1/items/kfor-reduction-2026/silence/breaks/DEU",
                    "{\"act\":\"LETTER\",\"reference\":\"DEU/2026/117\",\"version\":" + version("kfor-reduction-2026") + "}");
            assertThat(broken.status()).as(broken.body()).isEqualTo(200);
            Received got = received.poll(60, TimeUnit.SECONDS);
            assertThat(got).as("a delivery within a minute").isNotNull();
            assertThat(got.signature()).isEqualTo("sha256=" + WebhookDispatcher.hmac(secret, got.body()));
            assertThat(got.event()).isEqualTo("SilenceBroken");
            JsonNode event = Json.mapper().readTree(got.body());
            assertThat(event.path("type").asText()).isEqualTo("SilenceBroken");
            assertThat(event.path("subject").asText()).isEqualTo("item:kfor-reduction-2026");
            assertThat(event.path("payload").path("member").asText()).isEqualTo("DEU");
            // the receiver answers before the dispatcher writes the outcome: wait for the log to say it
            for (int i = 0; i < 300 && deu.get("/api/v1/webhooks/" + hook + "/deliveries").json().get(0).path("status").asText().equals("PENDING"); i++)
                Thread.sleep(100);
        } finally {
            dispatcher.close();
        }
        var log = deu.get("/api/v1/webhooks/" + hook + "/deliveries").json();
        assertThat(log.get(0).path("status").asText()).isEqualTo("DELIVERED");
        assertThat(log.get(0).path("httpStatus").asInt()).isEqualTo(204);
        assertThat(chair.get("/api/v1/webhooks/" + hook + "/deliveries").status()).isEqualTo(404);
        assertThat(deu.delete("/api/v1/webhooks/" + hook).json().path("enabled").asBoolean()).isFalse();
    }

    @Test
    @Order(2)
    void a_failed_delivery_is_retried_with_back_off_and_logged() throws Exception {
        admin.put("/api/v1/webhook-hosts/127.0.0.1", "");
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        var registered = chair.post("/api/v1/webhooks", "{\"url\":\"" + url + "\",\"secret\":\"chair-desk-shared-secret\",\"events\":[\"SilenceOpened\"]}");
        long hook = registered.json().path("id").asLong();
        WebhookDispatcher dispatcher = concord.webhookDispatcher(WebhookDispatcher.httpSender());
        failuresToGive.set(2);
        received.clear();
        openSilence("nmi-termination-2026", "2026-12-03T12:00:00Z");
        dispatcher.runOnce();
        var first = chair.get("/api/v1/webhooks/" + hook + "/deliveries").json().get(0);
        assertThat(first.path("status").asText()).isEqualTo("PENDING");
        assertThat(first.path("attempts").asInt()).isEqualTo(1);
        assertThat(first.path("httpStatus").asInt()).isEqualTo(500);
        assertThat(first.path("nextAt").asText()).isEqualTo(clock.instant().plusSeconds(1).toString());
        dispatcher.runOnce(); // not due yet: nothing is sent
        assertThat(chair.get("/api/v1/webhooks/" + hook + "/deliveries").json().get(0).path("attempts").asInt()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        dispatcher.runOnce();
        var second = chair.get("/api/v1/webhooks/" + hook + "/deliveries").json().get(0);
        assertThat(second.path("status").asText()).as(second.toString()).isEqualTo("PENDING");
        assertThat(second.path("attempts").asInt()).isEqualTo(2);
        assertThat(second.path("nextAt").asText()).isEqualTo(clock.instant().plusSeconds(2).toString());
        clock.advance(Duration.ofSeconds(2));
        dispatcher.runOnce();
        var third = chair.get("/api/v1/webhooks/" + hook + "/deliveries").json().get(0);
        assertThat(third.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(third.path("attempts").asInt()).isEqualTo(3);
        assertThat(received).hasSize(1);
        chair.delete("/api/v1/webhooks/" + hook);
    }
}
