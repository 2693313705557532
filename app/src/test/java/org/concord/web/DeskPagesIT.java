package org.concord.web;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's HTML pages over a real server: content, visibility, escaping and security headers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskPagesIT {
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
        EffectRequest statement = new EffectRequest.AdoptStatement("The Council states <b>this</b>.");
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
    void a_partner_is_told_that_raising_items_and_defining_issues_are_not_for_its_role_instead_of_being_given_forms_it_cannot_send() {
        Http partner = Http.withToken(server.port(), Fixtures.token(concord, "partner-ukr", Role.PARTNER, "UKR", "NATO RESTRICTED"));
        var raise = partner.get("/items/new?type=ADOPT_STATEMENT").body();
        assertThat(raise).contains("id=\"not-yours\"", "Raising an item is for the chair and the delegations").doesNotContain("id=\"raise-form\"");
        var issue = partner.get("/issues/new").body();
        assertThat(issue).contains("id=\"not-yours\"", "Defining a forecast issue is for the chair and analysts").doesNotContain("id=\"issue-form\"");
        assertThat(chair.get("/items/new?type=ADOPT_STATEMENT").body()).contains("id=\"raise-form\"").doesNotContain("id=\"not-yours\"");
        assertThat(chair.get("/issues/new").body()).contains("id=\"issue-form\"").doesNotContain("id=\"not-yours\"");
    }

    @Test
    void a_mistyped_desk_address_in_a_browser_gets_the_desks_not_found_page_while_the_api_keeps_its_problem_document() {
        var page = new Http(server.port()).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get("/itmes/nmi-termination-2026");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"en\">", "<title>Not found", "<h1>Not found</h1>", "href=\"/items\"");
        var api = new Http(server.port()).header("Accept", "text/html").get("/api/v1/nothing-here");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.get("/itmes").contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_anonymous_reader_sees_public_items_only_and_a_hint_to_sign_in() {
        var page = anonymous.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("sign in to see classified items", "href=\"/login", "xss-statement")
                .doesNotContain("restricted-statement");
    }

    @Test
    void a_page_read_again_after_any_act_shows_it_though_the_lists_are_kept_per_journal_head() {
        String before = anonymous.get("/").body();
        assertThat(before).doesNotContain("kept-per-head");
        assertThat(anonymous.get("/").body()).doesNotContain("kept-per-head");
        concord.procedure().raise(Principal.of("chair", Role.CHAIR), raise("kept-per-head", "A statement raised after the first read", "PUBLIC"));
        assertThat(anonymous.get("/").body()).contains("kept-per-head", "A statement raised after the first read");
        assertThat(anonymous.get("/items").body()).contains("kept-per-head");
        // the same lists are never shared across what readers may see
        concord.procedure().raise(Principal.of("chair", Role.CHAIR), raise("kept-restricted", "A restricted statement kept apart", "NATO RESTRICTED"));
        assertThat(chair.get("/").body()).contains("kept-restricted");
        assertThat(anonymous.get("/").body()).doesNotContain("kept-restricted");
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
    void a_forecast_page_draws_the_win_set_and_setter_point_and_compares_every_model_naming_the_default_and_why() {
        var run = chair.post("/api/v1/forecasts", """
                {"issue":"kfor-size","runs":300,"seed":3,"model":"compromise"}""");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        long id = run.json().path("id").asLong();
        var other = chair.post("/api/v1/forecasts", """
                {"issue":"kfor-size","runs":300,"seed":3,"model":"win-set"}""");
        long winSetId = other.json().path("id").asLong();
        String body = chair.get("/forecasts/" + id).body();
        // the win-set of the central scenario, as the model itself computes it on the stored inputs
        var comparison = concord.forecasts().compareModels(Fixtures.ADMIN, org.concord.forecast.application.ForecastId.parse(Long.toString(id)));
        var w = comparison.winSet();
        assertThat(w).isNotNull();
        assertThat(body).contains("id=\"win-set\"", String.format(java.util.Locale.ROOT, "%.1f to %.1f", w.low(), w.high()), "class=\"win-set\"",
                ">setter</text>", ">status quo</text>", ">proposal</text>");
        assertThat(body).contains("id=\"models\"", "win-set (default)", "compromise", "nash-bargaining", "expected-utility",
                "win-set is the default for the rule UNANIMITY: lowest cross-validated CRPS");
        assertThat(comparison.models()).extracting(org.concord.forecast.application.ModelComparison.Row::model)
                .containsExactly("compromise", "win-set", "nash-bargaining", "expected-utility");
        // each model's own stored forecast on the same inputs is linked with its odds; the one not run says so
        assertThat(body).contains("href=\"/forecasts/" + winSetId + "\"", "not run on these inputs");
        var row = comparison.models().stream().filter(r -> r.model().equals("win-set")).findFirst().orElseThrow();
        assertThat(row.stored()).isEqualTo(winSetId);
        assertThat(row.isDefault()).isTrue();
        assertThat(row.point()).isBetween(w.low() - 1e-9, w.high() + 1e-9);
        // the comparison runs every model on the stored inputs and stores nothing
        assertThat(concord.forecasts().forecasts(Fixtures.ADMIN, java.util.Optional.empty()).stream().filter(f -> f.issue().equals("kfor-size")).count())
                .isEqualTo(2);
    }

    @Test
    void a_running_silence_shows_its_absolute_deadline_beside_a_countdown_the_script_may_tick_without_announcing_it() {
        long version = chair.get("/api/v1/items/kfor-reduction-2026").json().path("version").asLong();
        var open = chair.post("/api/v1/items/kfor-reduction-2026/silence", "{\"deadline\":\"2026-11-30T15:30:00Z\",\"version\":" + version + "}");
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        // the fixed clock reads 2026-11-28T12:00Z: 2 d 3 h 30 min left = 185,400,000 ms
        String item = anonymous.get("/items/kfor-reduction-2026").body();
        assertThat(item).contains("<strong id=\"silence-deadline\">2026-11-30 15:30 UTC</strong> (<time id=\"silence-countdown\" class=\"countdown\""
                + " datetime=\"2026-11-30T15:30:00Z\" data-left-ms=\"185400000\" aria-live=\"off\">in 2 d 3 h</time>)");
        String home = anonymous.get("/").body();
        assertThat(home).contains("2026-11-30 15:30 UTC (<time class=\"countdown\" datetime=\"2026-11-30T15:30:00Z\" data-left-ms=\"185400000\" aria-live=\"off\">in 2 d 3 h</time>)");
    }

    @Test
    void pages_carry_the_strict_security_headers_and_no_inline_style_or_script() {
        for (String path : new String[]{"/", "/items/nmi-termination-2026", "/missions/kfor", "/items/missing"}) {
            var r = anonymous.get(path);
            assertThat(r.header("Content-Security-Policy")).as(path).isEqualTo(CSP);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.body()).as(path).doesNotContain("style=", "<style", "hx-on", "onclick", "javascript:");
            // scripts only from the desk itself (htmx from its webjar, the countdown), never inline
            String[] scripts = r.body().split("<script", -1);
            assertThat(scripts).as(path).hasSize(3);
            assertThat(scripts[1]).as(path).startsWith(" src=\"/webjars/htmx/htmx.min.js\" defer></script>");
            assertThat(scripts[2]).as(path).startsWith(" src=\"/static/countdown.js\" defer></script>");
        }
        var countdown = anonymous.get("/static/countdown.js");
        assertThat(countdown.status()).isEqualTo(200);
        assertThat(countdown.contentType()).startsWith("text/javascript");
        assertThat(countdown.body()).contains("data-left-ms", "aria-live").doesNotContain("eval(", "innerHTML");
        var htmx = anonymous.get("/webjars/htmx/htmx.min.js");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.contentType()).startsWith("text/javascript");
        var css = anonymous.get("/static/desk.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
    }
}
