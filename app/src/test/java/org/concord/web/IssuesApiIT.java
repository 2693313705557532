package org.concord.web;

import org.concord.boot.Concord;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/issues}: an analyst defines a forecast issue through the forecast service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuesApiIT {
    Concord concord;
    Server server;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    @Test
    void an_analyst_defines_an_issue_a_delegation_may_not_and_a_bad_one_names_every_field() {
        Http analyst = Http.withToken(server.port(), Fixtures.token(concord, "analyst", Role.ANALYST, null, "NATO SECRET"));
        var created = analyst.post("/api/v1/issues", """
                {"id":"kfor-cut","item":"kfor-reduction-2026","title":"Is KFOR curtailed?","scale0":"no cut","scale100":"full cut",
                 "statusQuo":0,"proposal":60,"proposer":"USA","date":"2026-03-01"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/issues/kfor-cut");
        assertThat(created.json().path("rule").asText()).isEqualTo("UNANIMITY");
        assertThat(analyst.get("/api/v1/issues/kfor-cut").status()).isEqualTo(200);
        assertThat(analyst.post("/api/v1/issues", created.body()).status()).isEqualTo(409);

        var uncatalogued = analyst.post("/api/v1/issues", """
                {"id":"kfor-cut-2","title":"Is KFOR curtailed?","scale0":"no cut","scale100":"full cut",
                 "statusQuo":0,"proposal":60,"proposer":"USA","date":"2026-03-01","sources":["S17","S99999"]}""");
        assertThat(uncatalogued.status()).as(uncatalogued.body()).isEqualTo(400);
        assertThat(uncatalogued.json().path("violations").toString()).contains("\"field\":\"sources[1]\"", "'S99999' is not in the source catalogue");
        assertThat(analyst.get("/api/v1/issues/kfor-cut-2").status()).isEqualTo(404);

        var bad = analyst.post("/api/v1/issues", """
                {"id":"Bad Id","item":"no-such-item","title":"","statusQuo":150,"proposal":60,"date":"2026-03-01"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("violations").toString()).contains("\"field\":\"title\"", "\"field\":\"statusQuo\"", "\"field\":\"proposer\"");

        Http deu = Http.withToken(server.port(), Fixtures.token(concord, "deu", Role.DELEGATION, "DEU", "NATO SECRET"));
        assertThat(deu.post("/api/v1/issues", """
                {"id":"other","title":"x","scale0":"a","scale100":"b","statusQuo":0,"proposal":60,"date":"2026-03-01"}""").status()).isEqualTo(403);
    }

    @Test
    void a_history_is_capped_as_one_forecast_for_the_forecasts_of_all_its_days() {
        Http analyst = Http.withToken(server.port(), Fixtures.token(concord, "historian", Role.ANALYST, null, "NATO SECRET"));
        assertThat(analyst.post("/api/v1/issues", """
                {"id":"capped-history","title":"A question with stances on two days","scale0":"no","scale100":"yes",
                 "statusQuo":0,"proposal":100,"proposer":"USA","date":"2026-03-01"}""").status()).isEqualTo(201);
        var stance = analyst.post("/api/v1/stances", """
                {"issue":"capped-history","actor":"ITA","reportedOn":"2026-03-05","source":"Italian official, to the desk","grade":"B2",
                 "position":40,"quote":"Italy could live with forty."}""");
        assertThat(stance.status()).as(stance.body()).isEqualTo(201);
        // 9,765 expected-utility draws of 32 actors are within one forecast's cap; the history runs one per day: two
        var history = analyst.get("/api/v1/issues/capped-history/history.svg?runs=9765&model=expected-utility");
        assertThat(history.status()).as(history.body()).isEqualTo(400);
        assertThat(history.json().path("violations").get(0).path("field").asText()).isEqualTo("runs");
        assertThat(history.json().path("violations").get(0).path("reason").asText())
                .contains("allows at most 4882 draws each for the 2 forecasts it takes (one per day a stance arrived)");
        assertThat(analyst.get("/api/v1/issues/capped-history/history.svg?runs=100&model=expected-utility").status()).as("within the cap").isEqualTo(200);
    }

    @Test
    void where_the_model_says_nothing_what_would_move_it_answers_422_as_the_openapi_document_says_and_the_chart_says_why() {
        Http analyst = Http.withToken(server.port(), Fixtures.token(concord, "mover", Role.ANALYST, null, "NATO SECRET"));
        StringBuilder salience = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonNode m : analyst.get("/api/v1/members?limit=200").json()) salience.append(salience.isEmpty() ? "" : ",").append('"').append(m.path("iso3").asText()).append("\":0");
        var defined = analyst.post("/api/v1/issues", """
                {"id":"no-salience","title":"Nobody cares","scale0":"none","scale100":"all","statusQuo":30,"proposal":70,
                 "rule":"UNANIMITY","proposer":"USA","date":"2026-06-01","salience":{%s}}""".formatted(salience));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        var none = analyst.get("/api/v1/issues/no-salience/what-would-move-it?runs=100&model=compromise");
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.contentType()).startsWith("application/problem+json");

        var skipped = analyst.post("/api/v1/forecasts", """
                {"issue":"no-salience","runs":100,"seed":1,"model":"compromise"}""");
        assertThat(skipped.json().path("results").path("status").asText()).isEqualTo("SKIPPED");
        String reason = skipped.json().path("results").path("reason").asText();
        assertThat(analyst.get("/api/v1/forecasts/" + skipped.json().path("id").asText() + "/chart.svg").body())
                .as("a skipped forecast's chart says why it is empty").contains("skipped: " + reason);
    }

    @Test
    void an_analyst_revises_an_issue_the_journal_says_what_changed_and_why_and_a_bad_revision_names_its_fields() {
        Http analyst = Http.withToken(server.port(), Fixtures.token(concord, "reviser", Role.ANALYST, null, "NATO SECRET"));
        var revised = analyst.patch("/api/v1/issues/nmi-end", """
                {"statusQuo":20,"note":"revised after a briefing","reason":"the mission was drawn down","reasonSources":["S17"]}""");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().path("statusQuo").asDouble()).isEqualTo(20.0);
        assertThat(revised.json().path("note").asText()).isEqualTo("revised after a briefing");
        assertThat(analyst.get("/api/v1/issues/nmi-end").json().path("issue").path("statusQuo").asDouble()).isEqualTo(20.0);
        var journal = analyst.get("/api/v1/journal?subject=issue:nmi-end&type=IssueRevised");
        assertThat(journal.status()).isEqualTo(200);
        var payload = journal.json().get(0).path("payload");
        assertThat(payload.path("reason").asText()).isEqualTo("the mission was drawn down");
        assertThat(payload.path("sources").toString()).contains("S17");
        assertThat(payload.path("changes").toString()).contains("\"field\":\"statusQuo\"").contains("\"field\":\"note\"");

        var bad = analyst.patch("/api/v1/issues/nmi-end", """
                {"statusQuo":150,"rule":"VETO","proposer":"XXX","reasonSources":["bad key!"]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("violations").toString()).contains("\"field\":\"reason\"", "\"field\":\"reasonSources[0]\"");
        var badValues = analyst.patch("/api/v1/issues/nmi-end", """
                {"statusQuo":150,"rule":"VETO","proposer":"XXX","reason":"try"}""");
        assertThat(badValues.status()).isEqualTo(400);
        assertThat(badValues.json().path("violations").toString()).contains("\"field\":\"statusQuo\"", "\"field\":\"rule\"", "\"field\":\"proposer\"");
        var uncatalogued = analyst.patch("/api/v1/issues/nmi-end", """
                {"statusQuo":30,"reason":"a briefing","reasonSources":["S17","S99999"],"sources":["S99998"]}""");
        assertThat(uncatalogued.status()).as(uncatalogued.body()).isEqualTo(400);
        assertThat(uncatalogued.json().path("violations").toString())
                .contains("\"field\":\"reasonSources[1]\"", "'S99999' is not in the source catalogue", "\"field\":\"sources[0]\"")
                .doesNotContain("reasonSources[0]");
        assertThat(analyst.get("/api/v1/issues/nmi-end").json().path("issue").path("statusQuo").asDouble()).as("nothing revised").isEqualTo(20.0);
        var unknown = analyst.patch("/api/v1/issues/nmi-end", """
                {"date":"2026-01-01","reason":"try"}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("violations").toString()).contains("date");
        var same = analyst.patch("/api/v1/issues/nmi-end", """
                {"statusQuo":20,"reason":"again"}""");
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().path("violations").toString()).contains("changes nothing");
        assertThat(analyst.patch("/api/v1/issues/no-such-issue", """
                {"statusQuo":20,"reason":"x"}""").status()).isEqualTo(404);

        Http deu = Http.withToken(server.port(), Fixtures.token(concord, "deu2", Role.DELEGATION, "DEU", "NATO SECRET"));
        assertThat(deu.patch("/api/v1/issues/nmi-end", """
                {"statusQuo":30,"reason":"x"}""").status()).isEqualTo(403);
        assertThat(new Http(server.port()).patch("/api/v1/issues/nmi-end", """
                {"statusQuo":30,"reason":"x"}""").status()).isEqualTo(401);
    }
}
