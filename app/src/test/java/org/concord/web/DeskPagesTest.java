package org.concord.web;

import org.concord.boot.Concord;
import org.concord.procedure.data.EffectData;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's HTML pages over a real server: content, visibility, escaping and security headers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskPagesTest {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    Concord concord;
    Server server;
    Http chair;
    Http anonymous;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        chair = Http.withToken(server.port(), Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET"));
        anonymous = new Http(server.port());
        Principal asChair = Principal.of("chair", Role.CHAIR);
        concord.procedure().raise(asChair, raise("xss-statement", "<script>alert('x')</script> & \"quotes\"", "PUBLIC"));
        concord.procedure().raise(asChair, raise("restricted-statement", "A restricted statement", "NATO RESTRICTED"));
    }

    static RaiseItemData raise(String id, String subject, String classification) {
        EffectData statement = new EffectData("ADOPT_STATEMENT", null, null, null, null, null, "The Council states <b>this</b>.",
                null, null, null, null, null, null, null, null, null, null);
        return new RaiseItemData(id, null, null, "CHAIR", subject, "The Council states <b>this</b>.", statement, classification);
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    @Test
    void the_desk_shows_the_organisation_members_open_items_missions_and_events() {
        var page = chair.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<title>", "32 members on 2026-11-28", "nmi-termination-2026", "href=\"/items/nmi-termination-2026\"",
                "Nothing blocks", "href=\"/missions/kfor\"", "4500", "href=\"/api/docs\"", "/static/desk.css", "restricted-statement");
        assertThat(page.body()).doesNotContain("sign in to see classified items");
    }

    @Test
    void the_home_page_lists_the_reviews_due_and_overdue_on_the_desks_date_and_the_mission_page_shows_the_cycle() {
        var home = anonymous.get("/").body();
        assertThat(home).contains("Mission reviews due and overdue", "id=\"reviews-due\"", "href=\"/missions/kfor#reviews-h\"",
                "2026-06-12", "OVERDUE", "2026-12-12", "due in 14 days", "2026-10-31");
        var kfor = anonymous.get("/missions/kfor").body();
        assertThat(kfor).contains("id=\"review-cycle\"", "Periodic review every 6 months from 2026-06-12; next due 2026-12-12",
                "Grade RECALLED", "S17", "id=\"mission-reviews-due\"", "id=\"contributions\"", "852")
                .doesNotContain("id=\"review-form\"");
        assertThat(chair.get("/missions/kfor").body()).contains("id=\"review-form\"", "Record the review");
        assertThat(anonymous.get("/missions/flf").body()).contains("No review cycle recorded");
    }

    @Test
    void the_anonymous_reader_sees_public_items_only_and_a_hint_to_sign_in() {
        var page = anonymous.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("sign in to see classified items", "href=\"/login", "xss-statement")
                .doesNotContain("restricted-statement");
    }

    @Test
    void every_value_is_escaped() {
        var desk = anonymous.get("/").body();
        assertThat(desk).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        var item = anonymous.get("/items/xss-statement");
        assertThat(item.status()).isEqualTo(200);
        assertThat(item.body()).doesNotContain("<script>", "<b>this</b>").contains("&lt;script&gt;", "&lt;b&gt;this&lt;/b&gt;");
    }

    @Test
    void an_item_page_shows_texts_positions_silence_and_consensus() {
        var page = chair.get("/items/nmi-termination-2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Texts", "Text 1", "Consensus board", "id=\"cell-USA\"", "Silence procedure", "id=\"consensus\"", "Timeline", "Item raised");
    }

    @Test
    void a_hidden_or_missing_item_answers_the_html_404_page() {
        var hidden = anonymous.get("/items/restricted-statement");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("text/html");
        assertThat(hidden.body()).contains("Not found").doesNotContain("A restricted statement");
        assertThat(chair.get("/items/restricted-statement").body()).contains("A restricted statement");
        assertThat(anonymous.get("/items/no-such-item").status()).isEqualTo(404);
        assertThat(anonymous.get("/items/%20bad%20").status()).isEqualTo(404);
        assertThat(anonymous.get("/missions/no-such-mission").status()).isEqualTo(404);
        assertThat(anonymous.get("/forecasts/999999").status()).isEqualTo(404);
        assertThat(anonymous.get("/forecasts/abc").status()).isEqualTo(404);
    }

    @Test
    void a_mission_page_draws_its_strength_series_as_an_svg_without_style_attributes() {
        var page = anonymous.get("/missions/kfor");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<svg id=\"strength-chart\"", "<rect ", "4500", "S30").doesNotContain("style=");
    }

    @Test
    void a_forecast_page_shows_its_key_numbers_and_the_api_chart() {
        var run = chair.post("/api/v1/forecasts", """
                {"issue":"nmi-end","runs":200,"seed":7,"model":"win-set"}""");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        long id = run.json().path("id").asLong();
        var page = anonymous.get("/forecasts/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Forecast #" + id, "<img src=\"/api/v1/forecasts/" + id + "/chart.svg\"", "seed 7");
        assertThat(anonymous.get("/forecasts").body()).contains("href=\"/forecasts/" + id + "\"");
    }

    @Test
    void pages_carry_the_strict_security_headers_and_no_inline_style_or_script() {
        for (String path : new String[]{"/", "/items/nmi-termination-2026", "/missions/kfor", "/items/missing"}) {
            var r = anonymous.get(path);
            assertThat(r.header("Content-Security-Policy")).as(path).isEqualTo(CSP);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.body()).as(path).doesNotContain("style=", "<style", "hx-on", "onclick", "javascript:");
            // scripts only from the desk itself (htmx from its webjar), never inline
            String[] scripts = r.body().split("<script", -1);
            assertThat(scripts).as(path).hasSize(2);
            for (int i = 1; i < scripts.length; i++) assertThat(scripts[i]).as(path).startsWith(" src=\"/webjars/htmx/htmx.min.js\" defer></script>");
        }
        var htmx = anonymous.get("/webjars/htmx/htmx.min.js");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.contentType()).startsWith("text/javascript");
        var css = anonymous.get("/static/desk.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
    }
}
