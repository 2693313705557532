package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.testing.Contract;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The served OpenAPI document as a contract. It also writes the document to {@code target/openapi.json}, which
 * {@code .ci/run} lints with {@code @redocly/cli} (recommended rules, no error and no warning allowed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractIT {
    Concord concord;
    Server server;
    Http anonymous;
    JsonNode doc;
    String raw;

    @BeforeAll
    void start() throws Exception {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        anonymous = new Http(server.port());
        var r = anonymous.get("/api/openapi.json");
        raw = r.body();
        doc = r.json();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), raw);
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> ops = new ArrayList<>();
        doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> ops.add(Map.entry(m.getKey().toUpperCase() + " " + p.getKey(), m.getValue()))));
        return ops;
    }

    @Test
    void no_schema_wraps_a_code_in_an_object_of_its_record_component() {
        // a typed id (ActorId, Iso3) serialised as a record would read {"value":"ALB"}: every one must be a plain string
        List<String> wrapped = new ArrayList<>();
        doc.path("components").path("schemas").properties().forEach(s -> {
            List<String> names = new ArrayList<>();
            s.getValue().path("properties").fieldNames().forEachRemaining(names::add);
            if (names.equals(List.of("value")) || names.equals(List.of("code"))) wrapped.add(s.getKey());
        });
        assertThat(wrapped).isEmpty();
        assertThat(doc.path("components").path("schemas").path("Move").path("properties").path("actor").path("type").asText()).isEqualTo("string");
    }

    @Test
    void the_document_declares_bearer_and_cookie_with_csrf_and_every_operation_says_which_it_takes() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerAuth").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("sessionCookie").path("in").asText()).isEqualTo("cookie");
        assertThat(schemes.path("csrfToken").path("name").asText()).isEqualTo("X-CSRF-Token");
        for (var op : operations()) {
            assertThat(op.getValue().has("security")).as(op.getKey()).isTrue();
            if (!op.getKey().startsWith("GET") && !op.getKey().equals("POST /api/v1/session"))
                assertThat(op.getValue().path("security").toString()).as(op.getKey()).contains("csrfToken").doesNotContain("{}");
        }
    }

    @Test
    void every_operation_lists_a_problem_response_and_every_request_body_has_an_example() {
        for (var op : operations()) {
            assertThat(op.getValue().path("responses").path("400").path("content").has("application/problem+json")).as(op.getKey()).isTrue();
            JsonNode body = op.getValue().path("requestBody").path("content");
            body.properties().forEach(m -> assertThat(m.getValue().has("example")).as(op.getKey()).isTrue());
        }
        assertThat(doc.path("paths").has("/health")).isTrue();
    }

    @Test
    void a_token_request_is_described_as_it_is_served_ninety_days_by_default_not_without_expiry() {
        String described = doc.path("components").path("schemas").path("TokenRequest").path("description").asText();
        assertThat(described).contains("90").doesNotContain("no expiry");
        var made = new Http(server.port()).header("Authorization", "Bearer " + Fixtures.token(concord, "token-reader", org.concord.shared.Role.READER, null, "NATO UNCLASSIFIED"))
                .post("/api/v1/tokens", "{}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(java.time.Instant.parse(made.json().path("expires").asText())).isEqualTo(Fixtures.NOW.plus(java.time.Duration.ofDays(90)));
    }

    @Test
    void closed_vocabularies_are_enums_and_dates_have_formats() {
        JsonNode s = doc.path("components").path("schemas");
        assertThat(s.path("EffectRequest").path("discriminator").path("propertyName").asText()).isEqualTo("type");
        assertThat(s.path("EffectRequest").path("discriminator").path("mapping").path("TERMINATE_MISSION").asText())
                .isEqualTo("#/components/schemas/TerminateMissionEffect");
        assertThat(s.path("EffectRequest").path("oneOf")).hasSize(org.concord.procedure.data.EffectRequest.Type.values().length);
        assertThat(s.path("TerminateMissionEffect").path("properties").path("type").path("const").asText()).isEqualTo("TERMINATE_MISSION");
        assertThat(s.path("TerminateMissionEffect").path("required").toString()).contains("\"endDate\"");
        assertThat(s.path("PositionData").path("properties").path("position").path("enum").toString()).contains("OBJECTION");
        assertThat(s.path("ItemView").path("properties").path("level").path("enum").toString()).contains("AMBASSADORS");
        assertThat(s.path("ItemView").path("properties").path("raisedAt").path("format").asText()).isEqualTo("date-time");
        assertThat(s.path("StanceData").path("properties").path("reportedOn").path("format").asText()).isEqualTo("date");
        assertThat(s.path("ItemView").path("required").toString()).contains("\"status\"");
    }

    @Test
    void a_response_that_breaks_the_document_fails_the_contract() {
        Contract contract = Contract.of(raw);
        contract.check("GET", "/api/v1/members/FIN", 200, "application/json",
                anonymous.get("/api/v1/members/FIN").body());
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/members/FIN", 200, "application/json", "{\"iso3\":\"FIN\",\"surprise\":1}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("surprise");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/members/FIN", 418, "application/json", "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not list this status");
    }

    @Test
    void a_body_over_one_megabyte_gets_a_413_problem_document() {
        var admin = Http.withToken(server.port(), Fixtures.token(concord, "big", org.concord.shared.Role.CHAIR, null, "NATO SECRET"));
        var r = admin.post("/api/v1/missions", "{\"note\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(413);
    }
}
