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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The paging convention, filters, the refusal of unknown query parameters, the two names of time travel, and CSV. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsApiIT {
    static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");
    Concord concord;
    Server server;
    Http anonymous;
    Http chair;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        anonymous = new Http(server.port());
        chair = Http.withToken(server.port(), Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET"));
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    /** Follows the Link headers from {@code first}, returning every page's {@code field} values in order. */
    List<List<String>> pages(Http http, String first, String field) {
        List<List<String>> pages = new ArrayList<>();
        String url = first;
        while (url != null) {
            var r = http.get(url);
            assertThat(r.status()).as(url).isEqualTo(200);
            pages.add(texts(r.json(), field));
            String link = r.header("Link");
            if (link == null) break;
            Matcher m = NEXT.matcher(link);
            assertThat(m.matches()).as(link).isTrue();
            url = m.group(1);
            assertThat(pages).as("a Link loop").hasSizeLessThan(100);
        }
        return pages;
    }

    @Test
    void following_the_next_links_reads_every_member_once_in_the_unpaged_order() {
        List<String> all = texts(anonymous.get("/api/v1/members?limit=200").json(), "iso3");
        assertThat(all).hasSize(32);
        assertThat(anonymous.get("/api/v1/members?limit=200").header("Link")).isNull();
        var pages = pages(anonymous, "/api/v1/members?limit=10", "iso3");
        assertThat(pages).extracting(List::size).containsExactly(10, 10, 10, 2);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(all);
        assertThat(anonymous.get("/api/v1/members").json()).hasSize(32); // default 50
    }

    @Test
    void the_next_link_keeps_the_filters() {
        var first = anonymous.get("/api/v1/members?on=2023-01-01&limit=29");
        assertThat(first.json()).hasSize(29);
        assertThat(first.header("Link")).contains("on=2023-01-01").contains("limit=29").contains("cursor=");
        var pages = pages(anonymous, "/api/v1/members?on=2023-01-01&limit=29", "iso3");
        assertThat(pages.get(1)).hasSize(1).doesNotContain("FIN", "SWE");
        var missions = pages(anonymous, "/api/v1/missions?status=TERMINATED&limit=1", "status");
        assertThat(missions.size()).isGreaterThan(1);
        assertThat(missions.stream().flatMap(List::stream)).allMatch("TERMINATED"::equals);
    }

    @Test
    void a_limit_out_of_range_or_not_a_number_and_a_malformed_cursor_get_400_naming_them() {
        for (String bad : List.of("0", "201", "-1", "ten", "1.5")) {
            var r = anonymous.get("/api/v1/members?limit=" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().path("violations").get(0).path("field").asText()).isEqualTo("limit");
        }
        for (String path : List.of("/api/v1/members", "/api/v1/journal", "/api/v1/events")) {
            var r = chair.get(path + "?cursor=not-a-cursor!");
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.json().path("violations").get(0).path("field").asText()).isEqualTo("cursor");
        }
    }

    @Test
    void an_unknown_query_parameter_gets_400_naming_it_on_every_route() {
        for (String path : List.of("/api/v1/items?bogus=1", "/api/v1/partners?country=UKR", "/api/v1/members/FIN?x=1",
                "/health?verbose=true", "/api/v1/journal?subjekt=mission:kfor", "/api/v1/items/nmi-termination-2026?version=1")) {
            var r = chair.get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));
            assertThat(texts(r.json().path("violations"), "field")).as(path).contains(name);
        }
        var twice = anonymous.get("/api/v1/members?limit=1&limit=2");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("violations").get(0).path("field").asText()).isEqualTo("limit");
    }

    @Test
    void on_reads_the_facts_of_a_date_and_as_of_stays_its_deprecated_alias() {
        assertThat(anonymous.get("/api/v1/members?on=2023-01-01").json()).hasSize(30);
        assertThat(anonymous.get("/api/v1/members?asOf=2023-01-01").json()).hasSize(30);
        var both = anonymous.get("/api/v1/members?on=2023-01-01&asOf=2023-01-01");
        assertThat(both.status()).isEqualTo(400);
        var bad = anonymous.get("/api/v1/members?on=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("violations").get(0).path("field").asText()).isEqualTo("on");
    }

    @Test
    void recorded_at_reads_the_register_as_recorded_at_an_instant() {
        assertThat(anonymous.get("/api/v1/missions?recordedAt=2020-01-01T00:00:00Z").json()).isEmpty();
        assertThat(anonymous.get("/api/v1/missions?recordedAt=2099-01-01").json()).isNotEmpty();
        assertThat(anonymous.get("/api/v1/missions/kfor?recordedAt=2099-01-01").json().path("id").asText()).isEqualTo("kfor");
        var bad = anonymous.get("/api/v1/events?recordedAt=soon");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("violations").get(0).path("field").asText()).isEqualTo("recordedAt");
    }

    @Test
    void partners_filter_by_framework() {
        var ip4 = texts(anonymous.get("/api/v1/partners?framework=IP4").json(), "iso3");
        assertThat(ip4).containsExactlyInAnyOrder("AUS", "JPN", "KOR", "NZL");
        assertThat(anonymous.get("/api/v1/partners?framework=NOPE").json()).isEmpty();
    }

    @Test
    void events_filter_by_kind_status_and_dates() {
        var summits = anonymous.get("/api/v1/events?kind=SUMMIT&limit=200").json();
        assertThat(texts(summits, "kind")).isNotEmpty().allMatch("SUMMIT"::equals);
        assertThat(texts(summits, "id")).contains("summit-2026-ankara");
        var in2026 = texts(anonymous.get("/api/v1/events?from=2026-01-01&to=2026-12-31").json(), "id");
        assertThat(in2026).contains("summit-2026-ankara").noneMatch(id -> id.contains("2018"));
        assertThat(anonymous.get("/api/v1/events?kind=PICNIC").status()).isEqualTo(400);
    }

    @Test
    void the_journal_pages_by_sequence_and_filters_by_subject() {
        var pages = pages(chair, "/api/v1/journal?subject=mission:kfor&limit=1", "seq");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(1);
        var created = pages(chair, "/api/v1/journal?type=MissionCreated&limit=3", "type");
        assertThat(created.stream().mapToInt(List::size).sum()).isEqualTo(11);
        assertThat(created.stream().flatMap(List::stream)).allMatch("MissionCreated"::equals);
        var first = chair.get("/api/v1/journal?limit=5");
        assertThat(first.json()).hasSize(5);
        String next = NEXT.matcher(first.header("Link")).replaceAll("$1");
        var second = chair.get(next).json();
        assertThat(second.get(0).path("seq").asLong()).isGreaterThan(first.json().get(4).path("seq").asLong());
    }

    @Test
    void every_list_answers_csv_when_asked_with_the_same_rows_and_paging() {
        Http csv = new Http(server.port()).header("Accept", "text/csv");
        var members = csv.get("/api/v1/members?limit=5");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.contentType()).startsWith("text/csv");
        List<String> lines = members.body().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("iso3,iso2,name,accession");
        assertThat(members.header("Link")).contains("rel=\"next\"");
        var missions = csv.get("/api/v1/missions?limit=200");
        assertThat(missions.body()).contains("kfor").contains("S30");
        assertThat(csv.get("/api/v1/partners").body().lines().count()).isEqualTo(39);
        assertThat(csv.get("/api/v1/members?limit=0").status()).isEqualTo(400);
    }
}
