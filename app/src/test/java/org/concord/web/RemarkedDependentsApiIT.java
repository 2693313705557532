package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.concord.boot.Concord;
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
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What hangs off a decision item or a mission (the forecast issue of the item, its stances and forecasts, the item's
 * options, the mission's risks and reviews, and their journal entries) is as secret as what it hangs off is now: when
 * the mission is reclassified above a reader after they were recorded, they vanish for that reader exactly as missing
 * records do, on every route, in the journal, on the desk and in a webhook's deliveries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemarkedDependentsApiIT {
    static final String QUOTE = "The cell may stay another year, a minister said";
    static final String RISK = "Cell advisers withdrawn early";
    static final String OPTION = "Six more months for the cell";
    static final String REVIEW = "The cell advises well";

    Concord concord;
    Server server;
    Http secretChair, lowChair, analyst, lowAnalyst, lowDeu, anonymous;
    long forecast, riskId, stanceSeq, forecastSeq;
    String reviewId;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        int port = server.port();
        secretChair = Http.withToken(port, Fixtures.token(concord, "chair-secret", Role.CHAIR, null, "NATO SECRET"));
        lowChair = Http.withToken(port, Fixtures.token(concord, "chair-low", Role.CHAIR, null, "NATO UNCLASSIFIED"));
        analyst = Http.withToken(port, Fixtures.token(concord, "analyst-secret", Role.ANALYST, null, "NATO SECRET"));
        lowAnalyst = Http.withToken(port, Fixtures.token(concord, "analyst-low", Role.ANALYST, null, "NATO UNCLASSIFIED"));
        lowDeu = Http.withToken(port, Fixtures.token(concord, "deu-low", Role.DELEGATION, "DEU", "NATO UNCLASSIFIED"));
        anonymous = new Http(port);

        created(secretChair.post("/api/v1/missions", ClassificationHoldsApiIT.mission("cell-x", "PUBLIC")));
        created(secretChair.post("/api/v1/items", ClassificationHoldsApiIT.item("extend-x", "PUBLIC",
                "{\"type\":\"EXTEND_MISSION\",\"mission\":\"cell-x\",\"newEnd\":\"2030-01-01\"}")));
        created(analyst.post("/api/v1/issues", """
                {"id":"x-extended","item":"extend-x","title":"Is the cell extended?","scale0":"ends in 2027","scale100":"extended to 2030",
                 "statusQuo":0,"proposal":100,"rule":"UNANIMITY","proposer":"USA","date":"2026-03-01","classification":"PUBLIC"}"""));
        created(analyst.post("/api/v1/stances", """
                {"issue":"x-extended","actor":"DEU","reportedOn":"2026-03-02","source":"minister, on ARD","grade":"B2","position":80,
                 "quote":"%s","classification":"PUBLIC"}""".formatted(QUOTE)));
        forecast = created(analyst.post("/api/v1/forecasts", "{\"issue\":\"x-extended\",\"runs\":200}")).path("id").asLong();
        created(analyst.post("/api/v1/items/extend-x/options", """
                {"key":"six-months","label":"%s","point":50,"classification":"PUBLIC"}""".formatted(OPTION)));
        riskId = created(analyst.post("/api/v1/risks", """
                {"mission":"cell-x","what":"%s","where":"Brussels","assessedBy":"the desk","grade":"C3","likelihood":"UNLIKELY",
                 "impact":"MINOR","assessedOn":"2026-03-01","classification":"PUBLIC"}""".formatted(RISK))).path("id").asLong();
        reviewId = created(secretChair.post("/api/v1/missions/cell-x/reviews", """
                {"kind":"AD_HOC","dueOn":"2026-03-10","heldOn":"2026-03-12","recommendation":"CONTINUE","summary":"%s",
                 "classification":"PUBLIC"}""".formatted(REVIEW))).path("id").asText();
        stanceSeq = seqOf("StanceReported", "issue:x-extended");
        forecastSeq = seqOf("ForecastStored", "forecast:" + forecast);

        // Before: the low reader sees all of it (so the checks below can fail).
        assertThat(lowAnalyst.get("/api/v1/issues/x-extended").status()).isEqualTo(200);
        assertThat(lowAnalyst.get("/api/v1/stances").body()).contains(QUOTE);
        assertThat(lowAnalyst.get("/api/v1/forecasts/" + forecast).status()).isEqualTo(200);
        assertThat(wholeJournal(lowAnalyst)).contains(QUOTE, RISK, OPTION, REVIEW);
        assertThat(concord.journal().entry(Principal.of("analyst-low", Role.ANALYST), stanceSeq)).isPresent();

        JsonNode m = secretChair.get("/api/v1/missions/cell-x").json();
        var raised = secretChair.put("/api/v1/missions/cell-x", ((ObjectNode) m).put("classification", "NATO SECRET").toString());
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    private long seqOf(String type, String subject) {
        JsonNode entries = analyst.get("/api/v1/journal?subject=" + subject + "&limit=200").json();
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.path("type").asText().equals(type)).mapToLong(e -> e.path("seq").asLong()).max()
                .orElseThrow(() -> new AssertionError("no " + type + " under " + subject + " in " + entries));
    }

    /** Every journal entry the reader may see, page by page. */
    static String wholeJournal(Http who) {
        StringBuilder out = new StringBuilder();
        long after = 0;
        while (true) {
            var page = who.get("/api/v1/journal?limit=200&after=" + after);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            if (page.json().isEmpty()) return out.toString();
            out.append(page.body());
            after = page.json().get(page.json().size() - 1).path("seq").asLong();
        }
    }

    static JsonNode created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    @Test
    void the_issue_of_an_item_raised_above_the_reader_answers_every_route_exactly_as_a_missing_issue() {
        for (Http who : List.of(lowAnalyst, lowDeu, anonymous)) {
            assertThat(values(who.get("/api/v1/issues").json(), "id")).doesNotContain("x-extended");
            for (String route : List.of("/api/v1/issues/ID", "/api/v1/stances?issue=ID", "/api/v1/forecasts?issue=ID",
                    "/api/v1/issues/ID/what-would-move-it", "/api/v1/issues/ID/history.svg?runs=10"))
                assertThat(ClassificationHoldsApiIT.answer(who.get(route.replace("ID", "x-extended")), "x-extended")).as(route)
                        .isEqualTo(ClassificationHoldsApiIT.answer(who.get(route.replace("ID", "no-such-issue")), "no-such-issue"));
        }
        String stance = """
                {"issue":"%s","actor":"FRA","reportedOn":"2026-03-03","source":"a diplomat","grade":"C3","position":20}""";
        assertThat(ClassificationHoldsApiIT.answer(lowAnalyst.post("/api/v1/stances", stance.formatted("x-extended")), "x-extended"))
                .isEqualTo(ClassificationHoldsApiIT.answer(lowAnalyst.post("/api/v1/stances", stance.formatted("no-such-issue")), "no-such-issue"))
                .startsWith("400");
        assertThat(ClassificationHoldsApiIT.answer(lowAnalyst.post("/api/v1/forecasts", "{\"issue\":\"x-extended\",\"runs\":10}"), "x-extended"))
                .isEqualTo(ClassificationHoldsApiIT.answer(lowAnalyst.post("/api/v1/forecasts", "{\"issue\":\"no-such-issue\",\"runs\":10}"), "no-such-issue"))
                .startsWith("400");
    }

    @Test
    void its_stances_and_forecasts_vanish_from_every_list_and_a_forecast_answers_as_a_missing_one() {
        for (Http who : List.of(lowAnalyst, lowDeu, anonymous)) {
            assertThat(who.get("/api/v1/stances").body()).doesNotContain(QUOTE, "x-extended");
            assertThat(values(who.get("/api/v1/forecasts").json(), "id")).doesNotContain(Long.toString(forecast));
            assertThat(who.get("/api/v1/forecasts").body()).doesNotContain("x-extended");
            for (String route : List.of("/api/v1/forecasts/ID", "/api/v1/forecasts/ID/chart.svg"))
                assertThat(ClassificationHoldsApiIT.answer(who.get(route.replace("ID", Long.toString(forecast))), Long.toString(forecast))).as(route)
                        .isEqualTo(ClassificationHoldsApiIT.answer(who.get(route.replace("ID", "999999")), "999999"));
        }
    }

    @Test
    void the_items_options_and_the_missions_risks_and_reviews_answer_as_missing_ones() {
        for (Http who : List.of(lowAnalyst, lowDeu, anonymous)) {
            assertThat(who.get("/api/v1/risks").body()).doesNotContain(RISK, "cell-x");
            assertThat(ClassificationHoldsApiIT.answer(who.get("/api/v1/items/extend-x/options"), "extend-x"))
                    .isEqualTo(ClassificationHoldsApiIT.answer(who.get("/api/v1/items/no-such-item/options"), "no-such-item")).startsWith("404");
            String missing = "no-such-mission-2026-03-10-ad-hoc";
            assertThat(ClassificationHoldsApiIT.answer(who.get("/api/v1/reviews/" + reviewId), reviewId))
                    .isEqualTo(ClassificationHoldsApiIT.answer(who.get("/api/v1/reviews/" + missing), missing)).startsWith("404");
        }
        String link = "{\"item\":\"kfor-reduction-2026\"}";
        String missing = "no-such-mission-2026-03-10-ad-hoc";
        assertThat(ClassificationHoldsApiIT.answer(lowChair.put("/api/v1/reviews/" + reviewId + "/item", link), reviewId))
                .isEqualTo(ClassificationHoldsApiIT.answer(lowChair.put("/api/v1/reviews/" + missing + "/item", link), missing)).startsWith("404");
        assertThat(analyst.get("/api/v1/risks").body()).contains(RISK);
    }

    @Test
    void the_cleared_reader_sees_the_issue_its_stances_and_forecasts_marked_as_high_as_the_item_now_is() {
        assertThat(analyst.get("/api/v1/issues/x-extended").json().path("issue").path("classification").asText()).isEqualTo("NATO SECRET");
        assertThat(values(analyst.get("/api/v1/stances?issue=x-extended").json(), "classification")).containsOnly("NATO SECRET");
        assertThat(analyst.get("/api/v1/forecasts/" + forecast).json().path("classification").asText()).isEqualTo("NATO SECRET");
        var again = created(analyst.post("/api/v1/forecasts", "{\"issue\":\"x-extended\",\"runs\":50}"));
        assertThat(again.path("classification").asText()).isEqualTo("NATO SECRET");
        assertThat(analyst.get("/api/v1/items/extend-x/options").body()).contains(OPTION);
    }

    @Test
    void the_journal_leaves_out_every_entry_about_the_issue_its_stances_forecasts_the_items_options_and_the_missions_risks_and_reviews() {
        for (Http who : List.of(lowAnalyst, lowDeu, anonymous)) {
            String journal = wholeJournal(who);
            assertThat(journal).doesNotContain(QUOTE, RISK, OPTION, REVIEW, "x-extended", "extend-x", "cell-x");
            for (String subject : List.of("issue:x-extended", "forecast:" + forecast, "risk:" + riskId, "option:extend-x/six-months",
                    "review:" + reviewId))
                assertThat(who.get("/api/v1/journal?subject=" + subject).json()).as(subject).isEmpty();
        }
        assertThat(wholeJournal(analyst)).contains(QUOTE, RISK, OPTION, REVIEW);
    }

    @Test
    void one_entry_read_by_its_number_as_a_webhook_delivery_does_is_hidden_the_same_way() {
        Principal low = Principal.of("analyst-low", Role.ANALYST);
        for (long seq : List.of(stanceSeq, forecastSeq)) {
            assertThat(concord.journal().entry(low, seq)).as("entry " + seq).isEmpty();
            assertThat(concord.journal().entry(Principal.of("analyst-secret", Role.ANALYST), seq)).as("entry " + seq).isPresent();
        }
    }

    @Test
    void the_desk_shows_none_of_it_to_the_low_reader() {
        for (String page : List.of("/forecasts", "/journal", "/items/extend-x/brief")) {
            var r = anonymous.get(page);
            assertThat(r.body()).as(page).doesNotContain(QUOTE, "x-extended", "Is the cell extended?");
        }
        for (String page : List.of("/issues/ID", "/forecasts/ID"))
            for (String[] ids : List.of(new String[]{"x-extended", "no-such-issue"}, new String[]{Long.toString(forecast), "999999"}))
                if (page.startsWith("/issues") == ids[0].equals("x-extended"))
                    assertThat(ClassificationHoldsApiIT.answer(anonymous.get(page.replace("ID", ids[0])), ids[0])).as(page)
                            .isEqualTo(ClassificationHoldsApiIT.answer(anonymous.get(page.replace("ID", ids[1])), ids[1])).startsWith("404");
    }
}
