package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The items list (filters, the paging convention), write answers with a link to the paged history, and the journal's payloads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemsApiIT {
    static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    static final Principal CHAIR = Principal.of("sg", Role.CHAIR);
    static final int STATEMENTS = 55;
    Concord concord;
    Server server;
    Http chair;
    Http anonymous;
    Http france;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        for (int i = 1; i <= STATEMENTS; i++) concord.procedure().raise(CHAIR, statement("statement-" + i, "Statement number " + i, null));
        concord.procedure().raise(CHAIR, statement("secret-statement", "A statement on nuclear planning", "NATO SECRET"));
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        chair = Http.withToken(server.port(), Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET"));
        france = Http.withToken(server.port(), Fixtures.token(concord, "fra", Role.DELEGATION, "FRA", "NATO SECRET"));
        anonymous = new Http(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    static RaiseItemData statement(String id, String subject, String classification) {
        EffectRequest effect = new EffectRequest.AdoptStatement("The Council states.");
        return new RaiseItemData(id, null, null, "CHAIR", subject, "The Council states.", effect, classification);
    }

    static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asText()).toList();
    }

    static Optional<String> next(Http.Response r) {
        String link = r.header("Link");
        if (link == null) return Optional.empty();
        Matcher m = NEXT.matcher(link);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Every page of {@code path}, following the Link headers. */
    static List<JsonNode> pages(Http http, String path) {
        List<JsonNode> pages = new ArrayList<>();
        Optional<String> url = Optional.of(path);
        while (url.isPresent()) {
            Http.Response r = http.get(url.get());
            assertThat(r.status()).as(url.get() + ": " + r.body()).isEqualTo(200);
            pages.add(r.json());
            url = next(r);
        }
        return pages;
    }

    static List<String> violationFields(Http.Response r) {
        return StreamSupport.stream(r.json().path("violations").spliterator(), false).map(n -> n.path("field").asText()).toList();
    }

    @Test
    void following_the_next_links_reads_every_visible_item_once_in_the_order_raised() {
        List<JsonNode> pages = pages(chair, "/api/v1/items?limit=7");
        assertThat(pages).allSatisfy(p -> assertThat(p.size()).isBetween(1, 7));
        List<String> all = pages.stream().flatMap(p -> ids(p).stream()).toList();
        List<String> expected = new ArrayList<>(List.of("nmi-termination-2026", "kfor-reduction-2026", "ankara-partners-2026", "public-forum-2026-cancellation"));
        for (int i = 1; i <= STATEMENTS; i++) expected.add("statement-" + i);
        expected.add("secret-statement");
        assertThat(all).containsExactlyElementsOf(expected);
        assertThat(pages).hasSize((expected.size() + 6) / 7);
    }

    @Test
    void the_first_page_holds_fifty_items_and_links_to_the_rest_with_the_same_query() {
        Http.Response first = chair.get("/api/v1/items?proposer=CHAIR");
        assertThat(first.json()).hasSize(50);
        assertThat(next(first)).hasValueSatisfying(url -> assertThat(url).startsWith("/api/v1/items?proposer=CHAIR&cursor="));
        Http.Response second = chair.get(next(first).orElseThrow());
        assertThat(ids(second.json())).hasSize(STATEMENTS + 2 - 50).doesNotContainAnyElementsOf(ids(first.json()));
        assertThat(next(second)).isEmpty();
    }

    @Test
    void an_effect_of_an_unknown_or_missing_type_or_with_another_effects_field_is_refused_naming_the_field() {
        String body = "{\"proposer\":\"CHAIR\",\"subject\":\"s\",\"text\":\"t\",\"effect\":%s}";
        Http.Response unknown = chair.post("/api/v1/items", body.formatted("{\"type\":\"DISSOLVE_ALLIANCE\",\"mission\":\"nmi\"}"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(violationFields(unknown)).containsExactly("effect.type");
        assertThat(unknown.json().path("violations").get(0).path("reason").asText()).startsWith("'DISSOLVE_ALLIANCE' is not one of [LAUNCH_MISSION");
        assertThat(violationFields(chair.post("/api/v1/items", body.formatted("{\"mission\":\"nmi\"}")))).containsExactly("effect.type");
        assertThat(violationFields(chair.post("/api/v1/items", body.formatted("{\"type\":7}")))).containsExactly("effect.type");
        assertThat(violationFields(chair.post("/api/v1/items", body.formatted(
                "{\"type\":\"HOLD_EVENT\",\"event\":\"public-forum-2026\",\"endDate\":\"2026-09\"}")))).containsExactly("effect.endDate");
        assertThat(violationFields(chair.post("/api/v1/items", body.formatted(
                "{\"type\":\"TERMINATE_MISSION\",\"mission\":\"nmi\",\"endDate\":\"2026\"}")))).containsExactly("effect.endDate");
    }

    @Test
    void an_effect_is_answered_in_the_same_json_as_before_the_records_were_split() {
        // The built-in questions file gives this item's end date as the month 2026-09: by its last day.
        Http.Response item = chair.get("/api/v1/items/nmi-termination-2026");
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        assertThat(item.json().path("effect").toString()).isEqualTo("{\"type\":\"TERMINATE_MISSION\",\"mission\":\"nmi\",\"endDate\":\"2026-09-30\"}");
    }

    @Test
    void a_bad_limit_a_malformed_cursor_and_an_unknown_parameter_are_refused_naming_them() {
        for (String limit : List.of("0", "201", "-1", "ten", "1.5")) {
            Http.Response r = anonymous.get("/api/v1/items?limit=" + limit);
            assertThat(r.status()).as(limit).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(violationFields(r)).containsExactly("limit");
        }
        for (String cursor : List.of("%21%21", "Zm9v", "YWZ0ZXI6LTE", "YWZ0ZXI6eA")) { // "!!", "foo", "after:-1", "after:x"
            Http.Response r = anonymous.get("/api/v1/items?cursor=" + cursor);
            assertThat(r.status()).as(cursor).isEqualTo(400);
            assertThat(violationFields(r)).containsExactly("cursor");
        }
        Http.Response unknown = anonymous.get("/api/v1/items?colour=red&limit=5");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(violationFields(unknown)).containsExactly("colour");
        assertThat(violationFields(anonymous.get("/api/v1/items?status=PENDING"))).containsExactly("status");
        assertThat(violationFields(anonymous.get("/api/v1/items?proposer=XXQ"))).containsExactly("proposer");
    }

    @Test
    void filters_select_by_status_proposer_target_body_marking_and_subject_text() {
        assertThat(ids(chair.get("/api/v1/items?proposer=USA").json()))
                .containsExactly("nmi-termination-2026", "kfor-reduction-2026", "ankara-partners-2026");
        assertThat(ids(chair.get("/api/v1/items?target=kfor").json())).containsExactly("kfor-reduction-2026");
        assertThat(ids(chair.get("/api/v1/items?target=UKR").json())).containsExactly("ankara-partners-2026");
        assertThat(ids(chair.get("/api/v1/items?target=summit-2026-ankara").json())).containsExactly("ankara-partners-2026");
        assertThat(ids(chair.get("/api/v1/items?q=kosovo").json())).containsExactly("kfor-reduction-2026");
        assertThat(ids(chair.get("/api/v1/items?q=number%2055").json())).containsExactly("statement-55");
        assertThat(ids(chair.get("/api/v1/items?q=100%25").json())).isEmpty();
        assertThat(ids(chair.get("/api/v1/items?status=ADOPTED").json())).isEmpty();
        assertThat(ids(chair.get("/api/v1/items?status=OPEN&proposer=USA&limit=2").json())).containsExactly("nmi-termination-2026", "kfor-reduction-2026");
        assertThat(ids(chair.get("/api/v1/items?body=nac&target=nmi").json())).containsExactly("nmi-termination-2026");
        assertThat(ids(chair.get("/api/v1/items?body=mc").json())).isEmpty();
        assertThat(ids(chair.get("/api/v1/items?marking=nato%20secret").json())).containsExactly("secret-statement");
        assertThat(ids(anonymous.get("/api/v1/items?marking=NATO%20SECRET").json())).isEmpty();
        // the statements are NATO UNCLASSIFIED by default: the anonymous reader sees the public questions only
        assertThat(ids(anonymous.get("/api/v1/items?limit=200").json()))
                .containsExactly("nmi-termination-2026", "kfor-reduction-2026", "ankara-partners-2026", "public-forum-2026-cancellation");
    }

    @Test
    void a_write_answers_the_current_state_without_history_and_links_to_the_paged_history() {
        String item = "/api/v1/items/public-forum-2026-cancellation";
        long version = chair.get(item).json().path("version").asLong();
        for (String position : List.of("OBJECTION", "RESERVATION", "SUPPORT")) {
            Http.Response w = france.put(item + "/positions/FRA", "{\"position\":\"" + position + "\",\"version\":" + version + "}");
            assertThat(w.status()).as(w.body()).isEqualTo(200);
            assertThat(w.json().has("history")).isFalse();
            assertThat(w.json().path("positions").get(0).path("position").asText()).isEqualTo(position);
            assertThat(w.header("Link")).isEqualTo("</api/v1/items/public-forum-2026-cancellation/history>; rel=\"history\"");
            version = w.json().path("version").asLong();
        }
        Http.Response shown = chair.get(item);
        assertThat(shown.json().path("version").asLong()).isEqualTo(version);
        assertThat(shown.json().path("history")).hasSize(3);
        List<JsonNode> history = pages(chair, item + "/history?limit=2");
        assertThat(history).extracting(JsonNode::size).containsExactly(2, 1);
        assertThat(history.stream().flatMap(p -> StreamSupport.stream(p.spliterator(), false)).map(n -> n.path("position").asText()))
                .containsExactly("OBJECTION", "RESERVATION", "SUPPORT");
        JsonNode row = chair.get("/api/v1/items?target=public-forum-2026").json().get(0);
        assertThat(row.path("version").asLong()).isEqualTo(version);
        assertThat(row.has("history")).isFalse();
        assertThat(row.has("positions")).as("a list row leaves the positions to the item's own read").isFalse();
        assertThat(row.path("consensus").path("blocking")).isEmpty();
        assertThat(anonymous.get("/api/v1/items/secret-statement/history").status()).isEqualTo(404);
        assertThat(violationFields(chair.get(item + "/history?limit=0"))).containsExactly("limit");
    }

    @Test
    void a_parameter_of_another_position_is_refused_naming_it_never_dropped() {
        String item = "/api/v1/items/kfor-reduction-2026";
        long version = chair.get(item).json().path("version").asLong();
        Http.Response footnote = france.put(item + "/positions/FRA", "{\"position\":\"SUPPORT\",\"footnote\":\"France reads paragraph 2 narrowly.\",\"version\":" + version + "}");
        assertThat(footnote.status()).as(footnote.body()).isEqualTo(400);
        assertThat(violationFields(footnote)).containsExactly("footnote");
        assertThat(footnote.json().path("violations").get(0).path("reason").asText()).contains("SUPPORT_WITH_STATEMENT");
        Http.Response mixed = france.put(item + "/positions/FRA",
                "{\"position\":\"ABSTAIN\",\"fromLevel\":\"MINISTERS\",\"clause\":\"2\",\"terms\":\"no troops\",\"version\":" + version + "}");
        assertThat(mixed.status()).as(mixed.body()).isEqualTo(400);
        assertThat(violationFields(mixed)).containsExactlyInAnyOrder("fromLevel", "clause", "terms");
        assertThat(chair.get(item).json().path("version").asLong()).as("nothing was recorded").isEqualTo(version);
        // the parameters each position does carry still pass, and blank ones are no parameter at all
        Http.Response objection = france.put(item + "/positions/FRA", "{\"position\":\"OBJECTION\",\"fromLevel\":\"MINISTERS\",\"footnote\":\" \",\"version\":" + version + "}");
        assertThat(objection.status()).as(objection.body()).isEqualTo(200);
    }

    @Test
    void the_journal_serves_each_payload_as_a_json_object() {
        JsonNode journal = chair.get("/api/v1/journal?subject=item:nmi-termination-2026").json();
        assertThat(journal).isNotEmpty();
        assertThat(journal.get(0).path("payload").isObject()).isTrue();
        assertThat(journal.get(0).path("payload").path("subject").asText()).isEqualTo("Terminate NATO Mission Iraq by September 2026");
        assertThat(chair.get("/api/v1/journal/verify").json().path("intact").asBoolean()).isTrue();
    }

    @Test
    void a_write_by_another_process_on_the_same_database_is_seen_by_the_next_read() {
        String url = TestDatabases.fresh(TestDatabases.Kind.H2);
        Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        try (Concord first = Fixtures.on(url, TestDatabases.Kind.H2, clock); Concord second = Fixtures.on(url, TestDatabases.Kind.H2, clock)) {
            first.loadDefaultsIfEmpty();
            try (Server s = Server.create(first, "test").start("127.0.0.1", 0)) {
                Http reader = new Http(s.port());
                String path = "/api/v1/items/kfor-reduction-2026";
                long before = reader.get(path).json().path("version").asLong();
                assertThat(reader.get(path).json().path("version").asLong()).isEqualTo(before);
                String desk = reader.get("/items/kfor-reduction-2026").body();
                assertThat(reader.get("/items/kfor-reduction-2026").body()).isEqualTo(desk); // now held for this journal head
                String home = reader.get("/").body();
                assertThat(reader.get("/").body()).isEqualTo(home);
                second.procedure().recordPosition(Principal.delegation("deu", Iso3.of("DEU")), ItemId.of("kfor-reduction-2026"), Iso3.of("DEU"),
                        new PositionData("OBJECTION", null, null, null, null, null, null, before), before);
                assertThat(reader.get(path).json().path("version").asLong()).isEqualTo(before + 1);
                assertThat(reader.get("/api/v1/items?target=kfor").json().get(0).path("consensus").path("blocking")).extracting(JsonNode::asText)
                        .containsExactly("DEU");
                assertThat(reader.get("/items/kfor-reduction-2026").body()).isNotEqualTo(desk).contains("DEU");
                assertThat(reader.get("/").body()).isNotEqualTo(home);
            }
        }
    }
}
