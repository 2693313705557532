package org.concord.web;

import org.concord.boot.Concord;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's own sign-in and form checks over a real server, as a browser would send them (form posts, cookies, Origin). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSessionIT {
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    Concord concord;
    Server server;
    String base;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET");
        Fixtures.token(concord, "deu", Role.DELEGATION, "DEU", "NATO SECRET");
        analystToken = Fixtures.token(concord, "analyst", Role.ANALYST, null, "NATO SECRET");
        Fixtures.token(concord, "root", Role.ADMIN, null, "NATO SECRET");
    }

    String analystToken;

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    /** One browser: its own cookie jar. */
    final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        }

        HttpResponse<String> post(String path, String origin, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            var b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (origin != null) b.header("Origin", origin);
            return send(b.build());
        }

        HttpResponse<String> signIn(String name, String password) {
            String token = find(CSRF, get("/login").body());
            return post("/login", base, Map.of("_csrf", token, "name", name, "password", password, "next", "/items"));
        }

        private HttpResponse<String> send(HttpRequest r) {
            try {
                return http.send(r, HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A form's fields from name, value, name, value, ... (Map.of stops at ten). */
    static Map<String, String> fields(String... nameValue) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put(nameValue[i], nameValue[i + 1]);
        return m;
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as("pattern " + p + " in the page").isTrue();
        return m.group(1);
    }

    @Test
    void signing_in_on_the_desk_shows_the_user_role_and_nation_on_every_page_and_signing_out_ends_the_session() {
        Client deu = new Client();
        var in = deu.signIn("deu", Fixtures.PASSWORD);
        assertThat(in.statusCode()).as(in.body()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).contains("/items");
        for (String path : new String[]{"/", "/items", "/missions", "/events", "/members", "/partners", "/journal", "/forecasts", "/items/kfor-reduction-2026"}) {
            String page = deu.get(path).body();
            assertThat(page).as(path).contains("<strong id=\"who-name\">deu</strong>", "<span id=\"who-role\">DELEGATION</span>", "<span id=\"who-nation\">DEU</span>");
        }
        String csrf = find(CSRF, deu.get("/").body());
        var out = deu.post("/logout", base, Map.of("_csrf", csrf));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(deu.get("/").body()).doesNotContain("who-name").contains("sign in to see classified items");
    }

    @Test
    void two_sessions_of_one_user_each_get_pages_with_their_own_csrf_token_though_pages_are_held_per_journal_head() {
        Client first = new Client(), second = new Client();
        assertThat(first.signIn("chair", Fixtures.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(second.signIn("chair", Fixtures.PASSWORD).statusCode()).isEqualTo(303);
        for (String path : new String[]{"/", "/items/kfor-reduction-2026"}) {
            String a = find(CSRF, first.get(path).body()), b = find(CSRF, second.get(path).body());
            assertThat(a).as(path).isNotEqualTo(b);
            assertThat(find(CSRF, first.get(path).body())).as(path).isEqualTo(a);
            assertThat(find(CSRF, second.get(path).body())).as(path).isEqualTo(b);
        }
        String anonymous = new Client().get("/").body();
        assertThat(anonymous).doesNotContain("who-name");
        assertThat(second.post("/logout", base, Map.of("_csrf", find(CSRF, second.get("/").body()))).statusCode()).isEqualTo(303);
        assertThat(second.get("/").body()).doesNotContain("who-name"); // the signed-out browser gets the anonymous page
        assertThat(first.get("/").body()).contains("<strong id=\"who-name\">chair</strong>");
    }

    @Test
    void the_desk_sign_in_is_throttled_exactly_as_the_api_sign_in() {
        // its own server: five failures lock the client address too, which would lock the other tests out
        try (Concord own = Fixtures.concord(TestDatabases.Kind.H2); Server ownServer = Server.create(own, "test").start("127.0.0.1", 0)) {
            Fixtures.token(own, "victim", Role.READER, null, "NATO UNCLASSIFIED");
            String saved = base;
            base = "http://127.0.0.1:" + ownServer.port();
            try {
                Client c = new Client();
                for (int i = 0; i < 5; i++) assertThat(c.signIn("victim", "wrong password " + i).statusCode()).isEqualTo(401);
                var throttled = c.signIn("victim", Fixtures.PASSWORD);
                assertThat(throttled.statusCode()).isEqualTo(429);
                assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
                assertThat(throttled.body()).contains("Too many failed sign-ins");
                // the API sees the same throttle: it is one service
                var api = new org.concord.testing.Http(ownServer.port()).post("/api/v1/session", """
                        {"name":"victim","password":"%s"}""".formatted(Fixtures.PASSWORD));
                assertThat(api.status()).isEqualTo(429);
            } finally {
                base = saved;
            }
        }
    }

    @Test
    void a_form_from_another_origin_or_without_the_csrf_field_changes_nothing() {
        Client chair = new Client();
        chair.signIn("chair", Fixtures.PASSWORD);
        String page = chair.get("/items/kfor-reduction-2026").body();
        String csrf = find(CSRF, page), version = find(VERSION, page);
        var foreign = chair.post("/items/kfor-reduction-2026/withdrawal", "https://evil.example", Map.of("_csrf", csrf, "version", version));
        assertThat(foreign.statusCode()).isEqualTo(403);
        var nullOrigin = chair.post("/items/kfor-reduction-2026/withdrawal", "null", Map.of("_csrf", csrf, "version", version));
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        var noToken = chair.post("/items/kfor-reduction-2026/withdrawal", base, Map.of("version", version));
        assertThat(noToken.statusCode()).isEqualTo(403);
        var loginWithoutToken = new Client().post("/login", base, Map.of("name", "chair", "password", Fixtures.PASSWORD));
        assertThat(loginWithoutToken.statusCode()).isEqualTo(403);
        assertThat(chair.get("/items/kfor-reduction-2026").body()).contains("id=\"version\">" + version + "<");
        var anonymous = new Client().post("/items/kfor-reduction-2026/withdrawal", base, Map.of("version", version));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void a_delegation_may_not_act_for_another_nation_and_bad_input_names_the_field() {
        Client deu = new Client();
        deu.signIn("deu", Fixtures.PASSWORD);
        String page = deu.get("/items/kfor-reduction-2026").body();
        String csrf = find(CSRF, page), version = find(VERSION, page);
        var other = deu.post("/items/kfor-reduction-2026/position", base, Map.of("_csrf", csrf, "version", version, "member", "FRA", "position", "OBJECTION"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Not allowed", "only for its own nation").doesNotContain("Exception");
        var bad = deu.post("/items/kfor-reduction-2026/position", base, Map.of("_csrf", csrf, "version", version, "member", "DEU", "position", "SUPPORT_WITH_STATEMENT"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("footnote: is required for SUPPORT_WITH_STATEMENT");
        var letter = deu.post("/items/kfor-reduction-2026/position", base, Map.of("_csrf", csrf, "version", version, "member", "DEU", "position", "OBJECTION", "act", "LETTER"));
        assertThat(letter.body()).contains("reference: is required for a LETTER");
    }

    @Test
    void a_refused_position_form_comes_back_with_what_the_delegation_chose_and_typed() {
        Client deu = new Client();
        deu.signIn("deu", Fixtures.PASSWORD);
        String page = deu.get("/items/nmi-termination-2026").body();
        var refused = deu.post("/items/nmi-termination-2026/position", base, Map.of("_csrf", find(CSRF, page), "version", find(VERSION, page),
                "member", "DEU", "position", "SUPPORT_WITH_STATEMENT", "footnote", "Germany <expects> a residual presence", "clause", "para 2",
                "act", "LETTER"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("reference: is required for a LETTER",
                "<option value=\"SUPPORT_WITH_STATEMENT\" selected>", "<option value=\"LETTER\" selected>",
                ">Germany &lt;expects&gt; a residual presence</textarea>", "id=\"clause\" hx-preserve name=\"clause\" value=\"para 2\"")
                .doesNotContain("<option value=\"OBJECTION\" selected>");
        var fresh = deu.get("/items/nmi-termination-2026").body();
        assertThat(fresh).doesNotContain("Germany &lt;expects&gt;", "<option value=\"LETTER\" selected>");
    }

    @Test
    void a_refused_raise_form_comes_back_with_everything_the_chair_chose_and_typed() {
        Client chair = new Client();
        chair.signIn("chair", Fixtures.PASSWORD);
        String page = chair.get("/items/new?type=LAUNCH_MISSION").body();
        var refused = chair.post("/items", base, fields("_csrf", find(CSRF, page), "type", "LAUNCH_MISSION", "proposer", "CHAIR",
                "subject", "Launch a <new> mission", "text", "The Council decides to launch it.", "body", "nac", "level", "MINISTERS",
                "classification", "NATO RESTRICTED", "mission", "Bad Id", "name", "Mission X", "mandate", "Train and advise.", "start", "2027-01-01"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("effect.mission: mission id 'Bad Id' must be", "value=\"Launch a &lt;new> mission\"",
                ">The Council decides to launch it.</textarea>", "<option value=\"nac\" selected>", "<option value=\"MINISTERS\" selected>",
                "<option value=\"NATO RESTRICTED\" selected>", "value=\"Bad Id\"", "value=\"Mission X\"", ">Train and advise.</textarea>",
                "value=\"2027-01-01\"").doesNotContain("<option value=\"NATO UNCLASSIFIED\" selected>");

        page = chair.get("/items/new?type=EXCLUDE_PARTNERS").body();
        var bad = chair.post("/items", base, fields("_csrf", find(CSRF, page), "type", "EXCLUDE_PARTNERS", "proposer", "CHAIR",
                "subject", "Keep them out", "body", "nac", "level", "AMBASSADORS", "classification", "NATO UNCLASSIFIED",
                "session", "summit-2026-ankara/ankara-2026-formal", "partners", "JPN"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("text: is required", "value=\"Keep them out\"",
                "<option value=\"summit-2026-ankara/ankara-2026-formal\" selected>", "<option value=\"JPN\" selected>");
    }

    @Test
    void an_analyst_marks_on_the_desk_the_stances_and_issues_they_record_as_the_api_lets_them() {
        Client analyst = new Client();
        analyst.signIn("analyst", Fixtures.PASSWORD);
        String page = analyst.get("/issues/kfor-size").body();
        assertThat(page).contains("<label for=\"stance-marking\">", "<option value=\"NATO UNCLASSIFIED\" selected>", "<option value=\"NATO SECRET\">");
        var stance = analyst.post("/issues/kfor-size/stances", base, fields("_csrf", find(CSRF, page), "actor", "FRA", "reportedOn", "2026-11-20",
                "source", "a French official, to this desk", "grade", "B2", "position", "60", "quote", "Keep most of KFOR.", "classification", "NATO SECRET"));
        assertThat(stance.statusCode()).isEqualTo(303);
        var api = org.concord.testing.Http.withToken(server.port(), analystToken);
        assertThat(api.get("/api/v1/stances?issue=kfor-size").json().findValues("source").stream().map(com.fasterxml.jackson.databind.JsonNode::asText).toList())
                .contains("a French official, to this desk");
        for (var s : api.get("/api/v1/stances?issue=kfor-size").json())
            if (s.path("source").asText().equals("a French official, to this desk")) assertThat(s.path("classification").asText()).isEqualTo("NATO SECRET");

        page = analyst.get("/issues/new?item=kfor-reduction-2026").body();
        assertThat(page).contains("<label for=\"issue-marking\">");
        var issue = analyst.post("/issues", base, fields("_csrf", find(CSRF, page), "item", "kfor-reduction-2026", "id", "kfor-secret",
                "title", "How far is KFOR cut?", "scale0", "cut to nothing", "scale100", "kept whole", "statusQuo", "100", "proposal", "0",
                "rule", "UNANIMITY", "proposer", "USA", "date", "2026-11-20", "classification", "NATO CONFIDENTIAL"));
        assertThat(issue.statusCode()).isEqualTo(303);
        assertThat(api.get("/api/v1/issues/kfor-secret").json().path("issue").path("classification").asText()).isEqualTo("NATO CONFIDENTIAL");
    }

    @Test
    void the_token_form_says_what_an_empty_expiry_gives_and_a_refusal_names_the_owner_field() {
        Client root = new Client();
        root.signIn("root", Fixtures.PASSWORD);
        String page = root.get("/admin").body();
        assertThat(page).contains("<label for=\"token-days\">Expires after days (1 to 3650; empty: 90)</label>", "max=\"3650\"")
                .doesNotContain("empty: never");
        var made = root.post("/admin/tokens", base, Map.of("_csrf", find(CSRF, page)));
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(made.body()).containsPattern("created for root, expires \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\.");
        var nobody = root.post("/admin/tokens", base, Map.of("_csrf", find(CSRF, page), "owner", "nobody"));
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("owner: user 'nobody' not found");
        assertThat(root.get("/api/openapi.json").body()).contains("for how many days (1 to 3650; default: 90)").doesNotContain("default: no expiry");
    }

    @Test
    void a_refused_review_form_comes_back_with_what_the_chair_chose_and_typed() {
        Client chair = new Client();
        chair.signIn("chair", Fixtures.PASSWORD);
        String page = chair.get("/missions/kfor").body();
        assertThat(page).doesNotContain("leave empty to call an ad hoc review");
        var refused = chair.post("/missions/kfor/reviews", base, fields("_csrf", find(CSRF, page), "kind", "PERIODIC", "dueOn", "2026-06-12",
                "recommendation", "CONTINUE", "item", "kfor-reduction-2026", "summary", "The Council <notes> progress."));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("heldOn: is required for a periodic review", "<option value=\"PERIODIC\" selected>",
                "value=\"2026-06-12\"", "<option value=\"CONTINUE\" selected>", "value=\"kfor-reduction-2026\"",
                ">The Council &lt;notes&gt; progress.</textarea>");
    }

    @Test
    void the_chair_marks_a_review_on_the_desk_as_the_api_lets_them() {
        Client chair = new Client();
        chair.signIn("chair", Fixtures.PASSWORD);
        String page = chair.get("/missions/nmi").body();
        assertThat(page).contains("<label for=\"review-marking\">");
        var recorded = chair.post("/missions/nmi/reviews", base, fields("_csrf", find(CSRF, page), "kind", "PERIODIC", "dueOn", "2026-10-31",
                "heldOn", "2026-11-02", "recommendation", "REDUCE", "summary", "A confidential review.", "classification", "NATO CONFIDENTIAL"));
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(chair.get("/missions/nmi").body()).contains("<td>2026-11-02</td>", "<td>NATO CONFIDENTIAL</td>");
        assertThat(new org.concord.testing.Http(server.port()).get("/missions/nmi").body()).doesNotContain("2026-11-02");
    }

    @Test
    void a_refused_new_user_comes_back_with_the_name_role_nation_and_clearance_but_never_the_password() {
        Client root = new Client();
        root.signIn("root", Fixtures.PASSWORD);
        String page = root.get("/admin").body();
        var refused = root.post("/admin/users", base, fields("_csrf", find(CSRF, page), "name", "new-delegate", "role", "DELEGATION",
                "nation", "FRA", "clearance", "NATO SECRET", "password", "too short"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("password: ", "id=\"user-name\" name=\"name\" value=\"new-delegate\"",
                "<option value=\"DELEGATION\" selected>", "value=\"FRA\"", "<option value=\"NATO SECRET\" selected>")
                .doesNotContain("too short");
    }

    @Test
    void a_refused_stance_comes_back_with_what_the_analyst_chose_and_typed() {
        Client analyst = new Client();
        analyst.signIn("analyst", Fixtures.PASSWORD);
        String page = analyst.get("/issues/kfor-size").body();
        var refused = analyst.post("/issues/kfor-size/stances", base, fields("_csrf", find(CSRF, page), "actor", "GRC", "reportedOn", "2099-01-01",
                "source", "a Greek diplomat, to the press", "grade", "C3", "position", "72.5", "quote", "We <will> stay in Kosovo.",
                "note", "said twice", "classification", "NATO RESTRICTED"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("reportedOn: must not be after today", "<option value=\"GRC\" selected>", "value=\"2099-01-01\"",
                "value=\"a Greek diplomat, to the press\"", "<option value=\"C3\" selected>", "value=\"72.5\"",
                ">We &lt;will&gt; stay in Kosovo.</textarea>", "value=\"said twice\"", "<option value=\"NATO RESTRICTED\" selected>")
                .doesNotContain("<option value=\"B2\" selected>");
    }

    @Test
    void a_refused_issue_definition_comes_back_with_what_the_analyst_chose_and_typed() {
        Client analyst = new Client();
        analyst.signIn("analyst", Fixtures.PASSWORD);
        String page = analyst.get("/issues/new").body();
        var taken = analyst.post("/issues", base, fields("_csrf", find(CSRF, page), "item", "kfor-reduction-2026", "id", "kfor-size",
                "title", "How big does KFOR stay?", "scale0", "none left", "scale100", "all kept", "statusQuo", "100", "proposal", "20",
                "rule", "MAJORITY", "proposer", "USA", "date", "2026-11-01", "note", "a second look", "classification", "NATO RESTRICTED"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("forecast issue id 'kfor-size' is not available", "<option value=\"kfor-reduction-2026\" selected>",
                "value=\"kfor-size\"", "value=\"How big does KFOR stay?\"", "value=\"none left\"", "value=\"all kept\"", "value=\"100\"",
                "value=\"20\"", "<option value=\"MAJORITY\" selected>", "value=\"USA\"", "value=\"2026-11-01\"", "value=\"a second look\"",
                "<option value=\"NATO RESTRICTED\" selected>");
    }

    @Test
    void a_refused_risk_on_an_item_comes_back_open_with_what_the_analyst_chose_and_typed() {
        Client analyst = new Client();
        analyst.signIn("analyst", Fixtures.PASSWORD);
        String page = analyst.get("/items/kfor-reduction-2026").body();
        var refused = analyst.post("/items/kfor-reduction-2026/risks", base, fields("_csrf", find(CSRF, page), "option", "",
                "what", "Unrest <in> the north", "where", "Mitrovica", "condition", "if KFOR leaves", "assessedBy", "a regional expert",
                "grade", "C3", "likelihood", "LIKELY", "impact", "MAJOR", "assessedOn", "2099-01-01", "quote", "It would flare up.",
                "note", "one source", "classification", "NATO RESTRICTED"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("assessedOn", "<details open>", "value=\"Unrest &lt;in> the north\"", "value=\"Mitrovica\"",
                "value=\"if KFOR leaves\"", "value=\"a regional expert\"", "<option value=\"C3\" selected>", "<option value=\"LIKELY\" selected>",
                "<option value=\"MAJOR\" selected>", "value=\"2099-01-01\"", ">It would flare up.</textarea>", "value=\"one source\"",
                "<option value=\"NATO RESTRICTED\" selected>");
        assertThat(analyst.get("/items/kfor-reduction-2026").body()).doesNotContain("<details open>", "Mitrovica");
    }

    @Test
    void a_refused_silence_form_keeps_the_deadline_the_chair_typed() {
        Client chair = new Client();
        chair.signIn("chair", Fixtures.PASSWORD);
        String page = chair.get("/items/public-forum-2026-cancellation").body();
        var refused = chair.post("/items/public-forum-2026-cancellation/silence", base, Map.of("_csrf", find(CSRF, page), "version", find(VERSION, page),
                "deadline", "2020-01-01T12:00"));
        assertThat(refused.statusCode()).isIn(400, 403);
        assertThat(refused.body()).contains("R3(a)", "value=\"2020-01-01T12:00\"");
    }

    @Test
    void the_live_board_answers_no_content_while_nothing_changed_and_stops_when_the_session_ends() {
        Client deu = new Client();
        deu.signIn("deu", Fixtures.PASSWORD);
        String page = deu.get("/items/public-forum-2026-cancellation").body();
        String version = find(VERSION, page);
        assertThat(page).contains("hx-get=\"/items/public-forum-2026-cancellation/live?version=" + version + "&amp;as=deu\"", "hx-trigger=\"every 2s\"");
        assertThat(deu.get("/items/public-forum-2026-cancellation/live?version=" + version + "&as=deu").statusCode()).isEqualTo(204);
        var moved = deu.get("/items/public-forum-2026-cancellation/live?version=0&as=deu");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).startsWith("<div id=\"live\"").contains("id=\"board\"");
        deu.post("/logout", base, Map.of("_csrf", find(CSRF, page)));
        var ended = deu.get("/items/public-forum-2026-cancellation/live?version=" + version + "&as=deu");
        assertThat(ended.statusCode()).isEqualTo(286);
        assertThat(ended.body()).contains("Your session has ended").doesNotContain("hx-get", "id=\"board\"");
    }

    @Test
    void the_live_board_stops_for_a_user_who_was_disabled_meanwhile() {
        Fixtures.token(concord, "short", Role.DELEGATION, "FRA", "NATO SECRET");
        Client fra = new Client();
        fra.signIn("short", Fixtures.PASSWORD);
        assertThat(fra.get("/items/kfor-reduction-2026/live?version=0&as=short").statusCode()).isEqualTo(200);
        concord.access().disable(Fixtures.ADMIN, "short");
        assertThat(fra.get("/items/kfor-reduction-2026/live?version=0&as=short").statusCode()).isEqualTo(286);
    }

    @Test
    void the_chair_opens_silence_a_delegation_breaks_it_from_its_home_page_and_the_chair_moves_withdraws_and_reopens_the_item() {
        Client chair = new Client(), deu = new Client();
        chair.signIn("chair", Fixtures.PASSWORD);
        deu.signIn("deu", Fixtures.PASSWORD);
        String item = "/items/ankara-partners-2026";
        String page = chair.get(item).body();
        var moved = chair.post(item + "/move", base, Map.of("_csrf", find(CSRF, page), "version", find(VERSION, page), "body", "nac",
                "level", "MINISTERS", "reason", "to the ministers"));
        assertThat(moved.statusCode()).as(moved.body().replaceAll("(?s).*<div class=\"notice[^>]*>(.*?)</div>.*", "$1")).isEqualTo(303);
        page = chair.get(item).body();
        assertThat(page).contains("nac (MINISTERS)", "Item moved to body");
        page = chair.get(item).body();
        var open = chair.post(item + "/silence", base, Map.of("_csrf", find(CSRF, page), "version", find(VERSION, page), "deadline", "2026-12-01T12:00"));
        assertThat(open.statusCode()).isEqualTo(303);
        assertThat(chair.get("/").body()).contains("id=\"silences\"", "2026-12-01 12:00 UTC", "data-left-ms=\"259200000\" aria-live=\"off\">in 3 d 0 h</time>)");
        String home = deu.get("/").body();
        assertThat(home).contains("id=\"breakable\"", "ankara-partners-2026");
        page = deu.get(item).body();
        assertThat(page).contains("id=\"break-form\"", "deadline <strong id=\"silence-deadline\">2026-12-01 12:00 UTC</strong>");
        var broken = deu.post(item + "/silence-break", base, Map.of("_csrf", find(CSRF, page), "version", find(VERSION, page), "member", "DEU",
                "act", "LETTER", "reference", "DEU/2026/117"));
        assertThat(broken.statusCode()).isEqualTo(303);
        page = chair.get(item).body();
        assertThat(page).contains("Broken by: DEU", "Silence broken");
        var withdrawn = chair.post(item + "/withdrawal", base, Map.of("_csrf", find(CSRF, page), "version", find(VERSION, page), "reason", "overtaken by events"));
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        page = chair.get(item).body();
        assertThat(page).contains("WITHDRAWN", "overtaken by events", "id=\"reopen-form\"");
        var reopened = chair.post(item + "/reopening", base, Map.of("_csrf", find(CSRF, page), "version", find(VERSION, page), "newId", "ankara-partners-2026-b"));
        assertThat(reopened.statusCode()).isEqualTo(303);
        assertThat(reopened.headers().firstValue("Location").orElseThrow()).startsWith("/items/ankara-partners-2026-b?");
        assertThat(chair.get("/items/ankara-partners-2026-b").body()).contains("reopened from <a href=\"/items/ankara-partners-2026\"");
    }

    @Test
    void a_delegation_raises_an_item_with_an_effect_chosen_from_the_register() {
        Client deu = new Client();
        deu.signIn("deu", Fixtures.PASSWORD);
        String form = deu.get("/items/new?type=EXTEND_MISSION").body();
        assertThat(form).contains("<option value=\"kfor\">", "<option value=\"DEU\"");
        var raised = deu.post("/items", base, Map.of("_csrf", find(CSRF, form), "type", "EXTEND_MISSION", "proposer", "DEU", "subject", "Extend KFOR",
                "text", "The Council extends KFOR.", "body", "nac", "level", "AMBASSADORS", "classification", "NATO UNCLASSIFIED", "mission", "kfor", "newEnd", "2030-12-31"));
        assertThat(raised.statusCode()).isEqualTo(303);
        String page = deu.get(raised.headers().firstValue("Location").orElseThrow().replace(base, "")).body();
        assertThat(page).contains("Extend KFOR", "Extends <a href=\"/missions/kfor\">mission kfor</a> to 2030-12-31.", "Item raised");
        var bad = deu.post("/items", base, Map.of("_csrf", find(CSRF, form), "type", "EXTEND_MISSION", "proposer", "FRA", "subject", "",
                "text", "x", "mission", "kfor"));
        assertThat(bad.statusCode()).isIn(400, 403);
        assertThat(bad.body()).contains("Nothing was raised");
    }

    @Test
    void sign_in_returns_only_to_a_path_on_this_desk() {
        Client c = new Client();
        String token = find(CSRF, c.get("/login").body());
        var r = c.post("/login", base, new LinkedHashMap<>(Map.of("_csrf", token, "name", "chair", "password", Fixtures.PASSWORD, "next", "//evil.example/x")));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/");
    }

    @Test
    void sign_in_never_sends_the_browser_to_another_site_through_a_tab_or_line_break_in_next() {
        // browsers drop tabs and line breaks from a URL, so "/<TAB>/evil.example" is followed as "//evil.example"
        for (String next : new String[]{"/\t/evil.example/x", "/\n/evil.example/x", "/\r/evil.example/x", "/\t\\evil.example"}) {
            Client c = new Client();
            String token = find(CSRF, c.get("/login").body());
            var r = c.post("/login", base, new LinkedHashMap<>(Map.of("_csrf", token, "name", "chair", "password", Fixtures.PASSWORD, "next", next)));
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).as(next.replace("\t", "<TAB>")).contains("/");
        }
    }

    @Test
    void behind_a_tls_terminating_proxy_the_desk_signs_in_takes_forms_and_marks_its_cookies_secure() throws Exception {
        // the proxy speaks https to the browser and plain http to Concord, saying so in X-Forwarded-Proto; cookies are
        // carried by hand, as a browser would over https (Java's cookie jar keeps Secure cookies off plain http)
        String browserOrigin = base.replace("http://", "https://");
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var login = plain.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String loginCookie = login.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("concord_login=")).findFirst().orElseThrow();
        assertThat(loginCookie).contains("; Secure");
        String form = "_csrf=" + enc(find(CSRF, login.body())) + "&name=deu&password=" + enc(Fixtures.PASSWORD) + "&next=%2Fitems";
        var in = plain.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("X-Forwarded-Proto", "https").header("Origin", browserOrigin)
                .header("Cookie", loginCookie.split(";")[0]).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).as(in.body()).isEqualTo(303);
        String session = in.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("concord_session=")).findFirst().orElseThrow();
        assertThat(session).contains("; Secure");
        var home = plain.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", session.split(";")[0]).GET().build(), HttpResponse.BodyHandlers.ofString());
        var out = plain.send(HttpRequest.newBuilder(URI.create(base + "/logout")).header("X-Forwarded-Proto", "https").header("Origin", browserOrigin)
                .header("Cookie", session.split(";")[0]).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(find(CSRF, home.body())))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).as(out.body()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?signedOut"));
        var api = plain.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session")).header("X-Forwarded-Proto", "https").header("Origin", browserOrigin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"deu\",\"password\":\"%s\"}".formatted(Fixtures.PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).anySatisfy(v -> assertThat(v).startsWith("concord_session=").contains("; Secure"));
        // another site is still refused, whatever the proxy says
        var foreign = plain.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("X-Forwarded-Proto", "https").header("Origin", "https://evil.example")
                .header("Cookie", loginCookie.split(";")[0]).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void the_stance_and_forecast_forms_of_a_hidden_or_missing_issue_answer_the_desks_own_404_page_alike() {
        String secret = Fixtures.token(concord, "analyst-secret", Role.ANALYST, null, "NATO SECRET");
        Fixtures.token(concord, "analyst-low", Role.ANALYST, null, "NATO UNCLASSIFIED");
        var defined = org.concord.testing.Http.withToken(server.port(), secret).post("/api/v1/issues", """
                {"id":"secret-issue","title":"A secret question","scale0":"no","scale100":"yes","statusQuo":100,"proposal":0,
                 "rule":"UNANIMITY","proposer":"USA","date":"2026-03-01","classification":"NATO SECRET"}""");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        Client low = new Client();
        assertThat(low.signIn("analyst-low", Fixtures.PASSWORD).statusCode()).isEqualTo(303);
        String csrf = find(CSRF, low.get("/").body());
        String missingPage = low.get("/issues/no-such-issue").body().replace("no-such-issue", "ID");
        for (String[] form : new String[][]{{"stances", "actor", "DEU", "reportedOn", "2026-03-01", "source", "a minister", "grade", "B2", "position", "70", "quote", "words"},
                {"stances", "actor", "DEU", "position", "not a number"}, {"forecasts", "runs", "0"}}) {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", csrf));
            for (int i = 1; i < form.length; i += 2) fields.put(form[i], form[i + 1]);
            var hidden = low.post("/issues/secret-issue/" + form[0], base, fields);
            var missing = low.post("/issues/no-such-issue/" + form[0], base, fields);
            assertThat(missing.statusCode()).as(form[0]).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).as(form[0]).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(missing.body().replace("no-such-issue", "ID")).as(form[0]).isEqualTo(missingPage);
            assertThat(hidden.statusCode()).as(form[0]).isEqualTo(404);
            assertThat(hidden.body().replace("secret-issue", "ID")).as(form[0]).isEqualTo(missingPage);
        }
    }
}
