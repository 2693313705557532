package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.concord.boot.Concord;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a mission as its facts applied on a date: {@code GET /api/v1/missions/{id}?on=YYYY-MM-DD}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissionOnApiIT {
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

    private List<String> leadNations(String path) {
        var r = anonymous.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return StreamSupport.stream(r.json().path("leadNations").spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void kfor_shows_the_nation_that_commanded_it_on_the_day_asked() {
        assertThat(leadNations("/api/v1/missions/kfor?on=2023-01-01")).containsExactly("ITA");
        assertThat(leadNations("/api/v1/missions/kfor?on=2024-01-01")).containsExactly("TUR"); // MG Ulutaş, 10 Oct 2023 - 11 Oct 2024
        assertThat(leadNations("/api/v1/missions/kfor?on=2025-01-01")).containsExactly("ITA");
        assertThat(leadNations("/api/v1/missions/kfor?on=2026-01-01")).containsExactly("TUR");
        assertThat(leadNations("/api/v1/missions/kfor?on=2010-01-01")).isEmpty(); // the reference gives no commander then
    }

    @Test
    void without_on_a_mission_shows_who_leads_today_and_every_dated_term() {
        JsonNode kfor = anonymous.get("/api/v1/missions/kfor").json();
        assertThat(kfor.path("leadNations").toString()).isEqualTo("[\"TUR\"]"); // the fixture's today is 2026-11-28
        assertThat(kfor.path("leads")).hasSize(5);
        assertThat(kfor.path("leads").get(2).path("nation").asText()).isEqualTo("TUR");
        assertThat(kfor.path("leads").get(2).path("from").asText()).isEqualTo("2023-10-10");
        assertThat(kfor.path("leads").get(2).path("to").asText()).isEqualTo("2024-10-11");
        assertThat(kfor.path("leads").get(2).path("sources").toString()).contains("S41");
        JsonNode listed = StreamSupport.stream(anonymous.get("/api/v1/missions").json().spliterator(), false)
                .filter(m -> m.path("id").asText().equals("kfor")).findFirst().orElseThrow();
        assertThat(listed.path("leadNations").toString()).isEqualTo("[\"TUR\"]");
    }

    @Test
    void resolute_support_was_led_by_the_united_states_throughout_and_by_nobody_after_it_ended() {
        assertThat(leadNations("/api/v1/missions/rsm?on=2015-01-01")).contains("USA");
        assertThat(leadNations("/api/v1/missions/rsm?on=2021-06-30")).contains("USA", "ITA", "DEU", "TUR");
        assertThat(leadNations("/api/v1/missions/rsm?on=2023-01-01")).isEmpty();
    }

    @Test
    void a_bad_on_date_is_a_400_naming_on() {
        for (String bad : List.of("2024-13-01", "yesterday", "2024-01")) {
            var r = anonymous.get("/api/v1/missions/kfor?on=" + bad);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("violations").get(0).path("field").asText()).isEqualTo("on");
        }
    }

    @Test
    void a_mission_read_on_a_date_can_be_written_back_and_a_lead_nation_outside_leads_is_refused() {
        ObjectNode nmi = (ObjectNode) http.get("/api/v1/missions/nmi?on=2023-01-01").json();
        assertThat(nmi.path("leadNations").toString()).isEqualTo("[\"ITA\"]");
        var put = http.put("/api/v1/missions/nmi", nmi.toString());
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("leads")).hasSize(8);

        ObjectNode stale = (ObjectNode) http.get("/api/v1/missions/nmi").json();
        stale.putArray("leadNations").add("GBR");
        ((ObjectNode) stale.path("leads").get(0)).put("nation", "ATL");
        var refused = http.put("/api/v1/missions/nmi", stale.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(RegisterApiIT.texts(refused.json().path("violations"), "field")).contains("leadNations[0]", "leads[0].nation");
    }

    @Test
    void the_desks_mission_page_names_the_nations_leading_today() {
        assertThat(anonymous.get("/missions/kfor").body()).contains("<dt>Lead nations</dt><dd>TUR</dd>");
        assertThat(anonymous.get("/missions/nmi").body()).contains("<dt>Lead nations</dt><dd>FRA</dd>");
    }

    @Test
    void the_openapi_document_lists_on_for_the_mission_read() {
        JsonNode params = http.get("/api/openapi.json").json().path("paths").path("/api/v1/missions/{id}").path("get").path("parameters");
        assertThat(RegisterApiIT.texts(params, "name")).contains("on");
    }
}
