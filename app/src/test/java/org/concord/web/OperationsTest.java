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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Liveness, readiness, and a database outage answered with 503 and Retry-After, from which the pool recovers by itself. */
class OperationsTest {

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
