package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio lens over HTTP: the portfolio, a reset profile's analysis, the drafts it prepares and their forecasts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortfolioApiIT {
    static final String DD_ONLY = "{\"profile\":\"DETERRENCE_AND_DEFENCE_ONLY\",\"by\":\"2027-12-31\"}";
    Concord concord;
    Server server;
    Http chair;
    Http analyst;
    Http lowAnalyst;
    Http delegation;
    Http anonymous;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2); // today is 2026-11-28
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        chair = Http.withToken(server.port(), Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET"));
        analyst = Http.withToken(server.port(), Fixtures.token(concord, "analyst", Role.ANALYST, null, "NATO SECRET"));
        lowAnalyst = Http.withToken(server.port(), Fixtures.token(concord, "low-analyst", Role.ANALYST, null, "NATO UNCLASSIFIED"));
        delegation = Http.withToken(server.port(), Fixtures.token(concord, "ita", Role.DELEGATION, "ITA", "NATO SECRET"));
        anonymous = new Http(server.port());
        // a SECRET crisis-management mission only the cleared may see
        var created = chair.post("/api/v1/missions", """
                {"id":"secret-op","name":"Secret Operation","kind":"advisory mission","coreTask":"CRISIS_PREVENTION_AND_MANAGEMENT",
                 "legalBasis":"NAC decision","hostNation":"LBY","start":"2025-01","status":"ACTIVE",
                 "strength":[{"date":"2026-06","actual":1234}],"contributors":["FRA"],"classification":"NATO SECRET"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    private static List<JsonNode> list(JsonNode array) { return StreamSupport.stream(array.spliterator(), false).toList(); }

    private static Map<String, JsonNode> byMission(JsonNode changes) {
        return list(changes).stream().collect(Collectors.toMap(c -> c.path("mission").asText(), Function.identity()));
    }

    @Test
    @Order(1)
    void the_portfolio_lists_every_visible_mission_with_area_personnel_source_grade_and_cost_and_sorts() {
        var r = anonymous.get("/api/v1/portfolio");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, JsonNode> rows = list(r.json()).stream().collect(Collectors.toMap(x -> x.path("id").asText(), Function.identity()));
        assertThat(rows).containsKeys("kfor", "nmi", "flf", "air-policing").doesNotContainKey("secret-op");
        assertThat(rows.get("kfor").path("area").asText()).isEqualTo("EURO_ATLANTIC");
        assertThat(rows.get("kfor").path("personnel").asInt()).isEqualTo(4500);
        assertThat(rows.get("kfor").path("personnelGrade").asText()).isEqualTo("SECONDARY");
        assertThat(rows.get("kfor").path("personnelSources").toString()).contains("S40");
        assertThat(rows.get("kfor").path("namedContributions").toString()).contains("ITA 852");
        assertThat(rows.get("nmi").path("area").asText()).isEqualTo("BEYOND");
        assertThat(rows.get("nmi").path("personnel").isNumber()).isFalse();
        assertThat(rows.get("nmi").path("personnelText").asText()).contains("several hundred");
        assertThat(rows.get("kfor").path("commonFundedCostEur").isNumber()).isFalse(); // no source gives it
        assertThat(list(chair.get("/api/v1/portfolio").json()).stream().map(x -> x.path("id").asText())).contains("secret-op");

        List<String> byPersonnel = list(anonymous.get("/api/v1/portfolio?sort=-personnel").json()).stream().map(x -> x.path("id").asText()).toList();
        assertThat(byPersonnel.get(0)).isEqualTo("isaf"); // 130,000 at its peak, the largest figure
        assertThat(byPersonnel.indexOf("kfor")).isLessThan(byPersonnel.indexOf("nmi")); // unknown personnel last
        List<String> byName = list(anonymous.get("/api/v1/portfolio?sort=name").json()).stream().map(x -> x.path("name").asText()).toList();
        assertThat(byName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(anonymous.get("/api/v1/portfolio?sort=cost").status()).isEqualTo(400);

        var csv = anonymous.header("Accept", "text/csv").get("/api/v1/portfolio");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains("id", "area", "personnel", "personnelGrade", "commonFundedCost");
        assertThat(csv.body()).contains("kfor", "EURO_ATLANTIC", "not sourced");
    }

    @Test
    @Order(2)
    void deterrence_and_defence_only_touches_the_crisis_management_missions_and_frees_their_personnel_by_named_nation() {
        var r = analyst.post("/api/v1/portfolio/reset-analysis", DD_ONLY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode a = r.json();
        Map<String, JsonNode> touched = byMission(a.path("changes"));
        assertThat(touched.keySet()).containsExactlyInAnyOrder("kfor", "nmi", "osg", "nsatu", "secret-op");
        JsonNode kfor = touched.get("kfor");
        assertThat(kfor.path("action").asText()).isEqualTo("TERMINATE");
        assertThat(kfor.path("freed").asInt()).isEqualTo(4500);
        assertThat(list(kfor.path("byNation")).stream().map(n -> n.path("nation").asText() + " " + n.path("personnel").asInt()))
                .containsExactly("ITA 852", "TUR 780", "USA 600");
        assertThat(kfor.path("unattributed").asInt()).isEqualTo(4500 - 852 - 780 - 600);
        assertThat(kfor.path("withoutFigures").toString()).contains("GBR", "ROU", "DEU", "FRA");
        assertThat(kfor.path("item").path("effect").asText()).isEqualTo("TERMINATE_MISSION");
        assertThat(kfor.path("item").path("endDate").asText()).isEqualTo("2027-12-31");
        assertThat(kfor.path("relatedItems").toString()).contains("kfor-reduction-2026");
        assertThat(touched.get("nmi").path("freed").isNumber()).isFalse(); // "several hundred": no number
        assertThat(a.path("personnelFreed").asInt()).isEqualTo(4500 + 1234);
        assertThat(a.path("missionsPersonnelUnknown").asInt()).isEqualTo(3);
        assertThat(a.path("scope").asText()).isEqualTo("Totals cover only the missions you may see.");
        assertThat(touched).doesNotContainKeys("flf", "air-policing", "baltic-sentry", "isaf");
    }

    @Test
    @Order(3)
    void a_reader_not_cleared_for_a_mission_gets_totals_without_it_and_no_hint_that_it_exists() {
        var low = lowAnalyst.post("/api/v1/portfolio/reset-analysis", DD_ONLY);
        assertThat(low.status()).as(low.body()).isEqualTo(200);
        assertThat(byMission(low.json().path("changes")).keySet()).containsExactlyInAnyOrder("kfor", "nmi", "osg", "nsatu");
        assertThat(low.json().path("personnelFreed").asInt()).isEqualTo(4500);
        assertThat(low.body()).doesNotContain("secret-op", "Secret Operation", "hidden", "1234", "not counted");
        assertThat(low.json().path("scope").asText()).isEqualTo(analyst.post("/api/v1/portfolio/reset-analysis", DD_ONLY).json().path("scope").asText());
    }

    @Test
    @Order(4)
    void only_the_chair_and_analysts_apply_a_profile_and_a_bad_profile_is_a_400_naming_the_field() {
        assertThat(delegation.post("/api/v1/portfolio/reset-analysis", DD_ONLY).status()).isEqualTo(403);
        assertThat(anonymous.post("/api/v1/portfolio/reset-analysis", DD_ONLY).status()).isEqualTo(401);
        var bad = analyst.post("/api/v1/portfolio/reset-analysis", "{\"profile\":\"EVERYTHING\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("profile");
        var noCap = analyst.post("/api/v1/portfolio/reset-analysis", "{\"profile\":\"PERSONNEL_CAP\"}");
        assertThat(noCap.status()).isEqualTo(400);
        assertThat(noCap.body()).contains("cap");
        var past = analyst.post("/api/v1/portfolio/reset-analysis", "{\"profile\":\"OUTSIDE_EURO_ATLANTIC\",\"by\":\"2020-01-01\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("by");
        var cap = analyst.post("/api/v1/portfolio/reset-analysis", "{\"profile\":\"PERSONNEL_CAP\",\"cap\":2000,\"by\":\"2027-06-30\"}");
        assertThat(cap.status()).as(cap.body()).isEqualTo(200);
        JsonNode kfor = byMission(cap.json().path("changes")).get("kfor");
        assertThat(kfor.path("action").asText()).isEqualTo("REDUCE");
        assertThat(kfor.path("freed").asInt()).isEqualTo(2500);
        assertThat(cap.json().path("notAssessed").toString()).contains("nmi");
        var outside = analyst.post("/api/v1/portfolio/reset-analysis", "{\"profile\":\"OUTSIDE_EURO_ATLANTIC\",\"by\":\"2027-06-30\"}");
        assertThat(byMission(outside.json().path("changes")).keySet()).contains("nmi").doesNotContain("kfor", "osg");
    }

    @Test
    @Order(5)
    void the_chair_prepares_the_resets_items_as_drafts_whose_forecasts_read_on_one_page() {
        assertThat(analyst.post("/api/v1/portfolio/reset-drafts", DD_ONLY).status()).isEqualTo(403);
        var r = chair.post("/api/v1/portfolio/reset-drafts", DD_ONLY);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        Map<String, JsonNode> drafts = list(r.json().path("drafts")).stream().collect(Collectors.toMap(d -> d.path("mission").asText(), Function.identity()));
        assertThat(drafts.keySet()).containsExactlyInAnyOrder("kfor", "nmi", "osg", "nsatu", "secret-op");
        JsonNode nmi = drafts.get("nmi");
        assertThat(nmi.path("item").asText()).isEqualTo("reset-dd-only-nmi");
        assertThat(nmi.path("status").asText()).isEqualTo("DRAFT");
        assertThat(nmi.path("stancesFrom").asText()).isEqualTo("nmi-end"); // the same change, already forecast
        assertThat(nmi.path("stances").asInt()).isPositive();
        assertThat(nmi.path("proposalPasses").isNumber()).isTrue();
        assertThat(drafts.get("osg").path("stancesFrom").isTextual()).isFalse(); // no stance: stated assumptions
        assertThat(drafts.get("osg").path("assumptions").asText()).contains("assumption");
        for (JsonNode d : drafts.values()) assertThat(d.path("forecast").isNumber()).as(d.toString()).isTrue();
        assertThat(r.json().path("passing").asInt() + r.json().path("blocked").asInt()).isEqualTo(5);

        // one page, readable later; a reader who may not see the secret mission sees neither its draft nor a count of it
        var page = lowAnalyst.get("/api/v1/portfolio/reset-drafts?profile=DETERRENCE_AND_DEFENCE_ONLY");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(list(page.json().path("drafts"))).hasSize(4);
        assertThat(page.body()).doesNotContain("secret-op");
        // preparing again prepares nothing twice
        var again = chair.post("/api/v1/portfolio/reset-drafts", DD_ONLY);
        assertThat(list(again.json().path("drafts"))).hasSize(5);
        assertThat(list(chair.get("/api/v1/issues").json()).stream().filter(i -> i.path("id").asText().equals("reset-dd-only-nmi"))).hasSize(1);
    }

    @Test
    @Order(6)
    void a_draft_takes_no_position_nor_silence_until_the_chair_raises_it_and_the_raise_is_journaled() {
        var item = chair.get("/api/v1/items/reset-dd-only-kfor");
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        assertThat(item.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(item.json().path("classification").asText()).isEqualTo("NATO UNCLASSIFIED");
        long v = item.json().path("version").asLong();
        var position = delegation.put("/api/v1/items/reset-dd-only-kfor/positions/ITA", "{\"position\":\"OBJECTION\",\"version\":" + v + "}");
        assertThat(position.status()).as(position.body()).isEqualTo(409);
        assertThat(position.body()).contains("draft");
        var silence = chair.post("/api/v1/items/reset-dd-only-kfor/silence", "{\"deadline\":\"2030-01-01T12:00:00Z\",\"version\":" + v + "}");
        assertThat(silence.status()).isEqualTo(409);
        assertThat(delegation.post("/api/v1/items/reset-dd-only-kfor/raising", "{\"version\":" + v + "}").status()).isEqualTo(403);

        var raised = chair.post("/api/v1/items/reset-dd-only-kfor/raising", "{\"version\":" + v + "}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().path("status").asText()).isEqualTo("OPEN");
        var journal = list(chair.get("/api/v1/journal?subject=item:reset-dd-only-kfor").json()).stream().map(e -> e.path("type").asText()).toList();
        assertThat(journal).containsExactly("ItemDrafted", "DraftRaised");
        long v2 = raised.json().path("version").asLong();
        var now = delegation.put("/api/v1/items/reset-dd-only-kfor/positions/ITA", "{\"position\":\"OBJECTION\",\"version\":" + v2 + "}");
        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(chair.post("/api/v1/items/reset-dd-only-kfor/raising", "{\"version\":" + (v2 + 1) + "}").status()).isEqualTo(409);
    }
}
