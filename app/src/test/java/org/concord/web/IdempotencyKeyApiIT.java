package org.concord.web;

import org.concord.boot.Concord;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key on creating POSTs: a retry creates nothing twice, and no one is handed another user's answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyKeyApiIT {
    static final String ITEM = """
            {"proposer":"CHAIR","subject":"Statement %s","text":"The Council states.","effect":{"type":"ADOPT_STATEMENT","text":"The Council states."}}""";

    record Running(Concord concord, Server server, String chairToken, String otherToken) {
        Http chair() { return Http.withToken(server.port(), chairToken); }

        Http otherChair() { return Http.withToken(server.port(), otherToken); }
    }

    Running start(TestDatabases.Kind kind) {
        Concord concord = Fixtures.loaded(kind);
        Server server = Server.create(concord, "test").start("127.0.0.1", 0);
        return new Running(concord, server, Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET"),
                Fixtures.token(concord, "chair2", Role.CHAIR, null, "NATO SECRET"));
    }

    long items(Concord c) { return c.procedure().list(Fixtures.ADMIN, Optional.empty()).size(); }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_retried_create_with_the_same_key_creates_once_and_answers_the_same(TestDatabases.Kind kind) {
        Running r = start(kind);
        try {
            long before = items(r.concord());
            var first = r.chair().header("Idempotency-Key", "k-1").post("/api/v1/items", ITEM.formatted("one"));
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            var again = r.chair().header("Idempotency-Key", "k-1").post("/api/v1/items", ITEM.formatted("one"));
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(items(r.concord())).isEqualTo(before + 1);

            // the same key with another body is refused, and creates nothing
            var other = r.chair().header("Idempotency-Key", "k-1").post("/api/v1/items", ITEM.formatted("two"));
            assertThat(other.status()).isEqualTo(409);
            assertThat(other.body()).contains("Idempotency-Key");
            assertThat(items(r.concord())).isEqualTo(before + 1);

            // another principal's key of the same name is its own: it creates, and never sees the first answer
            var theirs = r.otherChair().header("Idempotency-Key", "k-1").post("/api/v1/items", ITEM.formatted("one"));
            assertThat(theirs.status()).isEqualTo(201);
            assertThat(theirs.body()).isNotEqualTo(first.body());
            assertThat(theirs.header("Idempotent-Replayed")).isNull();
            assertThat(items(r.concord())).isEqualTo(before + 2);

            // without a key every POST creates
            r.chair().post("/api/v1/items", ITEM.formatted("three"));
            r.chair().post("/api/v1/items", ITEM.formatted("three"));
            assertThat(items(r.concord())).isEqualTo(before + 4);
        } finally {
            r.server().close();
            r.concord().close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_refused_request_keeps_nothing_so_its_corrected_retry_runs(TestDatabases.Kind kind) {
        Running r = start(kind);
        try {
            long before = items(r.concord());
            var bad = r.chair().header("Idempotency-Key", "k-2").post("/api/v1/items", "{\"proposer\":\"CHAIR\"}");
            assertThat(bad.status()).isEqualTo(400);
            var same = r.chair().header("Idempotency-Key", "k-2").post("/api/v1/items", "{\"proposer\":\"CHAIR\"}");
            assertThat(same.status()).as("a refusal is not replayed: the request runs again").isEqualTo(400);
            var badKey = r.chair().header("Idempotency-Key", "bad key with spaces").post("/api/v1/items", ITEM.formatted("x"));
            assertThat(badKey.status()).isEqualTo(400);
            assertThat(badKey.body()).contains("Idempotency-Key");
            assertThat(items(r.concord())).isEqualTo(before);
        } finally {
            r.server().close();
            r.concord().close();
        }
    }
}
