package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterApiIT {
    Concord concord;
    Server server;
    Http http;
    Http anonymous;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        http = Http.withToken(server.port(), Fixtures.token(concord, "editor", org.concord.shared.Role.CHAIR, null, "NATO SECRET"));
        anonymous = new Http(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    @Test
    void members_lists_the_32_allies_and_30_before_finland_joined() {
        var all = anonymous.get("/api/v1/members");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).hasSize(32);
        assertThat(texts(all.json(), "iso3")).contains("FIN", "SWE", "USA", "TUR");
        JsonNode fin = StreamSupport.stream(all.json().spliterator(), false).filter(n -> n.path("iso3").asText().equals("FIN")).findFirst().orElseThrow();
        assertThat(fin.path("accession").asText()).isEqualTo("2023-04-04");
        assertThat(fin.path("sources")).isNotEmpty();
        assertThat(http.get("/api/v1/members?asOf=2023-01-01").json()).hasSize(30);
        assertThat(http.get("/api/v1/members/SWE").json().path("accession").asText()).isEqualTo("2024-03-07");
    }

    @Test
    void missions_include_kfor_and_nmi_with_their_sources() {
        JsonNode missions = http.get("/api/v1/missions").json();
        JsonNode kfor = StreamSupport.stream(missions.spliterator(), false).filter(n -> n.path("id").asText().equals("kfor")).findFirst().orElseThrow();
        assertThat(kfor.path("start").asText()).isEqualTo("1999-06-12");
        assertThat(kfor.path("legalBasis").asText()).contains("UNSCR 1244");
        JsonNode strength = kfor.path("strength");
        assertThat(strength.get(strength.size() - 1).path("actual").asInt()).isEqualTo(4500);
        assertThat(kfor.path("sources").toString()).contains("\"S30\"");
        JsonNode nmi = http.get("/api/v1/missions/nmi").json();
        assertThat(nmi.path("start").asText()).startsWith("2018");
        assertThat(nmi.path("sources").toString()).contains("\"S01\"");
        assertThat(http.get("/api/v1/missions?status=TERMINATED").json()).allSatisfy(n -> assertThat(n.path("status").asText()).isEqualTo("TERMINATED"));
        assertThat(http.get("/api/v1/missions?coreTask=DETERRENCE_AND_DEFENCE").json()).isNotEmpty();
    }

    @Test
    void events_show_ankara_with_its_formal_session_and_pending_invitations() {
        JsonNode ankara = http.get("/api/v1/events/summit-2026-ankara").json();
        assertThat(ankara.path("start").asText()).isEqualTo("2026-07-07");
        JsonNode session = ankara.path("sessions").get(0);
        assertThat(session.path("formality").asText()).isEqualTo("FORMAL");
        assertThat(texts(session.path("invitations"), "country")).contains("UKR", "AUS", "JPN", "KOR", "NZL");
    }

    @Test
    void a_bad_post_names_every_bad_field_and_changes_nothing() {
        String before = http.get("/api/v1/missions").body();
        var r = http.post("/api/v1/missions", """
                {"id":"Bad Id","name":"X","kind":"k","coreTask":"WINNING","legalBasis":"none","start":"2026-13-01",
                 "end":"2020-01-01","hostNation":"ZZZ","strength":[{"date":"2026","actual":-5}],"colour":"blue"}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(400);
        assertThat(texts(r.json().path("violations"), "field")).contains("colour", "id", "coreTask", "start", "hostNation", "strength[0].actual");
        var typed = http.post("/api/v1/missions", """
                {"id":"typed","name":"X","kind":"k","coreTask":"COOPERATIVE_SECURITY","legalBasis":"b","start":"2026-01-01",
                 "strength":[{"date":"2026","actual":"many"}],"version":"one"}""");
        assertThat(typed.status()).isEqualTo(400);
        assertThat(texts(typed.json().path("violations"), "field")).contains("strength[0].actual", "version");
        var r2 = http.post("/api/v1/missions", """
                {"id":"Bad Id","name":"X","kind":"k","coreTask":"WINNING","legalBasis":"none","start":"2026-13-01",
                 "hostNation":"ZZZ","strength":[{"date":"2026","actual":-5}],"contributors":["XYZ","FRA","UKR"]}""");
        assertThat(r2.status()).isEqualTo(400);
        assertThat(texts(r2.json().path("violations"), "field"))
                .contains("id", "coreTask", "start", "hostNation", "strength[0].actual", "contributors[0]");
        var r3 = http.post("/api/v1/missions", """
                {"id":"test-mission","name":"X","kind":"k","coreTask":"COOPERATIVE_SECURITY","legalBasis":"none","start":"2026-01-01",
                 "end":"2025-01-01","contributors":["FRA","UKR"]}""");
        assertThat(texts(r3.json().path("violations"), "field")).containsExactlyInAnyOrder("end", "contributors[1]");
        assertThat(http.get("/api/v1/missions").body()).isEqualTo(before);
    }

    @Test
    void invalid_json_is_a_problem_document() {
        var r = http.post("/api/v1/missions", "{\"id\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("violations").get(0).path("field").asText()).isEqualTo("body");
    }

    @Test
    void a_json_null_body_is_a_400_naming_the_body_on_every_kind_of_write_never_a_500() {
        List<Http.Response> answers = List.of(http.post("/api/v1/missions", "null"), http.put("/api/v1/missions/kfor", "null"),
                http.post("/api/v1/items", "null"), http.post("/api/v1/items/kfor-reduction-2026/adoption", "null"),
                http.post("/api/v1/issues", "null"), http.post("/api/v1/forecasts", "null"), http.post("/api/v1/tokens", "null"),
                http.post("/api/v1/webhooks", "null"), http.post("/api/v1/portfolio/reset-analysis", "null"));
        for (var r : answers) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("violations").get(0).path("field").asText()).isEqualTo("body");
        }
    }

    @Test
    void create_then_update_with_the_version_read_and_a_stale_version_gets_409() {
        var created = http.post("/api/v1/missions", """
                {"id":"nmi-residual","name":"NATO residual advisory presence in Iraq","kind":"advisory","coreTask":"COOPERATIVE_SECURITY",
                 "legalBasis":"request of the Government of Iraq","start":"2026-10-01","status":"PLANNED","hostNation":"IRQ",
                 "contributors":["ITA","ESP"],"partnerContributors":["AUS"]}""");
        assertThat(created.status()).isEqualTo(201);
        long version = created.json().path("version").asLong();
        String update = created.body().replace("\"PLANNED\"", "\"ACTIVE\"");
        var ok = http.put("/api/v1/missions/nmi-residual", update);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("version").asLong()).isEqualTo(version + 1);
        var stale = http.put("/api/v1/missions/nmi-residual", update);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        var missing = http.put("/api/v1/missions/nmi-residual", update.replaceAll(",\"version\":\\d+", ""));
        assertThat(texts(missing.json().path("violations"), "field")).contains("version");
        assertThat(http.post("/api/v1/missions", created.body()).status()).isEqualTo(409);
        var back = http.put("/api/v1/missions/nmi-residual", ok.body().replace("\"ACTIVE\"", "\"PLANNED\""));
        assertThat(back.status()).as(back.body()).isEqualTo(400);
        assertThat(back.json().path("violations").get(0).path("reason").asText()).isEqualTo("an ACTIVE mission cannot become PLANNED");
    }

    @Test
    void an_unknown_id_gets_404_as_a_problem_document() {
        var r = http.get("/api/v1/missions/no-such-mission");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/members/ZZZ").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/events/nowhere").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void bad_query_parameters_are_named() {
        var r = http.get("/api/v1/members?asOf=yesterday");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("violations").get(0).path("field").asText()).isEqualTo("asOf");
        assertThat(http.get("/api/v1/missions?status=PAUSED").json().path("violations").get(0).path("field").asText()).isEqualTo("status");
    }

    @Test
    void the_openapi_document_describes_every_route_the_server_serves() {
        JsonNode doc = http.get("/api/openapi.json").json();
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        List<String> documented = new ArrayList<>();
        doc.path("paths").properties().forEach(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(server.servedApiRoutes());
        assertThat(doc.path("components").path("schemas").has("MissionData")).isTrue();
        assertThat(http.get("/api/docs").body()).contains("swagger-ui");
        assertThat(http.get("/webjars/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(http.get("/health").json().path("status").asText()).isEqualTo("UP");
    }
}
