package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.journal.JournalEntry;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication, authorization and classification over HTTP, against a real server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessApiIT {
    Concord concord;
    Server server;
    Map<String, Http> as = new java.util.HashMap<>();

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        int port = server.port();
        as.put("admin", Http.withToken(port, Fixtures.token(concord, "admin1", Role.ADMIN, null, "NATO SECRET")));
        as.put("chair", Http.withToken(port, Fixtures.token(concord, "chair1", Role.CHAIR, null, "NATO SECRET")));
        as.put("fra", Http.withToken(port, Fixtures.token(concord, "fra1", Role.DELEGATION, "FRA", "NATO SECRET")));
        as.put("deu", Http.withToken(port, Fixtures.token(concord, "deu1", Role.DELEGATION, "DEU", "NATO SECRET")));
        as.put("ukr", Http.withToken(port, Fixtures.token(concord, "ukr1", Role.PARTNER, "UKR", "NATO RESTRICTED")));
        as.put("analyst", Http.withToken(port, Fixtures.token(concord, "analyst1", Role.ANALYST, null, "NATO SECRET")));
        as.put("reader", Http.withToken(port, Fixtures.token(concord, "reader1", Role.READER, null, "NATO UNCLASSIFIED")));
        as.put("anonymous", new Http(port));
        raise("restricted-item", "NATO RESTRICTED");
        raise("released-item", "NATO RESTRICTED REL UKR");
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    void raise(String id, String classification) {
        var r = as.get("chair").post("/api/v1/items", """
                {"id":"%s","proposer":"CHAIR","subject":"Statement %s","text":"The Council states.","effect":{"type":"ADOPT_STATEMENT","text":"The Council states."},
                 "classification":"%s"}""".formatted(id, id, classification));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    long nonAuditJournalEntries() {
        return concord.journal().list(Fixtures.ADMIN, Optional.empty(), Optional.empty(), 0, 1000).stream()
                .filter(e -> !e.subject().startsWith("audit:")).count()
                + concord.journal().list(Fixtures.ADMIN, Optional.empty(), Optional.empty(), 1000, 1000).stream()
                .filter(e -> !e.subject().startsWith("audit:")).count();
    }

    static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asText()).toList();
    }

    @Test
    void an_anonymous_write_gets_401_and_anonymous_reads_see_public_records_only() {
        var r = as.get("anonymous").post("/api/v1/missions", "{}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(as.get("anonymous").get("/api/v1/members").json()).hasSize(32);
        assertThat(ids(as.get("anonymous").get("/api/v1/items").json())).contains("nmi-termination-2026") // built from press reports: PUBLIC
                .doesNotContain("restricted-item", "released-item");
        assertThat(as.get("anonymous").get("/api/v1/items/restricted-item").status()).isEqualTo(404);
        assertThat(new Http(server.port()).header("Authorization", "Bearer cnc_forged").get("/api/v1/members").status()).isEqualTo(401);
    }

    @Test
    void delegation_fra_recording_deu_position_gets_403_and_nothing_is_written() {
        long before = nonAuditJournalEntries();
        var r = as.get("fra").put("/api/v1/items/nmi-termination-2026/positions/DEU", "{\"position\":\"SUPPORT\",\"version\":1}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("detail").asText()).contains("only for its own nation");
        assertThat(nonAuditJournalEntries()).isEqualTo(before);
        assertThat(as.get("chair").get("/api/v1/items/nmi-termination-2026").json().path("positions")).isEmpty();
        List<JournalEntry> audit = concord.journal().audit(Fixtures.ADMIN, 0, 1000);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("AccessDenied");
            assertThat(e.subject()).isEqualTo("audit:fra1");
            assertThat(e.actor()).contains("from 127.0.0.1");
        });
    }

    @Test
    void a_delegation_records_its_own_position() {
        var item = as.get("deu").get("/api/v1/items/kfor-reduction-2026").json();
        var r = as.get("deu").put("/api/v1/items/kfor-reduction-2026/positions/DEU",
                "{\"position\":\"OBJECTION\",\"version\":" + item.path("version").asLong() + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("consensus").path("blocking").toString()).contains("DEU");
    }

    @Test
    void partner_ukr_gets_404_for_a_restricted_item_not_released_to_it_and_sees_one_released_to_it() {
        Http ukr = as.get("ukr");
        assertThat(ukr.get("/api/v1/items/restricted-item").status()).isEqualTo(404);
        var released = ukr.get("/api/v1/items/released-item");
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().path("classification").asText()).isEqualTo("NATO RESTRICTED REL UKR");
        assertThat(ids(ukr.get("/api/v1/items").json())).contains("released-item", "nmi-termination-2026").doesNotContain("restricted-item");
        assertThat(ids(as.get("reader").get("/api/v1/items").json())).doesNotContain("restricted-item", "released-item").contains("nmi-termination-2026");
        assertThat(ids(as.get("fra").get("/api/v1/items").json())).contains("restricted-item", "released-item");
        assertThat(ukr.get("/api/v1/journal").status()).isEqualTo(403);
        var journal = as.get("reader").get("/api/v1/journal?limit=1000").json();
        assertThat(StreamSupport.stream(journal.spliterator(), false).map(n -> n.path("subject").asText()))
                .doesNotContain("item:restricted-item").noneMatch(s -> s.startsWith("audit:"));
    }

    @Test
    void a_restricted_mission_is_hidden_from_lists_searches_and_exports_of_those_not_cleared() {
        var created = as.get("chair").post("/api/v1/missions", """
                {"id":"secret-advisers","name":"Advisory cell","kind":"advisory","coreTask":"COOPERATIVE_SECURITY","legalBasis":"NAC decision",
                 "start":"2026-01-01","classification":"NATO SECRET"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(ids(as.get("reader").get("/api/v1/missions").json())).doesNotContain("secret-advisers").contains("kfor");
        assertThat(ids(as.get("reader").get("/api/v1/missions?status=ACTIVE").json())).doesNotContain("secret-advisers");
        assertThat(as.get("reader").get("/api/v1/missions/secret-advisers").status()).isEqualTo(404);
        assertThat(ids(as.get("fra").get("/api/v1/missions").json())).contains("secret-advisers");
        Principal reader = Principal.of("reader1", Role.READER);
        assertThat(concord.register().exportFile(reader).missions()).extracting(m -> m.id()).doesNotContain("secret-advisers").contains("kfor");
        var bad = as.get("chair").post("/api/v1/missions", """
                {"id":"x1","name":"X","kind":"k","coreTask":"COOPERATIVE_SECURITY","legalBasis":"b","start":"2026-01-01","classification":"TOP SECRET"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("violations").get(0).path("field").asText()).isEqualTo("classification");
    }

    @Test
    void after_5_wrong_passwords_the_sixth_attempt_is_refused_with_429_even_with_the_right_password() {
        concord.access().addUser(Fixtures.ADMIN, "victim", Role.READER, Optional.empty(), Optional.empty(), Fixtures.PASSWORD);
        Http web = new Http(server.port());
        for (int i = 0; i < 5; i++)
            assertThat(web.post("/api/v1/session", "{\"name\":\"victim\",\"password\":\"wrong password " + i + "\"}").status()).isEqualTo(401);
        var sixth = web.post("/api/v1/session", "{\"name\":\"victim\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).isNotNull();
        // Throttled sign-ins are anonymous refusals: counted per address and hour, journaled as one AnonymousRefusals entry.
        assertThat(concord.journal().audit(Fixtures.ADMIN, 0, 1000)).extracting(JournalEntry::type).contains("LoginFailed").doesNotContain("LoginThrottled");
    }

    @Test
    void a_session_gets_a_new_id_at_sign_in_is_http_only_and_its_writes_need_the_csrf_token() {
        concord.access().addUser(Fixtures.ADMIN, "chair2", Role.CHAIR, Optional.empty(), Optional.of("NATO SECRET"), Fixtures.PASSWORD);
        Http web = new Http(server.port());
        var login = web.post("/api/v1/session", "{\"name\":\"chair2\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        assertThat(login.status()).isEqualTo(200);
        String cookie = login.header("Set-Cookie");
        assertThat(cookie).contains("concord_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String csrf = login.json().path("csrfToken").asText();
        assertThat(web.get("/api/v1/session").json().path("user").asText()).isEqualTo("chair2");

        String mission = """
                {"id":"csrf-probe","name":"Probe","kind":"k","coreTask":"COOPERATIVE_SECURITY","legalBasis":"b","start":"2026-01-01"}""";
        assertThat(web.post("/api/v1/missions", mission).status()).isEqualTo(403);
        assertThat(as.get("chair").get("/api/v1/missions/csrf-probe").status()).isEqualTo(404);
        assertThat(web.header("X-CSRF-Token", csrf).post("/api/v1/missions", mission).status()).isEqualTo(201);

        Http fixated = new Http(server.port()).header("Cookie", "concord_session=planted-by-an-attacker");
        var second = fixated.post("/api/v1/session", "{\"name\":\"chair2\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        assertThat(second.header("Set-Cookie")).doesNotContain("planted-by-an-attacker");
        assertThat(new Http(server.port()).header("Cookie", "concord_session=planted-by-an-attacker").get("/api/v1/session").json()
                .path("user").asText()).isEqualTo("anonymous");
        assertThat(cookie.substring(0, cookie.indexOf(';'))).isNotEqualTo(second.header("Set-Cookie").substring(0, second.header("Set-Cookie").indexOf(';')));
    }

    @Test
    void the_authorization_matrix_holds_for_every_role_on_every_kind_of_endpoint() {
        // role -> expected status for: read members, add mission, record FRA's position, open silence, list users, read audit, read journal
        record Call(String method, String path, String body) {}
        List<Call> calls = List.of(
                new Call("GET", "/api/v1/members", null),
                new Call("POST", "/api/v1/missions", "{\"id\":\"m-%s\",\"name\":\"M\",\"kind\":\"k\",\"coreTask\":\"COOPERATIVE_SECURITY\",\"legalBasis\":\"b\",\"start\":\"2026-01-01\"}"),
                new Call("PUT", "/api/v1/items/ankara-partners-2026/positions/FRA", "{\"position\":\"SUPPORT\",\"version\":999}"),
                new Call("POST", "/api/v1/items/public-forum-2026-cancellation/silence", "{\"deadline\":\"2030-01-01T00:00:00Z\",\"version\":999}"),
                new Call("GET", "/api/v1/users", null),
                new Call("GET", "/api/v1/audit", null),
                new Call("GET", "/api/v1/journal?limit=5", null));
        // 409 = allowed through to the procedure, which refuses the stale version 999: proof that authorization passed and nothing was written
        Map<String, List<Integer>> expected = Map.of(
                "admin", List.of(200, 201, 403, 403, 200, 200, 200),
                "chair", List.of(200, 201, 403, 409, 403, 403, 200),
                "fra", List.of(200, 403, 409, 403, 403, 403, 200),
                "deu", List.of(200, 403, 403, 403, 403, 403, 200),
                "ukr", List.of(200, 403, 403, 403, 403, 403, 403),
                "analyst", List.of(200, 403, 403, 403, 403, 403, 200),
                "reader", List.of(200, 403, 403, 403, 403, 403, 200),
                "anonymous", List.of(200, 401, 401, 401, 403, 403, 200));
        expected.forEach((role, statuses) -> {
            for (int i = 0; i < calls.size(); i++) {
                Call c = calls.get(i);
                Http h = as.get(role);
                long before = nonAuditJournalEntries();
                var r = switch (c.method()) {
                    case "GET" -> h.get(c.path());
                    case "POST" -> h.post(c.path(), c.body().formatted(role));
                    default -> h.put(c.path(), c.body());
                };
                assertThat(r.status()).as(role + " " + c.method() + " " + c.path() + ": " + r.body()).isEqualTo(statuses.get(i));
                if (r.status() >= 400) assertThat(nonAuditJournalEntries()).as(role + " " + c.path() + " wrote on refusal").isEqualTo(before);
            }
        });
    }

    @Test
    void responses_carry_the_security_headers() {
        var r = as.get("anonymous").get("/api/v1/members");
        assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void an_admin_adds_users_and_tokens_and_weak_passwords_are_refused() {
        var weak = as.get("admin").post("/api/v1/users", "{\"name\":\"newbie\",\"role\":\"READER\",\"password\":\"short\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("violations").get(0).path("field").asText()).isEqualTo("password");
        var added = as.get("admin").post("/api/v1/users", "{\"name\":\"newbie\",\"role\":\"DELEGATION\",\"nation\":\"ITA\",\"clearance\":\"NATO RESTRICTED\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var token = as.get("admin").post("/api/v1/tokens", "{\"owner\":\"newbie\",\"days\":30}");
        assertThat(token.status()).isEqualTo(201);
        String secret = token.json().path("token").asText();
        assertThat(secret).startsWith("cnc_");
        assertThat(Http.withToken(server.port(), secret).get("/api/v1/session").json().path("nation").asText()).isEqualTo("ITA");
        assertThat(as.get("fra").post("/api/v1/tokens", "{\"owner\":\"newbie\"}").status()).isIn(403, 404);
        assertThat(as.get("admin").post("/api/v1/users/newbie/disable", "").status()).isEqualTo(200);
        assertThat(Http.withToken(server.port(), secret).get("/api/v1/members").status()).isEqualTo(401);
    }
}
