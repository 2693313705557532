package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.forecast.application.IssueData;
import org.concord.shared.Role;
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

/** Reported stances, forecast issues and stored forecasts carry a marking and are filtered like any record (issue 8, section 3). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntelligenceMarkingsApiIT {
    static final String SECRET_QUOTE = "Berlin will stay whatever Washington says";
    static final String UKR_QUOTE = "Kyiv was told the mission stays";
    Concord concord;
    Server server;
    Http analyst, lowAnalyst, ukr, anonymous;
    long secretForecast, publicForecast;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        int port = server.port();
        analyst = Http.withToken(port, Fixtures.token(concord, "analyst-secret", Role.ANALYST, null, "NATO SECRET"));
        lowAnalyst = Http.withToken(port, Fixtures.token(concord, "analyst-low", Role.ANALYST, null, "NATO UNCLASSIFIED"));
        ukr = Http.withToken(port, Fixtures.token(concord, "ukr-partner", Role.PARTNER, "UKR", "NATO SECRET"));
        anonymous = new Http(port);
        assertThat(created(analyst.post("/api/v1/stances", stance("nmi-end", SECRET_QUOTE, "NATO SECRET"))).path("classification").asText())
                .isEqualTo("NATO SECRET");
        assertThat(created(analyst.post("/api/v1/stances", stance("nmi-end", UKR_QUOTE, "NATO RESTRICTED REL UKR"))).path("classification").asText())
                .isEqualTo("NATO RESTRICTED REL UKR");
        // The local operator defines a secret issue (no route defines issues).
        var base = concord.forecasts().issues(Fixtures.ANALYST).getFirst();
        concord.forecasts().defineIssue(Fixtures.ANALYST, new IssueData("secret-issue", null, "A secret question", "none", "all", 100.0, 0.0,
                "UNANIMITY", null, null, "CHAIR", "2026-06-01", null, null, null, null, "NATO SECRET"));
        assertThat(base.classification()).isEqualTo("PUBLIC");
        secretForecast = created(analyst.post("/api/v1/forecasts", "{\"issue\":\"nmi-end\",\"runs\":200}")).path("id").asLong();
        publicForecast = created(lowAnalyst.post("/api/v1/forecasts", "{\"issue\":\"nmi-end\",\"runs\":200}")).path("id").asLong();
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    static JsonNode created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static String stance(String issue, String quote, String classification) {
        return """
                {"issue":"%s","actor":"DEU","reportedOn":"2026-03-01","source":"minister, on ARD","grade":"B2","position":90,
                 "quote":"%s","classification":"%s"}""".formatted(issue, quote, classification);
    }

    static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    @Test
    void the_built_in_press_derived_issues_and_stances_are_public_and_a_stance_recorded_without_a_marking_is_nato_unclassified() {
        assertThat(values(anonymous.get("/api/v1/issues").json(), "classification")).isNotEmpty().containsOnly("PUBLIC");
        assertThat(values(anonymous.get("/api/v1/stances").json(), "classification")).isNotEmpty().containsOnly("PUBLIC");
        var plain = created(analyst.post("/api/v1/stances", stance("kfor-size", "Unmarked words", "").replace(",\"classification\":\"\"", "")));
        assertThat(plain.path("classification").asText()).isEqualTo("NATO UNCLASSIFIED");
        assertThat(anonymous.get("/api/v1/stances").body()).doesNotContain("Unmarked words");
    }

    @Test
    void anonymous_and_partner_ukr_read_only_the_stances_marked_for_them() {
        assertThat(anonymous.get("/api/v1/stances").body()).doesNotContain(SECRET_QUOTE, UKR_QUOTE);
        assertThat(anonymous.get("/api/v1/stances?issue=nmi-end").body()).doesNotContain(SECRET_QUOTE, UKR_QUOTE);
        assertThat(anonymous.get("/api/v1/issues/nmi-end").body()).doesNotContain(SECRET_QUOTE, UKR_QUOTE);
        assertThat(ukr.get("/api/v1/stances").body()).contains(UKR_QUOTE).doesNotContain(SECRET_QUOTE);
        assertThat(ukr.get("/api/v1/issues/nmi-end").body()).contains(UKR_QUOTE).doesNotContain(SECRET_QUOTE);
        assertThat(analyst.get("/api/v1/stances?issue=nmi-end").body()).contains(SECRET_QUOTE, UKR_QUOTE);
        assertThat(anonymous.get("/api/v1/journal?subject=issue:nmi-end&limit=200").body()).doesNotContain(SECRET_QUOTE, UKR_QUOTE);
    }

    @Test
    void a_hidden_issue_answers_every_route_exactly_as_a_missing_one() {
        assertThat(values(anonymous.get("/api/v1/issues").json(), "id")).doesNotContain("secret-issue");
        assertThat(values(ukr.get("/api/v1/issues").json(), "id")).doesNotContain("secret-issue");
        assertThat(values(analyst.get("/api/v1/issues").json(), "id")).contains("secret-issue");
        for (Http who : List.of(anonymous, ukr, lowAnalyst)) {
            assertThat(answer(who.get("/api/v1/issues/secret-issue"), "secret-issue"))
                    .isEqualTo(answer(who.get("/api/v1/issues/no-such-issue"), "no-such-issue")).startsWith("404");
            assertThat(answer(who.get("/api/v1/stances?issue=secret-issue"), "secret-issue"))
                    .isEqualTo(answer(who.get("/api/v1/stances?issue=no-such-issue"), "no-such-issue"));
        }
        assertThat(answer(lowAnalyst.post("/api/v1/stances", stance("secret-issue", "q", "PUBLIC")), "secret-issue"))
                .isEqualTo(answer(lowAnalyst.post("/api/v1/stances", stance("no-such-issue", "q", "PUBLIC")), "no-such-issue")).startsWith("400");
        assertThat(answer(lowAnalyst.post("/api/v1/forecasts", "{\"issue\":\"secret-issue\",\"runs\":10}"), "secret-issue"))
                .isEqualTo(answer(lowAnalyst.post("/api/v1/forecasts", "{\"issue\":\"no-such-issue\",\"runs\":10}"), "no-such-issue")).startsWith("400");
    }

    @Test
    void a_forecast_is_marked_as_high_as_the_stances_it_used_and_is_hidden_like_any_record() {
        assertThat(analyst.get("/api/v1/forecasts/" + secretForecast).json().path("classification").asText()).isEqualTo("NATO SECRET");
        // The low analyst's run could not see the secret and restricted stances: it used the public ones only.
        assertThat(anonymous.get("/api/v1/forecasts/" + publicForecast).json().path("classification").asText()).isEqualTo("PUBLIC");
        assertThat(anonymous.get("/api/v1/forecasts/" + publicForecast).json().path("by").asText()).isEqualTo("(ANALYST)");
        assertThat(anonymous.get("/api/v1/forecasts").body()).doesNotContain("analyst-low", "127.0.0.1");
        assertThat(analyst.get("/api/v1/forecasts/" + publicForecast).json().path("by").asText()).startsWith("analyst-low (ANALYST)");
        assertThat(values(anonymous.get("/api/v1/forecasts").json(), "id")).contains(Long.toString(publicForecast)).doesNotContain(Long.toString(secretForecast));
        assertThat(values(ukr.get("/api/v1/forecasts?issue=nmi-end").json(), "id")).doesNotContain(Long.toString(secretForecast));
        String missing = "999999";
        for (Http who : List.of(anonymous, ukr, lowAnalyst))
            for (String path : List.of("/api/v1/forecasts/%s", "/api/v1/forecasts/%s/chart.svg", "/forecasts/%s")) {
                var hidden = who.get(path.formatted(secretForecast));
                assertThat(hidden.status()).as(path).isEqualTo(404);
                assertThat(answer(hidden, Long.toString(secretForecast))).as(path).isEqualTo(answer(who.get(path.formatted(missing)), missing));
            }
        assertThat(anonymous.get("/").body()).doesNotContain("/forecasts/" + secretForecast + "\"");
        assertThat(analyst.get("/api/v1/forecasts/" + secretForecast + "/chart.svg").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/journal?subject=forecast:" + secretForecast).json()).isEmpty();
    }

    static String answer(Http.Response r, String id) {
        return r.status() + " " + r.contentType() + " " + r.body().replace("'" + id + "'", "'ID'").replace("/" + id, "/ID").replace(":" + id, ":ID");
    }
}
