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

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.web.RegisterApiIT.texts;

/** The forecasting routes on a real server over the built-in data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastApiIT {
    Concord concord;
    Server server;
    Http http;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        http = Http.withToken(server.port(), Fixtures.token(concord, "analyst", org.concord.shared.Role.ANALYST, null, "NATO SECRET"));
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    @Test
    void issues_are_listed_and_one_shows_its_position_estimates_and_stances() {
        var list = http.get("/api/v1/issues");
        assertThat(list.status()).isEqualTo(200);
        assertThat(texts(list.json(), "id")).containsExactly("nmi-end", "kfor-size", "ankara-partners", "public-forum");
        JsonNode kfor = http.get("/api/v1/issues/kfor-size").json();
        assertThat(kfor.path("issue").path("scale100").asText()).contains("4,500");
        assertThat(kfor.path("actors")).hasSize(32);
        JsonNode can = null;
        for (JsonNode a : kfor.path("actors")) if (a.path("actor").asText().equals("CAN")) can = a;
        assertThat(can.path("flaggedNoReport").asBoolean()).isTrue();
        assertThat(texts(kfor.path("stances"), "about")).containsExactlyInAnyOrder("USA", "EUROPEAN_ALLIES", "SECRETARIAT");
        JsonNode early = http.get("/api/v1/issues/kfor-size?asOf=2026-01-01").json();
        assertThat(early.path("asOf").asText()).isEqualTo("2026-01-01");
        assertThat(http.get("/api/v1/issues/atlantis").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/issues/kfor-size?asOf=soon").json().path("violations").get(0).path("field").asText()).isEqualTo("asOf");
    }

    @Test
    void a_stance_is_recorded_and_listed_and_a_bad_one_names_every_field_and_writes_nothing() {
        var created = http.post("/api/v1/stances", """
                {"issue":"public-forum","actor":"NOR","reportedOn":"2026-03-05","source":"a Norwegian diplomat, to NTB","grade":"C3",
                 "position":95,"quote":"The forum is where NATO meets its public","sources":["S17"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        JsonNode listed = http.get("/api/v1/stances?issue=public-forum").json();
        assertThat(listed.findValuesAsText("id")).contains(Long.toString(id));

        String before = http.get("/api/v1/stances").body();
        var bad = http.post("/api/v1/stances", """
                {"issue":"atlantis","group":"NORDICS","reportedOn":"2026-02-30","source":"","grade":"B9","position":-1,"quote":"q","mood":"grim"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(texts(bad.json().path("violations"), "field")).containsExactly("mood");
        var bad2 = http.post("/api/v1/stances", """
                {"issue":"atlantis","group":"NORDICS","reportedOn":"2026-02-30","source":"","grade":"B9","position":-1,"quote":"q"}""");
        assertThat(texts(bad2.json().path("violations"), "field")).containsExactly("group", "reportedOn", "source", "grade", "position", "issue");
        var bad3 = http.post("/api/v1/stances", """
                {"issue":"atlantis","actor":"DEU","reportedOn":"2026-02-20","source":"s","grade":"B2","position":"high","quote":"q"}""");
        assertThat(texts(bad3.json().path("violations"), "field")).containsExactly("position");
        var unknown = http.post("/api/v1/stances", """
                {"issue":"atlantis","actor":"DEU","reportedOn":"2026-02-20","source":"s","grade":"B2","position":5,"quote":"q"}""");
        assertThat(texts(unknown.json().path("violations"), "field")).containsExactly("issue");
        assertThat(http.get("/api/v1/stances").body()).isEqualTo(before);
        assertThat(http.get("/api/v1/stances?issue=atlantis").json().path("violations").get(0).path("field").asText()).isEqualTo("issue");
    }

    @Test
    void a_forecast_is_run_stored_listed_and_read_back() {
        var run = http.post("/api/v1/forecasts", """
                {"issue":"nmi-end","runs":2000,"seed":42,"model":"win-set"}""");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        JsonNode f = run.json();
        String id = f.path("id").asText();
        assertThat(run.body()).isNotEmpty();
        assertThat(f.path("inputs").path("issue").path("proposer").asText()).isEqualTo("USA");
        JsonNode results = f.path("results");
        assertThat(results.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(results.path("proposalPasses").asDouble()).isLessThan(0.05);
        assertThat(results.path("outcome").path("p50").asDouble()).isBetween(0.0, 100.0);
        assertThat(results.path("pivotal")).isNotEmpty();
        assertThat(results.path("histogram")).hasSize(20);
        assertThat(http.get("/api/v1/forecasts/" + id).json()).isEqualTo(f);
        assertThat(texts(http.get("/api/v1/forecasts?issue=nmi-end").json(), "id")).contains(id);
        assertThat(http.get("/api/v1/forecasts/99999").status()).isEqualTo(404);
        var chart = http.get("/api/v1/forecasts/" + id + "/chart.svg");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.body()).startsWith("<svg").contains("status quo").contains("proposal").contains("median")
                .contains("Future of NATO Mission Iraq").contains("calibrated 90% band").doesNotContain("<script").doesNotContain("style=");
        assertThat(chart.body().split("fill=\"#3182bd\"", -1).length - 1).as("histogram bars").isPositive();
        assertThat(http.get("/api/v1/forecasts/abc").status()).isEqualTo(404);
    }

    @Test
    void what_would_move_it_and_the_history_chart_are_served_and_store_nothing() {
        int before = http.get("/api/v1/forecasts").json().size();
        var move = http.get("/api/v1/issues/nmi-end/what-would-move-it?runs=200");
        assertThat(move.status()).as(move.body()).isEqualTo(200);
        assertThat(move.json().path("measure").asText()).isEqualTo("P(proposal passes as written)");
        assertThat(move.json().path("moves")).isNotEmpty();
        assertThat(move.json().path("moves").get(0).has("change")).isTrue();
        // an actor is a plain string as everywhere else in the API, not the id record {"value":"ALB"}
        for (JsonNode m : move.json().path("moves")) assertThat(m.path("actor").isTextual()).as(m.toString()).isTrue();
        assertThat(texts(move.json().path("moves"), "actor")).allMatch(a -> a.matches("[A-Z]{3}"));
        assertThat(http.get("/api/v1/issues/ankara-partners/what-would-move-it?runs=100").json().path("measure").asText())
                .isEqualTo("P(status quo holds)");
        var chart = http.get("/api/v1/issues/kfor-size/history.svg?runs=200");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.body()).startsWith("<svg").contains("Forecast history").doesNotContain("<script").doesNotContain("style=");
        assertThat(http.get("/api/v1/issues/nmi-end/what-would-move-it?runs=0").json().path("violations").get(0).path("field").asText())
                .isEqualTo("runs");
        assertThat(http.get("/api/v1/issues/atlantis/history.svg").status()).isIn(400, 404);
        assertThat(http.get("/api/v1/forecasts").json().size()).isEqualTo(before);
    }

    @Test
    void what_would_move_it_is_capped_as_one_forecast_for_all_the_forecasts_it_runs() {
        // 9,765 expected-utility draws of 32 actors are one forecast within the cap; what would move it runs 65 of them
        var single = http.post("/api/v1/forecasts", """
                {"issue":"nmi-end","runs":9765,"model":"expected-utility","seed":1}""");
        assertThat(single.json().path("violations").toString()).as("the single forecast is not refused for its cost").doesNotContain("allows at most");
        var move = http.get("/api/v1/issues/nmi-end/what-would-move-it?runs=9765&model=expected-utility");
        assertThat(move.status()).as(move.body()).isEqualTo(400);
        assertThat(move.json().path("violations").get(0).path("field").asText()).isEqualTo("runs");
        assertThat(move.json().path("violations").get(0).path("reason").asText())
                .contains("allows at most 150 draws each for the 65 forecasts it takes").contains("got 9765");
        assertThat(http.get("/api/v1/issues/nmi-end/what-would-move-it?runs=150&model=expected-utility").status()).as("within the cap").isEqualTo(200);
    }

    @Test
    void the_forecast_request_schema_offers_only_models_a_forecast_runs_and_its_example_runs() {
        JsonNode schema = http.get("/api/openapi.json").json().path("components").path("schemas").path("ForecastRequestData");
        List<String> offered = new ArrayList<>();
        schema.path("properties").path("model").path("enum").forEach(n -> offered.add(n.asText()));
        assertThat(offered).containsExactlyInAnyOrderElementsOf(concord.forecasts().models());
        JsonNode example = http.get("/api/openapi.json").json().path("paths").path("/api/v1/forecasts").path("post")
                .path("requestBody").path("content").path("application/json").path("example");
        var run = http.post("/api/v1/forecasts", example.toString().replace("10000", "200"));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
    }

    @Test
    void what_would_move_it_and_the_history_chart_refuse_a_reader_as_the_openapi_document_says() {
        String readerToken = Fixtures.token(concord, "move-reader", org.concord.shared.Role.READER, null, "NATO SECRET");
        Http reader = Http.withToken(server.port(), readerToken);
        assertThat(reader.get("/api/v1/issues/nmi-end/what-would-move-it?runs=100").status()).isEqualTo(403);
        assertThat(reader.get("/api/v1/issues/nmi-end/history.svg?runs=100").status()).isEqualTo(403);
    }

    @Test
    void both_charts_carry_a_text_alternative_naming_what_they_show() {
        var run = http.post("/api/v1/forecasts", """
                {"issue":"kfor-size","runs":200,"seed":1}""");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        String chart = http.get("/api/v1/forecasts/" + run.json().path("id").asText() + "/chart.svg").body();
        assertThat(chart).matches("(?s)<svg [^>]*role=\"img\"[^>]*>\\s*<title>Forecast \\d+: Size of the Kosovo Force[^<]*</title>.*");
        String history = http.get("/api/v1/issues/kfor-size/history.svg?runs=100").body();
        assertThat(history).matches("(?s)<svg [^>]*role=\"img\"[^>]*>\\s*<title>Forecast history: Size of the Kosovo Force[^<]*</title>.*");
    }

    @Test
    void the_chart_of_a_forecast_whose_proposal_is_the_status_quo_gives_its_odds() {
        var run = http.post("/api/v1/forecasts", """
                {"issue":"ankara-partners","runs":200,"seed":1}""");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        double holds = run.json().path("results").path("statusQuoHolds").asDouble();
        String chart = http.get("/api/v1/forecasts/" + run.json().path("id").asText() + "/chart.svg").body();
        assertThat(chart).contains(String.format(java.util.Locale.ROOT, "P(status quo holds) %.1f%%", 100 * holds));
    }

    @Test
    void a_bad_forecast_request_names_every_field() {
        var r = http.post("/api/v1/forecasts", """
                {"issue":"atlantis","runs":0,"model":"oracle","asOf":"yesterday"}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(texts(r.json().path("violations"), "field")).containsExactly("issue", "runs", "model", "asOf");
        var types = http.post("/api/v1/forecasts", """
                {"issue":"nmi-end","runs":"many","seed":1.5}""");
        assertThat(texts(types.json().path("violations"), "field")).containsExactly("runs", "seed");
    }

    @Test
    void the_openapi_document_describes_the_forecasting_routes() {
        JsonNode paths = http.get("/api/openapi.json").json().path("paths");
        JsonNode validate = paths.path("/api/v1/forecasts/validate").path("post");
        assertThat(validate.path("requestBody").path("content").has("text/csv")).isTrue();
        assertThat(validate.path("requestBody").path("content").path("multipart/form-data").path("schema").path("required"))
                .extracting(JsonNode::asText).containsExactly("cases", "train");
        assertThat(validate.path("responses").path("200").path("content").path("application/json").path("schema").path("$ref").asText())
                .as("the report has a schema, not a bare object").isEqualTo("#/components/schemas/PredictiveReportData");
        assertThat(paths.path("/api/v1/forecasts").has("post")).isTrue();
        assertThat(paths.path("/api/v1/issues/{id}").has("get")).isTrue();
        List<String> documented = new ArrayList<>();
        paths.properties().forEach(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(server.servedApiRoutes());
    }
}
