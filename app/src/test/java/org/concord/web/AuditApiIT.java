package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.access.AccessService;
import org.concord.boot.Concord;
import org.concord.journal.JournalEntry;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit that is complete and bounded (issue 8, section 5), against a real server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiIT {
    final MutableClock clock = new MutableClock(Fixtures.NOW);
    Concord concord;
    Server server;
    Http chair, reader, admin, anonymous;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2, clock);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        chair = Http.withToken(server.port(), Fixtures.token(concord, "chair-secret", Role.CHAIR, null, "NATO SECRET"));
        reader = Http.withToken(server.port(), Fixtures.token(concord, "reader-low", Role.READER, null, "NATO UNCLASSIFIED"));
        admin = Http.withToken(server.port(), Fixtures.token(concord, "admin1", Role.ADMIN, null, "NATO SECRET"));
        anonymous = new Http(server.port());
        var r = chair.post("/api/v1/items", """
                {"id":"secret-item","proposer":"CHAIR","subject":"S","text":"T","effect":{"type":"ADOPT_STATEMENT","text":"T"},"classification":"NATO SECRET"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    List<JournalEntry> audit(String type) {
        return concord.journal().audit(Fixtures.ADMIN, 0, 1000).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void a_signed_in_readers_404_is_journaled_alike_for_a_hidden_and_a_missing_record() {
        int before = audit("RecordNotFound").size();
        assertThat(reader.get("/api/v1/items/secret-item").status()).isEqualTo(404);
        assertThat(reader.get("/api/v1/items/no-such-item").status()).isEqualTo(404);
        List<JournalEntry> found = audit("RecordNotFound");
        assertThat(found).hasSize(before + 2);
        JournalEntry hidden = found.get(before), missing = found.get(before + 1);
        assertThat(hidden.subject()).isEqualTo(missing.subject()).isEqualTo("audit:reader-low");
        assertThat(hidden.payload().replace("secret-item", "ID")).isEqualTo(missing.payload().replace("no-such-item", "ID"));
    }

    @Test
    void anonymous_refusals_are_journaled_as_one_entry_per_address_and_hour_with_their_counts() {
        long entriesBefore = concord.journal().audit(Fixtures.ADMIN, 0, 1000).size();
        for (int i = 0; i < 30; i++) assertThat(anonymous.get("/api/v1/items/secret-item").status()).isEqualTo(404);
        for (int i = 0; i < 20; i++) assertThat(anonymous.get("/api/v1/missions/no-such-mission").status()).isEqualTo(404);
        for (int i = 0; i < 10; i++) assertThat(anonymous.post("/api/v1/missions", "{}").status()).isEqualTo(401);
        for (int i = 0; i < 5; i++)
            assertThat(new Http(server.port()).header("Authorization", "Bearer cnc_forged").get("/api/v1/members").status()).isEqualTo(401);
        assertThat(concord.journal().audit(Fixtures.ADMIN, 0, 1000)).hasSize((int) entriesBefore);

        clock.advance(AccessService.ANONYMOUS_WINDOW);
        List<JournalEntry> windows = audit("AnonymousRefusals");
        assertThat(windows).hasSize(1);
        assertThat(windows.getFirst().payload()).contains("\"notFound\":50", "\"unauthenticated\":15", "127.0.0.1");
        assertThat(concord.journal().audit(Fixtures.ADMIN, 0, 1000)).hasSize((int) entriesBefore + 1);
    }

    @Test
    void the_anonymous_journal_reader_sees_roles_and_nations_but_no_user_names_or_addresses() {
        chair.post("/api/v1/missions", """
                {"id":"open-cell","name":"Open cell","kind":"k","coreTask":"COOPERATIVE_SECURITY","legalBasis":"b","start":"2026-01-01","classification":"PUBLIC"}""");
        JsonNode entries = anonymous.get("/api/v1/journal?limit=200").json();
        assertThat(entries.size()).isGreaterThan(10);
        List<String> actors = StreamSupport.stream(entries.spliterator(), false).map(n -> n.path("actor").asText()).toList();
        assertThat(actors).allMatch(a -> a.matches("\\([A-Z_]+(, [A-Z]{3})?\\)"), "role and nation only");
        assertThat(anonymous.get("/api/v1/journal?limit=200").body()).doesNotContain("127.0.0.1", "concord (SYSTEM)");
        var chairs = anonymous.get("/api/v1/journal?subject=mission:open-cell");
        assertThat(chairs.json().get(0).path("actor").asText()).isEqualTo("(CHAIR)");
        assertThat(chairs.body()).doesNotContain("chair-secret", "127.0.0.1");
        assertThat(chair.get("/api/v1/journal?subject=mission:open-cell").body()).contains("chair-secret");
    }

    @Test
    void journal_verification_tells_anonymous_readers_only_that_the_chain_is_intact() {
        assertThat(anonymous.get("/api/v1/journal/verify").body()).isEqualTo("{\"intact\":true}");
        assertThat(reader.get("/api/v1/journal/verify").body()).isEqualTo("{\"intact\":true}");
        assertThat(admin.get("/api/v1/journal/verify").json().path("entries").asLong()).isPositive();
    }
}
