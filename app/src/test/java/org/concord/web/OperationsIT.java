package org.concord.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.concord.boot.Concord;
import org.concord.boot.SilenceScheduler;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Liveness, readiness, and a database outage answered with 503 and Retry-After, from which the pool recovers by itself. */
class OperationsIT {

    @Test
    void health_and_ready_answer_and_are_in_the_openapi_document() {
        try (Concord c = Fixtures.loaded(Kind.H2); SilenceScheduler s = new SilenceScheduler(c.procedure()).start(Duration.ofSeconds(5));
             Server server = Server.create(c, "test", Optional.of(s)).start("127.0.0.1", 0)) {
            Http http = new Http(server.port());
            assertThat(http.get("/health").json().path("status").asText()).isEqualTo("UP");
            var ready = http.get("/ready");
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            assertThat(ready.json().path("scheduler").asText()).isEqualTo("alive");
            assertThat(ready.json().path("schemaVersion").asText()).isEqualTo(c.database().schemaVersion());
            var paths = http.get("/api/openapi.json").json().path("paths");
            assertThat(paths.has("/health")).isTrue();
            assertThat(paths.has("/ready")).isTrue();
        }
    }

    @Test
    void metrics_are_served_to_loopback_in_prometheus_form_per_route_template_never_per_concrete_path() {
        try (Concord c = Fixtures.loaded(Kind.H2); SilenceScheduler s = new SilenceScheduler(c.procedure()).start(Duration.ofSeconds(5));
             Server server = Server.create(c, "test", Optional.of(s)).start("127.0.0.1", 0)) {
            Http http = new Http(server.port());
            assertThat(http.get("/api/v1/missions/kfor").status()).isEqualTo(200);
            assertThat(http.get("/api/v1/missions/nmi").status()).isEqualTo(200);
            var m = http.get("/metrics");
            assertThat(m.status()).isEqualTo(200);
            assertThat(m.contentType()).startsWith("text/plain");
            assertThat(m.body()).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/missions/{id}\",status=\"200\"} 2")
                    .doesNotContain("/api/v1/missions/kfor").contains("concord_journal_length ").contains("concord_journal_append_seconds_count")
                    .contains("hikaricp_connections_active").contains("concord_scheduler_lag_seconds");
        }
    }

    @Test
    void every_response_echoes_a_request_id_the_clients_own_when_it_is_a_plain_token() {
        try (Concord c = Fixtures.concord(Kind.H2); Server server = Server.create(c, "test").start("127.0.0.1", 0)) {
            Http http = new Http(server.port());
            String generated = http.get("/health").header("X-Request-Id");
            assertThat(generated).matches("[0-9a-f]{16}");
            assertThat(new Http(server.port()).header("X-Request-Id", "abc-123").get("/api/v1/members/XYZ").header("X-Request-Id")).isEqualTo("abc-123");
            assertThat(new Http(server.port()).header("X-Request-Id", "not a token!").get("/health").header("X-Request-Id")).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void the_request_log_line_carries_the_request_id_in_the_configured_text_format() {
        var logging = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        var requests = logging.getLogger("org.concord.web.requests");
        var seen = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        seen.start();
        requests.addAppender(seen);
        try (Concord c = Fixtures.concord(Kind.H2); Server server = Server.create(c, "test").start("127.0.0.1", 0)) {
            new Http(server.port()).header("X-Request-Id", "abc-123").get("/api/v1/members/XYZ");
        } finally {
            requests.detachAppender(seen);
        }
        // the encoder of logback.xml's text appender, as the server's standard error gets it
        var text = (ch.qos.logback.core.OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("text");
        assertThat(text).as("the text appender of logback.xml is the root's").isNotNull();
        var line = seen.list.stream().filter(e -> e.getFormattedMessage().startsWith("GET /api/v1/members/XYZ 404"))
                .map(e -> new String(text.getEncoder().encode(e), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(line).contains(" INFO org.concord.web.requests [abc-123] - GET /api/v1/members/XYZ 404 ");
        // a line written outside a request has no empty brackets and no stray characters of the pattern
        var outside = new ch.qos.logback.classic.spi.LoggingEvent("test", requests, ch.qos.logback.classic.Level.WARN, "outside", null, null);
        assertThat(new String(text.getEncoder().encode(outside), java.nio.charset.StandardCharsets.UTF_8)).endsWith(" WARN org.concord.web.requests - outside" + System.lineSeparator());
    }

    @Test
    void a_request_jetty_cannot_read_is_answered_with_a_problem_document_not_an_html_page() throws Exception {
        try (Concord c = Fixtures.concord(Kind.H2); Server server = Server.create(c, "test").start("127.0.0.1", 0)) {
            // raw requests: an HTTP client refuses to send these URIs at all
            for (String target : List.of("/api/v1/items/%00", "/api/v1/items/%zz", "/static/..;/x", "/items/%00")) {
                String answer = raw(server.port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                String head = answer.substring(0, answer.indexOf("\r\n\r\n")), body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
                assertThat(head).as(target).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Content-Type: application/problem+json");
                var problem = org.concord.json.Json.mapper().readTree(body);
                assertThat(problem.path("status").asInt()).as(target).isEqualTo(400);
                assertThat(problem.path("type").asText()).isEqualTo("https://concord.invalid/problems/unreadable-request");
                assertThat(problem.path("detail").asText()).startsWith("the server could not read the request: ");
            }
        }
    }

    private static String raw(int port, String request) throws java.io.IOException {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_shutdown_lets_a_request_in_flight_finish_and_refuses_new_ones_with_503() throws Exception {
        try (Concord c = Fixtures.loaded(Kind.H2)) {
            String analyst = Fixtures.token(c, "analyst-s", org.concord.shared.Role.ANALYST, null, "NATO SECRET");
            Server server = Server.create(c, "test").start("127.0.0.1", 0);
            Http http = Http.withToken(server.port(), analyst);
            assertThat(http.get("/health").status()).isEqualTo(200); // reads the OpenAPI document its checks use, before the drain
            java.util.concurrent.CompletableFuture<Http.Response> inFlight = null;
            for (int attempt = 0; attempt < 50 && inFlight == null; attempt++) {
                var f = java.util.concurrent.CompletableFuture.supplyAsync(() -> http.post("/api/v1/forecasts", """
                        {"issue":"nmi-end","runs":5000,"seed":42,"model":"win-set"}"""));
                while (!f.isDone() && server.inFlight() == 0) Thread.onSpinWait();
                if (!f.isDone()) inFlight = f;
            }
            assertThat(inFlight).as("a forecast request was seen in flight").isNotNull();
            Http other = new Http(server.port());
            assertThat(other.get("/health").status()).isEqualTo(200); // reads the OpenAPI document its checks use, before the drain
            var stopping = java.util.concurrent.CompletableFuture.supplyAsync(() -> server.shutdown(Duration.ofSeconds(60)));
            while (!server.draining()) Thread.onSpinWait();
            if (!inFlight.isDone()) {
                var refused = other.get("/api/v1/members");
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isEqualTo("5");
            }
            assertThat(stopping.get()).as("requests left running").isZero();
            assertThat(inFlight.get().status()).as(inFlight.get().body()).isEqualTo(201);
        }
    }

    @Test
    void a_stopped_postgresql_answers_503_with_retry_after_and_the_pool_recovers_when_it_is_back(@TempDir Path data) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on").start();
        int port = pg.getPort();
        String url = pg.getJdbcUrl("postgres", "postgres");
        try (Concord c = Fixtures.on(url, Kind.POSTGRES, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))) {
            c.loadDefaultsIfEmpty();
            String chair = Fixtures.token(c, "chair", org.concord.shared.Role.CHAIR, null, "NATO SECRET");
            try (Server server = Server.create(c, "test").start("127.0.0.1", 0)) {
                Http http = Http.withToken(server.port(), chair);
                assertThat(http.get("/api/v1/members").status()).isEqualTo(200);

                pg.close(); // the database goes away under the running server
                var write = http.post("/api/v1/items", """
                        {"id":"during-outage","proposer":"CHAIR","subject":"S","text":"T","effect":{"type":"ADOPT_STATEMENT","text":"T"}}""");
                assertThat(write.status()).as(write.body()).isEqualTo(503);
                assertThat(write.header("Retry-After")).isEqualTo("5");
                assertThat(write.contentType()).startsWith("application/problem+json");
                assertThat(write.json().path("detail").asText()).contains("database");
                var read = http.get("/api/v1/members");
                assertThat(read.status()).isEqualTo(503);
                var ready = http.get("/ready");
                assertThat(ready.status()).isEqualTo(503);
                assertThat(ready.header("Retry-After")).isEqualTo("5");
                assertThat(http.get("/health").status()).isEqualTo(200);

                pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
                var back = http.get("/ready");
                for (int attempt = 0; attempt < 40 && back.status() != 200; attempt++) { // a connection broken by the outage may fail once more
                    Thread.sleep(250);
                    back = http.get("/ready");
                }
                assertThat(back.status()).as(back.body()).isEqualTo(200);
                assertThat(http.get("/api/v1/members").status()).isEqualTo(200);
                var after = http.post("/api/v1/items", """
                        {"id":"after-outage","proposer":"CHAIR","subject":"S","text":"T","effect":{"type":"ADOPT_STATEMENT","text":"T"}}""");
                assertThat(after.status()).as(after.body()).isEqualTo(201);
            }
        } finally {
            pg.close();
        }
    }
}
