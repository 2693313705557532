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

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer may not mark a record above their own clearance: they could not read it back. Every write route whose body
 * takes a marking refuses it with 400 naming {@code classification}, writes nothing, and takes the writer's own level.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkingAboveClearanceApiIT {
    static final String ABOVE = "'NATO SECRET' is above your clearance NATO RESTRICTED: you could not read the record back";
    Concord concord;
    Server server;
    Http analyst, chair, deu, secretChair, secretAnalyst;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        int port = server.port();
        analyst = Http.withToken(port, Fixtures.token(concord, "analyst-restricted", Role.ANALYST, null, "NATO RESTRICTED"));
        chair = Http.withToken(port, Fixtures.token(concord, "chair-restricted", Role.CHAIR, null, "NATO RESTRICTED"));
        deu = Http.withToken(port, Fixtures.token(concord, "deu-restricted", Role.DELEGATION, "DEU", "NATO RESTRICTED"));
        secretChair = Http.withToken(port, Fixtures.token(concord, "chair-secret", Role.CHAIR, null, "NATO SECRET"));
        secretAnalyst = Http.withToken(port, Fixtures.token(concord, "analyst-secret", Role.ANALYST, null, "NATO SECRET"));
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    /** The body marked SECRET is refused naming classification; the same body marked RESTRICTED is accepted and so marked. */
    private static void refusedAboveAcceptedAtOwnLevel(Function<String, Http.Response> write) {
        Http.Response above = write.apply("NATO SECRET");
        assertThat(above.status()).as(above.body()).isEqualTo(400);
        assertThat(above.contentType()).startsWith("application/problem+json");
        JsonNode violations = above.json().path("violations");
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).path("field").asText()).isEqualTo("classification");
        assertThat(violations.get(0).path("reason").asText()).isEqualTo(ABOVE);
        Http.Response own = write.apply("NATO RESTRICTED");
        assertThat(own.status()).as(own.body()).isIn(200, 201);
        assertThat(own.json().path("classification").asText()).isEqualTo("NATO RESTRICTED");
    }

    @Test
    void a_stance_is_not_marked_above_its_writer() {
        refusedAboveAcceptedAtOwnLevel(c -> analyst.post("/api/v1/stances", IntelligenceMarkingsApiIT.stance("kfor-size", "Words marked " + c, c)));
        assertThat(secretAnalyst.get("/api/v1/stances?issue=kfor-size").body()).contains("Words marked NATO RESTRICTED")
                .doesNotContain("Words marked NATO SECRET");
    }

    @Test
    void a_risk_is_not_marked_above_its_writer() {
        refusedAboveAcceptedAtOwnLevel(c -> analyst.post("/api/v1/risks", """
                {"mission":"kfor","what":"Unrest marked %s","where":"Mitrovica","assessedBy":"the desk","grade":"C3","likelihood":"UNLIKELY",
                 "impact":"MINOR","assessedOn":"2026-03-01","classification":"%s"}""".formatted(c, c)));
        assertThat(secretAnalyst.get("/api/v1/risks").body()).contains("Unrest marked NATO RESTRICTED").doesNotContain("Unrest marked NATO SECRET");
    }

    @Test
    void an_option_is_not_marked_above_its_writer() {
        refusedAboveAcceptedAtOwnLevel(c -> analyst.post("/api/v1/items/kfor-reduction-2026/options", """
                {"key":"%s","label":"Marked %s","point":45,"classification":"%s"}""".formatted(c.equals("NATO SECRET") ? "secret-way" : "restricted-way", c, c)));
        assertThat(secretAnalyst.get("/api/v1/items/kfor-reduction-2026/options").body()).contains("restricted-way").doesNotContain("secret-way");
    }

    @Test
    void a_forecast_issue_is_not_marked_above_its_writer() {
        refusedAboveAcceptedAtOwnLevel(c -> analyst.post("/api/v1/issues", """
                {"id":"%s","title":"Is KFOR curtailed?","scale0":"no cut","scale100":"full cut","statusQuo":0,"proposal":60,"proposer":"USA",
                 "date":"2026-03-01","classification":"%s"}""".formatted(c.equals("NATO SECRET") ? "secret-cut" : "restricted-cut", c)));
        assertThat(secretAnalyst.get("/api/v1/issues/secret-cut").status()).as("nothing was written").isEqualTo(404);
    }

    @Test
    void a_decision_item_is_not_marked_above_the_chair_or_the_delegation_raising_it() {
        refusedAboveAcceptedAtOwnLevel(c -> chair.post("/api/v1/items", ClassificationHoldsApiIT.item(
                c.equals("NATO SECRET") ? "chair-secret-item" : "chair-restricted-item", c, ClassificationHoldsApiIT.statement())));
        refusedAboveAcceptedAtOwnLevel(c -> deu.post("/api/v1/items", ClassificationHoldsApiIT.item(
                c.equals("NATO SECRET") ? "deu-secret-item" : "deu-restricted-item", c, ClassificationHoldsApiIT.statement()).replace("\"CHAIR\"", "\"DEU\"")));
        assertThat(secretChair.get("/api/v1/items/chair-secret-item").status()).as("nothing was written").isEqualTo(404);
        assertThat(secretChair.get("/api/v1/items/deu-secret-item").status()).isEqualTo(404);
    }

    @Test
    void a_mission_is_neither_added_nor_replaced_above_its_editor() {
        refusedAboveAcceptedAtOwnLevel(c -> chair.post("/api/v1/missions", ClassificationHoldsApiIT.mission(
                c.equals("NATO SECRET") ? "secret-cell" : "restricted-cell", c)));
        assertThat(secretChair.get("/api/v1/missions/secret-cell").status()).as("nothing was written").isEqualTo(404);
        JsonNode cell = chair.get("/api/v1/missions/restricted-cell").json();
        refusedAboveAcceptedAtOwnLevel(c -> chair.put("/api/v1/missions/restricted-cell", cell.toString()
                .replace("\"classification\":\"NATO RESTRICTED\"", "\"classification\":\"" + c + "\"")));
        assertThat(secretChair.get("/api/v1/missions/restricted-cell").json().path("version").asLong()).isEqualTo(cell.path("version").asLong() + 1);
    }

    @Test
    void a_mission_review_is_not_marked_above_the_chair_recording_it() {
        refusedAboveAcceptedAtOwnLevel(c -> chair.post("/api/v1/missions/kfor/reviews", """
                {"kind":"AD_HOC","dueOn":"%s","summary":"Marked %s","classification":"%s"}""".formatted(
                c.equals("NATO SECRET") ? "2026-12-10" : "2026-12-11", c, c)));
        assertThat(secretChair.get("/api/v1/missions/kfor/reviews").body()).contains("Marked NATO RESTRICTED").doesNotContain("Marked NATO SECRET");
    }

    @Test
    void a_writer_cleared_below_the_default_marking_is_told_the_default_is_above_them() {
        Http publicAnalyst = Http.withToken(server.port(), Fixtures.token(concord, "analyst-public", Role.ANALYST, null, "PUBLIC"));
        Http.Response r = publicAnalyst.post("/api/v1/stances", IntelligenceMarkingsApiIT.stance("kfor-size", "Unmarked", "")
                .replace(",\"classification\":\"\"", ""));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("violations").get(0).path("field").asText()).isEqualTo("classification");
        assertThat(r.json().path("violations").get(0).path("reason").asText())
                .isEqualTo("the default 'NATO UNCLASSIFIED' is above your clearance PUBLIC: you could not read the record back");
        assertThat(publicAnalyst.post("/api/v1/stances", IntelligenceMarkingsApiIT.stance("kfor-size", "Public words", "PUBLIC")).status()).isEqualTo(201);
    }
}
