package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.RaiseItemData;
import org.concord.shared.Principal;
import org.concord.shared.Role;
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

/** Options for one decision (issue 14, section 3) and risks (section 4) over HTTP: built-in data, writes, markings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptionsAndRisksApiIT {
    static final String NMI = "/api/v1/items/nmi-termination-2026/options";
    Concord concord;
    Server server;
    Http analyst, lowAnalyst, chair, ita, ukr, anonymous;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        int port = server.port();
        analyst = Http.withToken(port, Fixtures.token(concord, "analyst", Role.ANALYST, null, "NATO SECRET"));
        lowAnalyst = Http.withToken(port, Fixtures.token(concord, "analyst-low", Role.ANALYST, null, "NATO UNCLASSIFIED"));
        chair = Http.withToken(port, Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET"));
        ita = Http.withToken(port, Fixtures.token(concord, "ita", Role.DELEGATION, "ITA", "NATO SECRET"));
        ukr = Http.withToken(port, Fixtures.token(concord, "ukr", Role.PARTNER, "UKR", "NATO SECRET"));
        anonymous = new Http(port);
        EffectRequest statement = new EffectRequest.AdoptStatement("A secret plan.");
        concord.procedure().raise(Principal.of("chair", Role.CHAIR), new RaiseItemData("secret-plan", null, null, "CHAIR",
                "A secret plan", "A secret plan.", statement, "NATO SECRET"));
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void the_nmi_item_has_three_options_side_by_side_each_with_a_forecast_and_who_blocks() {
        var r = anonymous.get(NMI);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode o = r.json();
        assertThat(o.path("issue").asText()).isEqualTo("nmi-end");
        assertThat(values(o.path("options"), "key")).containsExactly("out-by-september-2026", "drawdown-2027", "continue");
        assertThat(values(o.path("options"), "point")).containsExactly("0.0", "35.0", "100.0");
        for (JsonNode f : o.path("options")) {
            assertThat(f.path("probability").asDouble()).isBetween(0.0, 1.0);
            assertThat(f.path("measure").asText()).isIn("P(passes)", "P(status quo stays)");
            assertThat(f.path("blockers").isArray()).isTrue();
            for (JsonNode j : f.path("rejecting")) assertThat(j.path("likely").asBoolean()).isEqualTo(j.path("share").asDouble() >= 0.5);
        }
        // The status quo stays exactly when none of the other options passes; those odds come from the same draws.
        JsonNode cont = o.path("options").get(2);
        assertThat(cont.path("measure").asText()).isEqualTo("P(status quo stays)");
        assertThat(cont.path("probability").asDouble()).isGreaterThanOrEqualTo(1 - o.path("options").get(0).path("probability").asDouble()
                - o.path("options").get(1).path("probability").asDouble() - 1e-9);
        // The marked option is the one nearest the proposer among those every ally is forecast to accept.
        String closest = o.path("closest").asText();
        double ideal = o.path("proposerIdeal").asDouble();
        JsonNode marked = null;
        for (JsonNode f : o.path("options")) if (f.path("key").asText().equals(closest)) marked = f;
        assertThat(marked).isNotNull();
        assertThat(marked.path("acceptedByAll").asBoolean()).isTrue();
        assertThat(marked.path("closest").asBoolean()).isTrue();
        for (JsonNode f : o.path("options"))
            if (f.path("acceptedByAll").asBoolean())
                assertThat(Math.abs(f.path("point").asDouble() - ideal)).isGreaterThanOrEqualTo(Math.abs(marked.path("point").asDouble() - ideal));
        assertThat(o.path("classification").asText()).isEqualTo("PUBLIC");
        // The same figures every time: fixed seed, nothing stored.
        assertThat(anonymous.get(NMI).body()).isEqualTo(r.body());
    }

    @Test
    void an_analyst_adds_an_option_on_the_items_issue_and_bad_or_hidden_input_is_refused_writing_nothing() {
        var added = analyst.post("/api/v1/items/kfor-reduction-2026/options", """
                {"key":"halve-2027","label":"Halve KFOR by 2027","point":50,"description":"a middle way"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("issue").asText()).isEqualTo("kfor-size");
        assertThat(added.json().path("classification").asText()).isEqualTo("NATO UNCLASSIFIED");
        assertThat(anonymous.get("/api/v1/items/kfor-reduction-2026/options").json().path("options").size()).isZero();
        assertThat(ita.get("/api/v1/items/kfor-reduction-2026/options").json().path("options").size()).isEqualTo(1);

        var bad = analyst.post("/api/v1/items/kfor-reduction-2026/options", """
                {"key":"Bad Key","label":"","point":120,"sources":["NOPE"]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"key\"", "\"label\"", "\"point\"", "\"sources[0]\"");
        assertThat(analyst.post("/api/v1/items/kfor-reduction-2026/options", """
                {"key":"halve-2027","label":"Again","point":40}""").status()).isEqualTo(409);
        var otherIssue = analyst.post("/api/v1/items/kfor-reduction-2026/options", """
                {"key":"x","issue":"nmi-end","label":"On another scale","point":40}""");
        assertThat(otherIssue.status()).isEqualTo(400);
        assertThat(otherIssue.body()).contains("\"issue\"");
        assertThat(ita.post("/api/v1/items/kfor-reduction-2026/options", """
                {"key":"ita","label":"An Italian idea","point":40}""").status()).isEqualTo(403);
        // A hidden item answers exactly as a missing one.
        var hidden = lowAnalyst.post("/api/v1/items/secret-plan/options", "{\"key\":\"a\",\"label\":\"A\",\"point\":1}");
        var missing = lowAnalyst.post("/api/v1/items/no-such-plan/options", "{\"key\":\"a\",\"label\":\"A\",\"point\":1}");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body().replace("secret-plan", "X")).isEqualTo(missing.body().replace("no-such-plan", "X"));
        assertThat(lowAnalyst.get("/api/v1/items/secret-plan/options").status()).isEqualTo(404);
    }

    @Test
    void the_articles_two_warnings_are_built_in_risks_with_their_sources_grades_and_scales() {
        JsonNode nmi = anonymous.get("/api/v1/risks?item=nmi-termination-2026").json();
        JsonNode kfor = anonymous.get("/api/v1/risks?item=kfor-reduction-2026").json();
        assertThat(nmi.size()).isEqualTo(1);
        assertThat(kfor.size()).isEqualTo(1);
        assertThat(nmi.get(0).path("what").asText()).contains("Kurdistan");
        assertThat(nmi.get(0).path("assessedBy").asText()).contains("Tamer Badawi", "CARPO");
        assertThat(kfor.get(0).path("what").asText()).contains("Western Balkans");
        assertThat(kfor.get(0).path("assessedBy").asText()).contains("Morina", "fifth senior NATO diplomat");
        for (JsonNode r : List.of(nmi.get(0), kfor.get(0))) {
            assertThat(r.path("grade").asText()).matches("[A-F][1-6]");
            assertThat(r.path("likelihood").asText()).isEqualTo("REALISTIC_POSSIBILITY");
            assertThat(r.path("sources").toString()).contains("S17");
            assertThat(r.path("assessedOn").asText()).isEqualTo("2026-02-19");
            assertThat(r.path("classification").asText()).isEqualTo("PUBLIC");
        }
        assertThat(anonymous.get("/api/v1/risks").json().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_risk_is_marked_at_least_as_high_as_what_it_is_attached_to_and_shown_only_to_who_may_see_both() {
        var onOption = analyst.post("/api/v1/risks", """
                {"item":"nmi-termination-2026","option":"out-by-september-2026","what":"ISIS cells regroup in Anbar","where":"Iraq: Anbar",
                 "assessedBy":"an allied service","grade":"B2","likelihood":"LIKELY","impact":"MAJOR","assessedOn":"2026-03-01",
                 "classification":"NATO SECRET"}""");
        assertThat(onOption.status()).as(onOption.body()).isEqualTo(201);
        assertThat(analyst.get("/api/v1/risks?item=nmi-termination-2026").body()).contains("ISIS cells regroup");
        assertThat(lowAnalyst.get("/api/v1/risks?item=nmi-termination-2026").body()).doesNotContain("ISIS cells regroup");
        assertThat(ukr.get("/api/v1/risks").body()).doesNotContain("ISIS cells regroup");
        assertThat(anonymous.get("/api/v1/journal").body()).doesNotContain("ISIS cells regroup");

        var onSecret = analyst.post("/api/v1/risks", """
                {"item":"secret-plan","what":"Leaks","where":"Brussels","assessedBy":"the desk","grade":"C3","likelihood":"UNLIKELY",
                 "impact":"MINOR","assessedOn":"2026-03-01"}""");
        assertThat(onSecret.status()).isEqualTo(201);
        assertThat(onSecret.json().path("classification").asText()).isEqualTo("NATO SECRET");
        assertThat(analyst.get("/api/v1/risks").body()).contains("Leaks");
        assertThat(lowAnalyst.get("/api/v1/risks").body()).doesNotContain("Leaks");

        // A hidden item is refused in the words used for a missing one.
        String body = """
                {"item":"%s","what":"W","where":"X","assessedBy":"Y","grade":"C3","likelihood":"UNLIKELY","impact":"MINOR","assessedOn":"2026-03-01"}""";
        var hidden = lowAnalyst.post("/api/v1/risks", body.formatted("secret-plan"));
        var missing = lowAnalyst.post("/api/v1/risks", body.formatted("nothing-here"));
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.body().replace("secret-plan", "X")).isEqualTo(missing.body().replace("nothing-here", "X"));
        assertThat(lowAnalyst.get("/api/v1/risks?item=secret-plan").status()).isEqualTo(400);
    }

    @Test
    void a_bad_risk_is_refused_naming_every_field_and_only_analysts_record_risks() {
        var bad = analyst.post("/api/v1/risks", """
                {"mission":"kfor","item":"kfor-reduction-2026","what":"","grade":"Z9","likelihood":"MAYBE","impact":"HUGE","assessedOn":"2099-01-01"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"mission\"", "\"what\"", "\"where\"", "\"assessedBy\"", "\"grade\"", "\"likelihood\"", "\"impact\"");
        var future = analyst.post("/api/v1/risks", """
                {"mission":"kfor","what":"W","where":"X","assessedBy":"Y","grade":"C3","likelihood":"UNLIKELY","impact":"MINOR","assessedOn":"2099-01-01"}""");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"assessedOn\"");
        var ok = analyst.post("/api/v1/risks", """
                {"mission":"kfor","what":"Riots in Mitrovica","where":"northern Kosovo","assessedBy":"Y","grade":"C3","likelihood":"unlikely","impact":"minor","assessedOn":"2026-03-01"}""");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(anonymous.get("/api/v1/risks?mission=kfor").body()).doesNotContain("Riots in Mitrovica");
        assertThat(ita.get("/api/v1/risks?mission=kfor").body()).contains("Riots in Mitrovica");
        assertThat(chair.post("/api/v1/risks", """
                {"mission":"kfor","what":"W","where":"X","assessedBy":"Y","grade":"C3","likelihood":"UNLIKELY","impact":"MINOR","assessedOn":"2026-03-01"}""").status())
                .isEqualTo(403);
    }
}
