package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Mission reviews over HTTP: the built-in cycles, what is due on a date, recording and calling reviews, markings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewsApiIT {
    Concord concord;
    Server server;
    Http chair;
    Http delegation;
    Http lowChair;
    Http anonymous;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2); // today is 2026-11-28
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        chair = Http.withToken(server.port(), Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET"));
        lowChair = Http.withToken(server.port(), Fixtures.token(concord, "low-chair", Role.CHAIR, null, "NATO UNCLASSIFIED"));
        delegation = Http.withToken(server.port(), Fixtures.token(concord, "fra", Role.DELEGATION, "FRA", "NATO SECRET"));
        anonymous = new Http(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    private static List<JsonNode> rows(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return StreamSupport.stream(r.json().spliterator(), false).toList();
    }

    private static List<String> due(List<JsonNode> rows, String mission) {
        return rows.stream().filter(x -> x.path("mission").asText().equals(mission))
                .map(x -> x.path("kind").asText() + " " + x.path("dueOn").asText() + " " + x.path("state").asText()).toList();
    }

    @Test
    void the_built_in_nmi_and_kfor_carry_review_cycles_graded_as_assumptions_with_their_source() {
        for (String id : List.of("kfor", "nmi")) {
            JsonNode cycle = anonymous.get("/api/v1/missions/" + id).json().path("reviewCycle");
            assertThat(cycle.path("intervalMonths").asInt()).as(id).isPositive();
            assertThat(cycle.path("confidence").asText()).isEqualTo("RECALLED");
            assertThat(cycle.path("sources").toString()).contains("S17");
            assertThat(cycle.path("note").asText()).contains("assumption");
        }
        assertThat(anonymous.get("/api/v1/missions/flf").json().has("reviewCycle")).isFalse();
    }

    @Test
    @Order(1) // before the other tests record reviews
    void on_the_desks_date_kfor_and_nmi_owe_reviews_and_on_an_earlier_date_they_owed_what_was_due_then() {
        var today = rows(anonymous.get("/api/v1/reviews/due"));
        assertThat(due(today, "kfor")).containsExactly("PERIODIC 2026-06-12 OVERDUE", "PERIODIC 2026-12-12 DUE");
        assertThat(due(today, "nmi")).containsExactly("PERIODIC 2026-10-31 OVERDUE");
        var kforLate = today.stream().filter(x -> x.path("mission").asText().equals("kfor")).findFirst().orElseThrow();
        assertThat(kforLate.path("days").asLong()).isEqualTo(LocalDate.parse("2026-06-12").until(LocalDate.parse("2026-11-28"), java.time.temporal.ChronoUnit.DAYS));
        assertThat(kforLate.path("cycleConfidence").asText()).isEqualTo("RECALLED");

        var june = rows(anonymous.get("/api/v1/reviews/due?on=2026-06-01"));
        assertThat(due(june, "kfor")).containsExactly("PERIODIC 2026-06-12 DUE");
        assertThat(due(june, "nmi")).isEmpty();
        assertThat(rows(anonymous.get("/api/v1/reviews/due?on=2026-11-28&mission=nmi"))).hasSize(1);
    }

    @Test
    void a_review_recorded_as_held_settles_its_due_date_from_the_day_it_was_held_and_is_journaled() {
        var r = chair.post("/api/v1/missions/nmi/reviews", """
                {"dueOn":"2026-10-31","heldOn":"2026-11-20","recommendation":"REDUCE","item":"nmi-termination-2026",
                 "summary":"Most Allies prefer a slow drawdown with a residual presence."}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("id").asText()).isEqualTo("nmi-2026-10-31");
        assertThat(r.json().path("kind").asText()).isEqualTo("PERIODIC");
        assertThat(r.header("Location")).isEqualTo("/api/v1/reviews/nmi-2026-10-31");

        assertThat(due(rows(anonymous.get("/api/v1/reviews/due")), "nmi")).isEmpty();
        assertThat(due(rows(anonymous.get("/api/v1/reviews/due?on=2026-11-10")), "nmi")).containsExactly("PERIODIC 2026-10-31 OVERDUE");

        assertThat(rows(anonymous.get("/api/v1/missions/nmi/reviews"))).isEmpty(); // marked NATO UNCLASSIFIED: not public
        var seen = rows(chair.get("/api/v1/missions/nmi/reviews"));
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).path("recommendation").asText()).isEqualTo("REDUCE");
        assertThat(seen.get(0).path("item").asText()).isEqualTo("nmi-termination-2026");
        assertThat(rows(chair.get("/api/v1/journal?type=ReviewRecorded")).stream().map(j -> j.path("subject").asText()))
                .contains("review:nmi-2026-10-31");
        assertThat(chair.post("/api/v1/missions/nmi/reviews", """
                {"dueOn":"2026-10-31","heldOn":"2026-11-21","recommendation":"CONTINUE"}""").status()).isEqualTo(409);
    }

    @Test
    void an_ad_hoc_review_is_called_with_a_due_date_owed_until_held_and_then_linked_to_its_item() {
        var called = chair.post("/api/v1/missions/kfor/reviews", """
                {"kind":"AD_HOC","dueOn":"2026-12-10","summary":"The Western Balkans could quickly escalate."}""");
        assertThat(called.status()).as(called.body()).isEqualTo(201);
        assertThat(called.json().path("calledOn").asText()).isEqualTo("2026-11-28");
        // the review is NATO UNCLASSIFIED: listed to a reader cleared for it, and to nobody else
        assertThat(due(rows(chair.get("/api/v1/reviews/due")), "kfor")).contains("AD_HOC 2026-12-10 DUE");
        assertThat(due(rows(anonymous.get("/api/v1/reviews/due")), "kfor")).doesNotContain("AD_HOC 2026-12-10 DUE");
        assertThat(due(rows(chair.get("/api/v1/reviews/due?on=2026-11-27")), "kfor")).doesNotContain("AD_HOC 2026-12-10 DUE");

        var held = chair.post("/api/v1/missions/kfor/reviews", """
                {"kind":"AD_HOC","dueOn":"2026-12-10","heldOn":"2026-11-28","recommendation":"CONTINUE"}""");
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(due(rows(anonymous.get("/api/v1/reviews/due")), "kfor")).noneMatch(s -> s.startsWith("AD_HOC"));
        var linked = chair.put("/api/v1/reviews/kfor-2026-12-10-ad-hoc/item", "{\"item\":\"kfor-reduction-2026\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().path("item").asText()).isEqualTo("kfor-reduction-2026");
        assertThat(chair.get("/api/v1/reviews/kfor-2026-12-10-ad-hoc").json().path("summary").asText()).contains("Western Balkans");
    }

    @Test
    void the_register_file_carries_the_cycle_and_a_bad_cycle_is_refused_naming_its_field() {
        var exported = concord.register().exportFile(Fixtures.ADMIN).missions().stream().filter(m -> m.id().equals("kfor")).findFirst().orElseThrow();
        assertThat(exported.reviewCycle().intervalMonths()).isEqualTo(6);
        assertThat(exported.reviewCycle().firstDue()).isEqualTo("2026-06-12");
        assertThat(exported.contributions()).extracting(c -> c.nation()).containsExactly("ITA", "TUR", "USA");
        var bad = chair.post("/api/v1/missions", """
                {"id":"cycled","name":"Cycled","kind":"k","coreTask":"COOPERATIVE_SECURITY","legalBasis":"b","start":"2020",
                 "reviewCycle":{"intervalMonths":0,"firstDue":"2026-13-01"}}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("reviewCycle.intervalMonths", "reviewCycle.firstDue");
    }

    @Test
    void bad_reviews_get_a_400_naming_the_field_and_only_the_chair_records() {
        var offCycle = chair.post("/api/v1/missions/kfor/reviews", "{\"dueOn\":\"2026-06-13\",\"heldOn\":\"2026-06-20\",\"recommendation\":\"CONTINUE\"}");
        assertThat(offCycle.status()).isEqualTo(400);
        assertThat(offCycle.body()).contains("dueOn").contains("2026-12-12");
        var future = chair.post("/api/v1/missions/kfor/reviews", "{\"dueOn\":\"2026-12-12\",\"heldOn\":\"2026-12-13\",\"recommendation\":\"CONTINUE\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("heldOn");
        var noRec = chair.post("/api/v1/missions/kfor/reviews", "{\"dueOn\":\"2026-06-12\",\"heldOn\":\"2026-06-20\"}");
        assertThat(noRec.status()).isEqualTo(400);
        assertThat(noRec.body()).contains("recommendation");
        var badRec = chair.post("/api/v1/missions/kfor/reviews", "{\"dueOn\":\"2026-06-12\",\"heldOn\":\"2026-06-20\",\"recommendation\":\"ABOLISH\"}");
        assertThat(badRec.status()).isEqualTo(400);
        assertThat(badRec.body()).contains("recommendation");
        var noCycle = chair.post("/api/v1/missions/flf/reviews", "{\"kind\":\"PERIODIC\",\"dueOn\":\"2026-06-12\",\"heldOn\":\"2026-06-20\",\"recommendation\":\"CONTINUE\"}");
        assertThat(noCycle.status()).isEqualTo(400);
        assertThat(noCycle.body()).contains("kind");
        var noItem = chair.post("/api/v1/missions/kfor/reviews", "{\"dueOn\":\"2026-06-12\",\"heldOn\":\"2026-06-20\",\"recommendation\":\"CONTINUE\",\"item\":\"no-such-item\"}");
        assertThat(noItem.status()).isEqualTo(400);
        assertThat(noItem.body()).contains("item");
        assertThat(delegation.post("/api/v1/missions/kfor/reviews", "{\"dueOn\":\"2026-06-12\",\"heldOn\":\"2026-06-20\",\"recommendation\":\"CONTINUE\"}").status())
                .isEqualTo(403);
        assertThat(anonymous.post("/api/v1/missions/kfor/reviews", "{\"dueOn\":\"2026-06-12\",\"heldOn\":\"2026-06-20\",\"recommendation\":\"CONTINUE\"}").status())
                .isEqualTo(401);
        assertThat(anonymous.get("/api/v1/reviews/due?on=someday").status()).isEqualTo(400);
    }

    @Test
    void a_secret_review_is_hidden_from_a_reader_not_cleared_for_it_exactly_as_a_missing_one() {
        var r = chair.post("/api/v1/missions/kfor/reviews", """
                {"dueOn":"2026-06-12","heldOn":"2026-06-15","recommendation":"ADJUST","classification":"NATO SECRET"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(rows(chair.get("/api/v1/missions/kfor/reviews")).stream().map(x -> x.path("id").asText())).contains("kfor-2026-06-12");
        assertThat(rows(lowChair.get("/api/v1/missions/kfor/reviews")).stream().map(x -> x.path("id").asText())).doesNotContain("kfor-2026-06-12");
        var hidden = lowChair.get("/api/v1/reviews/kfor-2026-06-12");
        var missing = lowChair.get("/api/v1/reviews/kfor-2020-06-12");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body().replace("2026", "2020")).isEqualTo(missing.body());
        assertThat(rows(lowChair.get("/api/v1/journal?type=ReviewRecorded")).stream().map(j -> j.path("subject").asText()))
                .doesNotContain("review:kfor-2026-06-12");
        // the due list counts the held review for every reader: what is owed is a fact of the cycle, not of the review
        assertThat(due(rows(anonymous.get("/api/v1/reviews/due?on=2026-11-28")), "kfor")).doesNotContain("PERIODIC 2026-06-12 OVERDUE");
    }

    @Test
    void a_review_linked_to_a_secret_item_never_names_it_to_a_reader_who_may_not_see_the_item() {
        var item = chair.post("/api/v1/items", """
                {"id":"secret-osg-follow-up","proposer":"CHAIR","subject":"A classified follow-up","text":"The Council decides.",
                 "effect":{"type":"ADOPT_STATEMENT","text":"The Council states."},"classification":"NATO SECRET"}""");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        var held = chair.post("/api/v1/missions/osg/reviews", """
                {"kind":"AD_HOC","dueOn":"2026-11-20","heldOn":"2026-11-21","recommendation":"ADJUST"}""");
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        var linked = chair.put("/api/v1/reviews/osg-2026-11-20-ad-hoc/item", "{\"item\":\"secret-osg-follow-up\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().path("classification").asText()).isEqualTo("NATO SECRET");
        var recorded = chair.post("/api/v1/missions/osg/reviews", """
                {"kind":"AD_HOC","dueOn":"2026-11-22","heldOn":"2026-11-23","recommendation":"ADJUST","item":"secret-osg-follow-up"}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().path("classification").asText()).isEqualTo("NATO SECRET");
        for (Http reader : List.of(lowChair, anonymous)) {
            assertThat(reader.get("/api/v1/reviews/osg-2026-11-20-ad-hoc").status()).isEqualTo(404);
            assertThat(reader.get("/api/v1/missions/osg/reviews").body()).doesNotContain("secret-osg-follow-up");
            assertThat(reader.get("/api/v1/reviews/due?on=2026-11-28").body()).doesNotContain("secret-osg-follow-up");
        }
        assertThat(lowChair.get("/api/v1/journal?limit=200&type=ReviewLinkedToItem").body()).doesNotContain("secret-osg-follow-up");
        assertThat(lowChair.get("/api/v1/journal?limit=200&type=ReviewRecorded").body()).doesNotContain("secret-osg-follow-up");
    }

    @Test
    void a_secret_ad_hoc_review_called_on_a_public_mission_is_not_listed_as_due_to_a_reader_who_may_not_see_it() {
        var called = chair.post("/api/v1/missions/flf/reviews", """
                {"kind":"AD_HOC","dueOn":"2026-12-15","summary":"Readiness of the eastern battlegroups","classification":"NATO SECRET"}""");
        assertThat(called.status()).as(called.body()).isEqualTo(201);
        assertThat(due(rows(chair.get("/api/v1/reviews/due?on=2026-11-28")), "flf")).contains("AD_HOC 2026-12-15 DUE");
        for (Http reader : List.of(lowChair, anonymous)) {
            assertThat(due(rows(reader.get("/api/v1/reviews/due?on=2026-11-28")), "flf")).isEqualTo(due(rows(reader.get("/api/v1/reviews/due?on=2026-11-28&mission=flf")), "flf"))
                    .noneMatch(r -> r.startsWith("AD_HOC"));
        }
    }
}
