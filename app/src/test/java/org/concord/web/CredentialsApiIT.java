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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts and credentials over HTTP (issue 8, section 4), on a server whose clock the test moves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialsApiIT {
    final MutableClock clock = new MutableClock(Fixtures.NOW);
    Concord concord;
    Server server;
    Http admin, reader;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2, clock);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        admin = Http.withToken(server.port(), Fixtures.token(concord, "admin1", Role.ADMIN, null, "NATO SECRET"));
        reader = Http.withToken(server.port(), Fixtures.token(concord, "reader1", Role.READER, null, "NATO UNCLASSIFIED"));
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    List<JournalEntry> audit() { return concord.journal().audit(Fixtures.ADMIN, 0, 1000); }

    String user(String name, String role, String nation) {
        return """
                {"name":"%s","role":"%s"%s,"password":"%s"}""".formatted(name, role, nation == null ? "" : ",\"nation\":\"" + nation + "\"", Fixtures.PASSWORD);
    }

    static String field(Http.Response r) { return r.json().path("violations").get(0).path("field").asText(); }

    @Test
    void a_delegation_must_be_bound_to_a_member_and_a_partner_to_a_partner() {
        for (String[] bad : new String[][]{{"d-ukr", "DELEGATION", "UKR"}, {"p-fra", "PARTNER", "FRA"}, {"d-chn", "DELEGATION", "CHN"}, {"p-chn", "PARTNER", "CHN"}}) {
            var r = admin.post("/api/v1/users", user(bad[0], bad[1], bad[2]));
            assertThat(r.status()).as(bad[1] + " " + bad[2]).isEqualTo(400);
            assertThat(field(r)).isEqualTo("nation");
        }
        assertThat(admin.post("/api/v1/users", user("d-fra", "DELEGATION", "FRA")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/users", user("p-ukr", "PARTNER", "UKR")).status()).isEqualTo(201);
        assertThat(concord.access().users(Fixtures.ADMIN)).extracting(u -> u.name().value()).doesNotContain("d-ukr", "p-fra", "d-chn");
    }

    @Test
    void a_token_lives_ninety_days_unless_set_and_is_listed_without_its_secret_and_revoked_by_its_owner() {
        concord.access().addUser(Fixtures.ADMIN, "owner1", Role.READER, Optional.empty(), Optional.empty(), Fixtures.PASSWORD);
        var created = admin.post("/api/v1/tokens", "{\"owner\":\"owner1\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(Instant.parse(created.json().path("expires").asText())).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
        String secret = created.json().path("token").asText();
        String id = created.json().path("id").asText();
        Http owner = Http.withToken(server.port(), secret);
        var listed = owner.get("/api/v1/tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(id).doesNotContain(secret);
        assertThat(admin.get("/api/v1/tokens?owner=owner1").body()).contains(id);
        assertThat(reader.get("/api/v1/tokens?owner=owner1").status()).isEqualTo(403);
        assertThat(reader.delete("/api/v1/tokens/" + id).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/members").status()).isEqualTo(200);
        var revoked = owner.delete("/api/v1/tokens/" + id);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("revoked").asBoolean()).isTrue();
        assertThat(owner.get("/api/v1/members").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/tokens?owner=owner1").json().get(0).path("revoked").asBoolean()).isTrue();
        assertThat(admin.post("/api/v1/tokens", "{\"owner\":\"owner1\",\"days\":4000}").status()).isEqualTo(400);
    }

    Http signIn(String name) {
        Http web = new Http(server.port());
        var r = web.post("/api/v1/session", "{\"name\":\"" + name + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return web.header("X-CSRF-Token", r.json().path("csrfToken").asText());
    }

    @Test
    void a_busy_session_still_ends_twelve_hours_after_sign_in() {
        concord.access().addUser(Fixtures.ADMIN, "busy1", Role.READER, Optional.empty(), Optional.empty(), Fixtures.PASSWORD);
        Http web = signIn("busy1");
        Instant start = clock.instant();
        try {
            while (clock.instant().isBefore(start.plus(AccessService.SESSION_ABSOLUTE).minus(Duration.ofMinutes(20)))) {
                clock.advance(Duration.ofMinutes(20));
                assertThat(web.get("/api/v1/session").json().path("user").asText()).isEqualTo("busy1");
            }
            clock.set(start.plus(AccessService.SESSION_ABSOLUTE));
            assertThat(web.get("/api/v1/session").json().path("user").asText()).isEqualTo("anonymous");
        } finally {
            clock.set(start);
        }
    }

    @Test
    void sign_in_takes_json_from_this_origin_only_and_sign_out_needs_the_csrf_token() {
        concord.access().addUser(Fixtures.ADMIN, "web1", Role.READER, Optional.empty(), Optional.empty(), Fixtures.PASSWORD);
        String body = "{\"name\":\"web1\",\"password\":\"" + Fixtures.PASSWORD + "\"}";
        Http web = new Http(server.port());
        assertThat(web.post("/api/v1/session", body, "text/plain").status()).isEqualTo(415);
        assertThat(web.post("/api/v1/session", "name=web1", "application/x-www-form-urlencoded").status()).isEqualTo(415);
        assertThat(new Http(server.port()).header("Origin", "https://evil.example").post("/api/v1/session", body).status()).isEqualTo(403);
        assertThat(new Http(server.port()).header("Origin", "http://127.0.0.1:" + server.port()).post("/api/v1/session", body).status()).isEqualTo(200);

        Http signedIn = new Http(server.port());
        var login = signedIn.post("/api/v1/session", body);
        assertThat(login.status()).isEqualTo(200);
        assertThat(signedIn.delete("/api/v1/session").status()).isEqualTo(403);
        assertThat(signedIn.get("/api/v1/session").json().path("user").asText()).isEqualTo("web1");
        assertThat(signedIn.header("X-CSRF-Token", login.json().path("csrfToken").asText()).delete("/api/v1/session").status()).isEqualTo(200);
        assertThat(signedIn.get("/api/v1/session").json().path("user").asText()).isEqualTo("anonymous");
    }

    @Test
    void five_wrong_passwords_lock_the_account_at_that_address_only_and_an_admin_unlocks_it() {
        concord.access().addUser(Fixtures.ADMIN, "victim1", Role.READER, Optional.empty(), Optional.empty(), Fixtures.PASSWORD);
        Http attacker = new Http(server.port());
        for (int i = 0; i < 5; i++)
            assertThat(attacker.post("/api/v1/session", "{\"name\":\"victim1\",\"password\":\"wrong password " + i + "\"}").status()).isEqualTo(401);
        String good = "{\"name\":\"victim1\",\"password\":\"" + Fixtures.PASSWORD + "\"}";
        var locked = attacker.post("/api/v1/session", good);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("60");
        assertThat(concord.access().login("victim1", Fixtures.PASSWORD, "198.51.100.7")).isInstanceOf(AccessService.Login.Started.class);

        assertThat(reader.post("/api/v1/users/victim1/unlock", "").status()).isEqualTo(403);
        assertThat(audit()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("AccessDenied");
            assertThat(e.subject()).isEqualTo("audit:reader1");
        });
        var unlocked = admin.post("/api/v1/users/victim1/unlock", "");
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(attacker.post("/api/v1/session", good).status()).isEqualTo(200);
        assertThat(audit()).extracting(JournalEntry::type).contains("LoginUnlocked");
    }

    @Test
    void an_unknown_user_named_by_an_admin_route_is_404_and_a_non_admin_is_refused_as_for_a_known_one() {
        for (Http.Response r : List.of(admin.post("/api/v1/users/nobody/unlock", ""), admin.post("/api/v1/users/nobody/disable", ""),
                admin.get("/api/v1/tokens?owner=nobody"), admin.post("/api/v1/tokens", "{\"owner\":\"nobody\"}"))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("detail").asText()).isEqualTo("user 'nobody' not found");
        }
        assertThat(audit()).noneSatisfy(e -> {
            assertThat(e.type()).isEqualTo("LoginUnlocked");
            assertThat(e.payload()).contains("nobody");
        });
        // Whether the name exists is the administrator's to know: anyone else is refused alike.
        assertThat(reader.post("/api/v1/users/nobody/unlock", "").status()).isEqualTo(403);
        assertThat(reader.get("/api/v1/tokens?owner=nobody").status()).isEqualTo(reader.get("/api/v1/tokens?owner=admin1").status()).isEqualTo(403);
    }

    @Test
    void administration_refusals_are_journaled_although_their_transaction_rolls_back() {
        long before = audit().stream().filter(e -> e.type().equals("AccessDenied") && e.subject().equals("audit:reader1")).count();
        assertThat(reader.post("/api/v1/users", user("sneaky", "ADMIN", null)).status()).isEqualTo(403);
        assertThat(reader.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(reader.post("/api/v1/users/admin1/disable", "").status()).isEqualTo(403);
        assertThat(reader.post("/api/v1/tokens", "{\"owner\":\"admin1\"}").status()).isEqualTo(403);
        assertThat(audit().stream().filter(e -> e.type().equals("AccessDenied") && e.subject().equals("audit:reader1")).count())
                .isEqualTo(before + 4);
    }

    @Test
    void an_over_long_password_is_refused_never_an_error_and_out_of_range_numbers_are_refused() {
        String huge = "x".repeat(5000);
        var add = admin.post("/api/v1/users", "{\"name\":\"huge1\",\"role\":\"READER\",\"password\":\"" + huge + "\"}");
        assertThat(add.status()).isEqualTo(400);
        assertThat(field(add)).isEqualTo("password");
        assertThat(new Http(server.port()).post("/api/v1/session", "{\"name\":\"admin1\",\"password\":\"" + huge + "\"}").status()).isEqualTo(401);
        for (String path : List.of("/api/v1/journal?limit=4294967297", "/api/v1/journal?limit=0", "/api/v1/journal?limit=201",
                "/api/v1/audit?limit=4294967297", "/api/v1/audit?after=-1")) {
            var r = admin.get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            JsonNode v = r.json().path("violations");
            assertThat(v.get(0).path("field").asText()).as(path).isIn("limit", "after");
        }
    }
}
