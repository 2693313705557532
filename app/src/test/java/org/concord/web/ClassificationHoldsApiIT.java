package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.register.model.Event;
import org.concord.register.model.EventId;
import org.concord.register.model.Events;
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
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classification holds on writes too: no write through a record the actor cannot see, and no answer that tells a
 * hidden record from a missing one (issue 8, sections 1 and 2), against a real server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassificationHoldsApiIT {
    Concord concord;
    Server server;
    Http secretChair, lowChair, lowDeu, anonymous;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        int port = server.port();
        secretChair = Http.withToken(port, Fixtures.token(concord, "chair-secret", Role.CHAIR, null, "NATO SECRET"));
        lowChair = Http.withToken(port, Fixtures.token(concord, "chair-low", Role.CHAIR, null, "NATO UNCLASSIFIED"));
        lowDeu = Http.withToken(port, Fixtures.token(concord, "deu-low", Role.DELEGATION, "DEU", "NATO UNCLASSIFIED"));
        anonymous = new Http(port);
        created(secretChair.post("/api/v1/missions", mission("secret-mission", "NATO SECRET")));
        created(secretChair.post("/api/v1/items", item("secret-item", "NATO SECRET", statement())));
        // A sealed item the low chair sees, to reopen under chosen ids.
        var sealed = created(lowChair.post("/api/v1/items", item("sealed-public", "PUBLIC", statement())));
        var adopted = lowChair.post("/api/v1/items/sealed-public/adoption", "{\"version\":" + sealed.path("version").asLong() + "}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        // A summit session made secret in the register, as an effect target.
        concord.transactions().inTransaction(t -> {
            Events events = t.repository(Events.class);
            Event e = events.find(EventId.of("summit-2026-ankara")).orElseThrow();
            return events.update(new Event(e.id(), e.name(), e.kind(), e.parent(), e.place(), e.country(), e.start(), e.end(), e.status(),
                    e.sessions(), e.note(), e.provenance(), "NATO SECRET", e.version()), e.version()).orElseThrow();
        });
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

    static String mission(String id, String classification) {
        return """
                {"id":"%s","name":"Advisory cell","kind":"advisory","coreTask":"COOPERATIVE_SECURITY","legalBasis":"NAC decision",
                 "start":"2026-01-01","scheduledEnd":"2027-01-01","classification":"%s"}""".formatted(id, classification);
    }

    static String statement() { return "{\"type\":\"ADOPT_STATEMENT\",\"text\":\"The Council states.\"}"; }

    static String item(String id, String classification, String effect) {
        return """
                {"id":"%s","proposer":"CHAIR","subject":"Subject of %s","text":"The Council decides.","effect":%s,"classification":"%s"}"""
                .formatted(id, id, effect, classification);
    }

    static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asText()).toList();
    }

    /** Status, content type and body, with the id asked for replaced by a placeholder: what must not differ. */
    static String answer(Http.Response r, String id) {
        return r.status() + " " + r.contentType() + " " + r.body().replace("'" + id + "'", "'ID'").replace("/" + id, "/ID").replace(":" + id, ":ID");
    }

    @Test
    void a_low_cleared_chair_cannot_extend_a_secret_mission_it_cannot_see_and_is_told_exactly_what_a_missing_mission_gets() {
        var before = secretChair.get("/api/v1/missions/secret-mission").json();
        var hidden = lowChair.post("/api/v1/items", item("probe-1", "PUBLIC", "{\"type\":\"EXTEND_MISSION\",\"mission\":\"secret-mission\",\"newEnd\":\"2030-01-01\"}"));
        var missing = lowChair.post("/api/v1/items", item("probe-1", "PUBLIC", "{\"type\":\"EXTEND_MISSION\",\"mission\":\"no-such-mission\",\"newEnd\":\"2030-01-01\"}"));
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(answer(hidden, "secret-mission")).isEqualTo(answer(missing, "no-such-mission"));
        assertThat(lowChair.get("/api/v1/items/probe-1").status()).isEqualTo(404);
        assertThat(secretChair.get("/api/v1/missions/secret-mission").body()).isEqualTo(before.toString());
    }

    @Test
    void every_effect_that_names_a_hidden_mission_or_event_is_refused_as_for_a_missing_one() {
        List<String[]> effects = List.of(
                new String[]{"{\"type\":\"CHANGE_MANDATE\",\"mission\":\"%s\",\"text\":\"New mandate\"}", "secret-mission", "no-such-mission"},
                new String[]{"{\"type\":\"REDUCE_MISSION\",\"mission\":\"%s\",\"targetStrength\":10,\"byDate\":\"2027-01-01\"}", "secret-mission", "no-such-mission"},
                new String[]{"{\"type\":\"TERMINATE_MISSION\",\"mission\":\"%s\",\"endDate\":\"2027-01-01\"}", "secret-mission", "no-such-mission"},
                new String[]{"{\"type\":\"CANCEL_EVENT\",\"event\":\"%s\"}", "summit-2026-ankara", "no-such-event"},
                new String[]{"{\"type\":\"HOLD_EVENT\",\"event\":\"%s\"}", "summit-2026-ankara", "no-such-event"},
                new String[]{"{\"type\":\"EXCLUDE_PARTNER\",\"event\":\"%s\",\"session\":\"nac-formal\",\"partner\":\"UKR\"}", "summit-2026-ankara", "no-such-event"});
        for (String[] e : effects) {
            var hidden = lowChair.post("/api/v1/items", item("probe-2", "PUBLIC", e[0].formatted(e[1])));
            var missing = lowChair.post("/api/v1/items", item("probe-2", "PUBLIC", e[0].formatted(e[2])));
            assertThat(hidden.status()).as(e[0]).isEqualTo(400);
            assertThat(answer(hidden, e[1])).as(e[0]).isEqualTo(answer(missing, e[2]));
        }
    }

    @Test
    void an_item_touching_a_secret_mission_is_marked_secret_whatever_marking_it_was_raised_with() {
        var r = created(secretChair.post("/api/v1/items", item("extend-secret", "PUBLIC",
                "{\"type\":\"EXTEND_MISSION\",\"mission\":\"secret-mission\",\"newEnd\":\"2030-01-01\"}")));
        assertThat(r.path("classification").asText()).isEqualTo("NATO SECRET");
        assertThat(anonymous.get("/api/v1/items/extend-secret").status()).isEqualTo(404);
        assertThat(ids(anonymous.get("/api/v1/items").json())).doesNotContain("extend-secret");
        assertThat(ids(lowChair.get("/api/v1/items").json())).doesNotContain("extend-secret");
        assertThat(anonymous.get("/api/v1/journal?subject=item:extend-secret").body()).doesNotContain("secret-mission");
        assertThat(anonymous.get("/items/extend-secret").status()).isEqualTo(404);
    }

    @Test
    void a_mission_reclassified_after_the_item_was_raised_hides_the_item_and_its_adoption_is_refused_as_for_a_missing_item() {
        created(secretChair.post("/api/v1/missions", mission("later-secret", "PUBLIC")));
        var raised = created(lowChair.post("/api/v1/items", item("extend-later", "PUBLIC",
                "{\"type\":\"EXTEND_MISSION\",\"mission\":\"later-secret\",\"newEnd\":\"2030-01-01\"}")));
        assertThat(raised.path("classification").asText()).isEqualTo("PUBLIC");
        var m = secretChair.get("/api/v1/missions/later-secret").json();
        var reclassified = secretChair.put("/api/v1/missions/later-secret",
                mission("later-secret", "NATO SECRET").replace("}", ",\"version\":" + m.path("version").asLong() + "}"));
        assertThat(reclassified.status()).as(reclassified.body()).isEqualTo(200);

        String version = "{\"version\":" + raised.path("version").asLong() + "}";
        var hidden = lowChair.post("/api/v1/items/extend-later/adoption", version);
        var missing = lowChair.post("/api/v1/items/no-such-item/adoption", version);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(answer(hidden, "extend-later")).isEqualTo(answer(missing, "no-such-item"));
        assertThat(secretChair.get("/api/v1/missions/later-secret").json().path("scheduledEnd").asText()).isEqualTo("2027-01-01");
        assertThat(anonymous.get("/api/v1/items/extend-later").status()).isEqualTo(404);
        assertThat(ids(anonymous.get("/api/v1/items").json())).doesNotContain("extend-later");
        assertThat(anonymous.get("/api/v1/journal?subject=item:extend-later").json()).isEmpty();
        String text = "{\"text\":\"Revised\",\"version\":" + raised.path("version").asLong() + "}";
        assertThat(answer(lowChair.post("/api/v1/items/extend-later/texts", text), "extend-later"))
                .isEqualTo(answer(lowChair.post("/api/v1/items/no-such-item/texts", text), "no-such-item")).startsWith("404");

        var adopted = secretChair.post("/api/v1/items/extend-later/adoption", version);
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.json().path("classification").asText()).isEqualTo("NATO SECRET");
        assertThat(secretChair.get("/api/v1/missions/later-secret").json().path("scheduledEnd").asText()).isEqualTo("2030-01-01");
    }

    @Test
    void for_a_low_cleared_actor_every_route_naming_an_existing_record_answers_a_hidden_and_a_missing_one_byte_for_byte_alike() {
        List<String[]> routes = List.of(
                new String[]{"GET", "/api/v1/items/%s", ""},
                new String[]{"POST", "/api/v1/items/%s/texts", "{\"text\":\"New text\",\"version\":1}"},
                new String[]{"PUT", "/api/v1/items/%s/positions/DEU", "{\"position\":\"SUPPORT\",\"version\":1}"},
                new String[]{"PUT", "/api/v1/items/%s/positions/DEU", "{\"position\":\"NONSENSE\"}"},
                new String[]{"PUT", "/api/v1/items/%s/positions/FRA", "{\"position\":\"SUPPORT\",\"version\":1}"},
                new String[]{"POST", "/api/v1/items/%s/positions/DEU/footnote-withdrawal", "{\"version\":1}"},
                new String[]{"POST", "/api/v1/items/%s/silence", "{\"deadline\":\"2026-12-01T12:00:00Z\",\"version\":1}"},
                new String[]{"POST", "/api/v1/items/%s/silence/breaks/DEU", "{\"reference\":\"DEU/1\",\"version\":1}"},
                new String[]{"POST", "/api/v1/items/%s/exclusions/DEU", "{\"reason\":\"basis\",\"version\":1}"},
                new String[]{"POST", "/api/v1/items/%s/adoption", "{\"version\":1}"},
                new String[]{"POST", "/api/v1/items/%s/adoption", "{\"version\":99}"},
                new String[]{"POST", "/api/v1/items/%s/withdrawal", "{\"version\":1}"},
                new String[]{"POST", "/api/v1/items/%s/move", "{\"body\":\"mc\",\"version\":1}"},
                new String[]{"POST", "/api/v1/items/%s/reopening", "{\"newId\":\"reopened-x\",\"version\":1}"},
                new String[]{"GET", "/api/v1/journal?subject=item:%s", ""},
                new String[]{"GET", "/items/%s", ""});
        List<String[]> missions = List.of(
                new String[]{"GET", "/api/v1/missions/%s", ""},
                new String[]{"PUT", "/api/v1/missions/%s", mission("%s", "PUBLIC").replace("}", ",\"version\":1}")},
                new String[]{"GET", "/missions/%s", ""});
        List<String> differ = new ArrayList<>();
        for (Http actor : List.of(lowChair, lowDeu, anonymous)) {
            compare(actor, routes, "secret-item", "no-such-item", differ);
            compare(actor, missions, "secret-mission", "no-such-mission", differ);
        }
        assertThat(differ).isEmpty();
    }

    private static void compare(Http actor, List<String[]> routes, String hidden, String missing, List<String> differ) {
        for (String[] r : routes) {
            String a = answer(send(actor, r[0], r[1].formatted(hidden), r[2].replace("%s", hidden)), hidden);
            String b = answer(send(actor, r[0], r[1].formatted(missing), r[2].replace("%s", missing)), missing);
            if (!a.equals(b)) differ.add(r[0] + " " + r[1] + " " + r[2] + "\n  hidden:  " + a + "\n  missing: " + b);
        }
    }

    private static Http.Response send(Http actor, String method, String path, String body) {
        return switch (method) {
            case "GET" -> actor.get(path);
            case "PUT" -> actor.put(path, body);
            default -> actor.post(path, body);
        };
    }

    @Test
    void a_chosen_id_held_by_a_hidden_record_answers_exactly_as_one_held_by_a_visible_record() {
        var hiddenItem = lowChair.post("/api/v1/items", item("secret-item", "PUBLIC", statement()));
        var visibleItem = lowChair.post("/api/v1/items", item("nmi-termination-2026", "PUBLIC", statement()));
        assertThat(hiddenItem.status()).isEqualTo(409);
        assertThat(answer(hiddenItem, "secret-item")).isEqualTo(answer(visibleItem, "nmi-termination-2026"));
        assertThat(hiddenItem.json().path("detail").asText()).isEqualTo("item id 'secret-item' is not available: choose another");

        long version = lowChair.get("/api/v1/items/sealed-public").json().path("version").asLong();
        var reopenHidden = lowChair.post("/api/v1/items/sealed-public/reopening", "{\"newId\":\"secret-item\",\"version\":" + version + "}");
        var reopenVisible = lowChair.post("/api/v1/items/sealed-public/reopening", "{\"newId\":\"nmi-termination-2026\",\"version\":" + version + "}");
        assertThat(reopenHidden.status()).isEqualTo(409);
        assertThat(answer(reopenHidden, "secret-item")).isEqualTo(answer(reopenVisible, "nmi-termination-2026"));

        Http lowEditor = lowChair;
        var missionHidden = lowEditor.post("/api/v1/missions", mission("secret-mission", "PUBLIC"));
        var missionVisible = lowEditor.post("/api/v1/missions", mission("kfor", "PUBLIC"));
        assertThat(missionHidden.status()).isEqualTo(409);
        assertThat(answer(missionHidden, "secret-mission")).isEqualTo(answer(missionVisible, "kfor"));
        assertThat(secretChair.get("/api/v1/missions/secret-mission").json().path("classification").asText()).isEqualTo("NATO SECRET");
    }

    @Test
    void a_mission_reclassified_above_the_reader_is_missing_also_when_read_as_recorded_before_it_was_raised() {
        var clock = new org.concord.testing.MutableClock(Fixtures.NOW);
        try (Concord own = Fixtures.loaded(TestDatabases.Kind.H2, clock); Server ownServer = Server.create(own, "test").start("127.0.0.1", 0)) {
            Http secret = Http.withToken(ownServer.port(), Fixtures.token(own, "chair-secret", Role.CHAIR, null, "NATO SECRET"));
            Http low = Http.withToken(ownServer.port(), Fixtures.token(own, "chair-low", Role.CHAIR, null, "NATO UNCLASSIFIED"));
            clock.advance(java.time.Duration.ofMinutes(1));
            var made = created(secret.post("/api/v1/missions", mission("raised-mission", "NATO UNCLASSIFIED")));
            clock.advance(java.time.Duration.ofMinutes(1));
            String before = clock.instant().toString();
            clock.advance(java.time.Duration.ofMinutes(1));
            var raised = secret.put("/api/v1/missions/raised-mission", ((com.fasterxml.jackson.databind.node.ObjectNode) made).put("classification", "NATO SECRET").toString());
            assertThat(raised.status()).as(raised.body()).isEqualTo(200);

            assertThat(low.get("/api/v1/missions/raised-mission").status()).isEqualTo(404);
            var hidden = low.get("/api/v1/missions/raised-mission?recordedAt=" + before);
            var missing = low.get("/api/v1/missions/no-such-mission?recordedAt=" + before);
            assertThat(hidden.status() + " " + hidden.body().replace("raised-mission", "ID"))
                    .isEqualTo(missing.status() + " " + missing.body().replace("no-such-mission", "ID"));
            assertThat(ids(low.get("/api/v1/missions?recordedAt=" + before).json())).doesNotContain("raised-mission");
            assertThat(ids(secret.get("/api/v1/missions?recordedAt=" + before).json())).contains("raised-mission");
        }
    }

    @Test
    void the_journal_leaves_out_every_entry_of_a_mission_reclassified_above_the_reader() {
        var clock = new org.concord.testing.MutableClock(Fixtures.NOW);
        try (Concord own = Fixtures.loaded(TestDatabases.Kind.H2, clock); Server ownServer = Server.create(own, "test").start("127.0.0.1", 0)) {
            Http secret = Http.withToken(ownServer.port(), Fixtures.token(own, "chair-secret", Role.CHAIR, null, "NATO SECRET"));
            Http low = Http.withToken(ownServer.port(), Fixtures.token(own, "chair-low", Role.CHAIR, null, "NATO UNCLASSIFIED"));
            var made = created(secret.post("/api/v1/missions", mission("raised-mission", "NATO UNCLASSIFIED")));
            var seen = low.get("/api/v1/journal?subject=mission:raised-mission").json();
            assertThat(seen).hasSize(1);
            long from = seen.get(0).path("seq").asLong() - 1;
            var raised = secret.put("/api/v1/missions/raised-mission", ((com.fasterxml.jackson.databind.node.ObjectNode) made).put("classification", "NATO SECRET").toString());
            assertThat(raised.status()).as(raised.body()).isEqualTo(200);

            assertThat(answer(low.get("/api/v1/journal?subject=mission:raised-mission"), "raised-mission"))
                    .isEqualTo(answer(low.get("/api/v1/journal?subject=mission:no-such-mission"), "no-such-mission"));
            assertThat(low.get("/api/v1/journal?limit=200&after=" + from).body()).doesNotContain("raised-mission");
            assertThat(secret.get("/api/v1/journal?subject=mission:raised-mission").json()).hasSize(2);
        }
    }

    @Test
    void a_mission_replaced_without_a_classification_keeps_its_marking_rather_than_becoming_public() {
        var made = created(secretChair.post("/api/v1/missions", mission("restricted-cell", "NATO RESTRICTED")));
        var body = ((com.fasterxml.jackson.databind.node.ObjectNode) made).put("name", "Advisory cell, renamed");
        body.remove("classification");
        var replaced = secretChair.put("/api/v1/missions/restricted-cell", body.toString());
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().path("classification").asText()).isEqualTo("NATO RESTRICTED");
        assertThat(anonymous.get("/api/v1/missions/restricted-cell").status()).isEqualTo(404);
        assertThat(lowChair.get("/api/v1/missions/restricted-cell").status()).isEqualTo(404);
        // lowering it is still possible when said
        var lowered = secretChair.put("/api/v1/missions/restricted-cell", body.put("version", replaced.json().path("version").asLong()).put("classification", "PUBLIC").toString());
        assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/missions/restricted-cell").json().path("name").asText()).isEqualTo("Advisory cell, renamed");
    }

    @Test
    void a_mission_launched_by_a_secret_decision_is_as_secret_as_the_decision() {
        var raised = created(secretChair.post("/api/v1/items", item("secret-launch", "NATO SECRET",
                "{\"type\":\"LAUNCH_MISSION\",\"mission\":\"covert-cell\",\"name\":\"Covert cell\",\"mandate\":\"A secret mandate\",\"start\":\"2027-01-01\"}")));
        var adopted = secretChair.post("/api/v1/items/secret-launch/adoption", "{\"version\":" + raised.path("version").asLong() + "}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(secretChair.get("/api/v1/missions/covert-cell").json().path("classification").asText()).isEqualTo("NATO SECRET");
        for (Http reader : List.of(anonymous, lowChair, lowDeu)) {
            assertThat(answer(reader.get("/api/v1/missions/covert-cell"), "covert-cell"))
                    .isEqualTo(answer(reader.get("/api/v1/missions/no-such-mission"), "no-such-mission"));
            assertThat(reader.get("/api/v1/missions").body()).doesNotContain("covert-cell");
        }
    }
}
