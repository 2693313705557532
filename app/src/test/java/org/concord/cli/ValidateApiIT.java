package org.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.concord.boot.Concord;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.concord.web.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.db;
import static org.concord.cli.CliIT.run;
import static org.concord.cli.ForecastCliIT.DEU;
import static org.concord.cli.ForecastCliIT.MODELS;
import static org.concord.cli.ForecastCliIT.SAMPLE;
import static org.concord.cli.ForecastCliIT.json;

/**
 * {@code POST /api/v1/forecasts/validate} on a real server gives what {@code concord forecast validate --format json}
 * prints, from the same service call: cross-validated from a text/csv body, fitted on a training part with
 * multipart/form-data. It lives beside the CLI tests to run the very command it is compared with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidateApiIT {
    static final String ROUTE = "/api/v1/forecasts/validate";
    Concord concord;
    Server server;
    Http analyst;
    String sample;

    @BeforeAll
    void start() throws Exception {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        analyst = Http.withToken(server.port(), Fixtures.token(concord, "validating-analyst", Role.ANALYST, null, "NATO SECRET"));
        sample = Files.readString(SAMPLE);
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    /** A multipart/form-data body of text parts, each sent as a file when it has a file name. */
    static String multipart(String boundary, String... nameFileText) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nameFileText.length; i += 3) {
            b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(nameFileText[i]).append('"');
            if (nameFileText[i + 1] != null) b.append("; filename=\"").append(nameFileText[i + 1]).append("\"\r\nContent-Type: text/csv");
            b.append("\r\n\r\n").append(nameFileText[i + 2]).append("\r\n");
        }
        return b.append("--").append(boundary).append("--\r\n").toString();
    }

    static final String BOUNDARY = "concord-test-boundary-7d1f";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.path("violations").forEach(v -> out.add(v.path("field").asText()));
        return out;
    }

    @Test
    void csv_is_cross_validated_by_proposal_and_answers_the_report_the_cli_prints_for_the_same_seed() throws Exception {
        var api = analyst.post(ROUTE + "?cv=proposal&folds=5&seed=7&qmvThreshold=0.74", sample, "text/csv");
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(api.contentType()).startsWith("application/json");
        JsonNode doc = api.json();
        assertThat(doc.path("scheme").path("cv").asText()).isEqualTo("proposal");
        assertThat(doc.path("scheme").path("folds").asInt()).isEqualTo(5);
        assertThat(doc.path("scheme").path("seed").asLong()).isEqualTo(7);
        assertThat(doc.path("bootstrap").path("seed").asLong()).isEqualTo(7);
        assertThat(doc.path("issues").asInt()).isEqualTo(10);
        List<String> names = new ArrayList<>();
        for (JsonNode m : doc.path("models")) {
            names.add(m.path("name").asText());
            for (String f : List.of("crps", "coverage50", "coverage90", "mae", "n", "crpsCi", "maeCi", "calibration"))
                assertThat(m.has(f)).as(m.path("name") + "." + f).isTrue();
            assertThat(m.path("crpsCi")).hasSize(2);
        }
        assertThat(names).containsExactlyElementsOf(MODELS);
        assertThat(doc.path("climatology").path("name").asText()).isEqualTo("climatology");

        CliIT.Run cli = run("forecast", "validate", SAMPLE.toString(), "--cv", "proposal", "--folds", "5", "--seed", "7", "--format", "json", "--db", db());
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(api.body()).as("the same report, byte for byte").isEqualTo(cli.out().strip());

        JsonNode otherSeed = analyst.post(ROUTE + "?seed=8&folds=5", sample, "text/csv").json();
        assertThat(otherSeed.path("models").get(0).path("crpsCi")).as("the seed is used").isNotEqualTo(doc.path("models").get(0).path("crpsCi"));
    }

    @Test
    void a_training_part_fits_everything_on_it_and_scores_the_cases_as_the_cli_does_with_train(@TempDir Path dir) throws Exception {
        String deu = Files.readString(DEU);
        var api = analyst.post(ROUTE + "?seed=3", multipart(BOUNDARY, "cases", "validation-sample.csv", sample, "train", "deu3-dev.csv", deu), MULTIPART);
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        JsonNode doc = api.json();
        assertThat(doc.path("scheme").path("train").asText()).isEqualTo("deu3-dev.csv");
        assertThat(doc.path("scheme").path("trainingIssues").asInt()).isEqualTo(178);
        assertThat(doc.path("scheme").has("folds")).isFalse();
        assertThat(doc.path("issues").asInt()).isEqualTo(10);

        // the CLI quotes the training file as typed: run it from a file of the same name
        Path train = Files.writeString(dir.resolve("deu3-dev.csv"), deu);
        CliIT.Run cli = run("forecast", "validate", SAMPLE.toString(), "--train", train.toString(), "--seed", "3", "--format", "json", "--db", db());
        assertThat(cli.code()).as(cli.err()).isZero();
        ObjectNode expected = (ObjectNode) json(cli.out());
        ((ObjectNode) expected.path("scheme")).put("train", "deu3-dev.csv");
        assertThat(doc).isEqualTo(expected);

        // the parts may be sent as plain fields too (curl -F "cases=<file")
        var fields = analyst.post(ROUTE + "?seed=3", multipart(BOUNDARY, "cases", null, sample, "train", null, deu), MULTIPART);
        assertThat(fields.status()).as(fields.body()).isEqualTo(200);
        assertThat(fields.json().path("scheme").path("train").asText()).isEqualTo("train");
        assertThat(fields.json().path("models")).isEqualTo(doc.path("models"));
    }

    @Test
    void the_deu_development_half_is_cross_validated_over_http_as_on_the_command_line() throws Exception {
        String deu = Files.readString(DEU);
        var api = analyst.post(ROUTE, deu, "text/csv");
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        JsonNode doc = api.json();
        assertThat(doc.path("scheme").path("groups").asInt()).isEqualTo(65);
        assertThat(doc.path("issues").asInt()).isEqualTo(178);
        CliIT.Run cli = run("forecast", "validate", DEU.toString(), "--format", "json", "--db", db());
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(api.body()).isEqualTo(cli.out().strip());
    }

    @Test
    void bad_input_is_refused_naming_the_part_the_line_or_the_parameter_and_nothing_is_scored() {
        String badRow = sample.replaceFirst("UNANIMITY", "CONSENSUS");
        var row = analyst.post(ROUTE, badRow, "text/csv");
        assertThat(row.status()).isEqualTo(400);
        assertThat(row.contentType()).startsWith("application/problem+json");
        assertThat(fields(row.json())).singleElement().asString().matches("line \\d+, rule");

        var trainRow = analyst.post(ROUTE, multipart(BOUNDARY, "cases", "c.csv", sample, "train", "t.csv", badRow), MULTIPART);
        assertThat(trainRow.status()).isEqualTo(400);
        assertThat(fields(trainRow.json())).singleElement().asString().matches("train, line \\d+, rule");
        var casesRow = analyst.post(ROUTE, multipart(BOUNDARY, "cases", "c.csv", badRow, "train", "t.csv", sample), MULTIPART);
        assertThat(fields(casesRow.json())).singleElement().asString().matches("cases, line \\d+, rule");

        var cv = analyst.post(ROUTE + "?cv=issue", sample, "text/csv");
        assertThat(cv.status()).isEqualTo(400);
        assertThat(fields(cv.json())).containsExactly("cv");
        assertThat(cv.json().path("violations").get(0).path("reason").asText()).contains("must be proposal");

        var noTrain = analyst.post(ROUTE, multipart(BOUNDARY, "cases", "c.csv", sample), MULTIPART);
        assertThat(noTrain.status()).isEqualTo(400);
        assertThat(fields(noTrain.json())).containsExactly("train");
        assertThat(noTrain.json().path("violations").get(0).path("reason").asText()).contains("required part");

        var extra = analyst.post(ROUTE, multipart(BOUNDARY, "cases", "c.csv", sample, "train", "t.csv", sample, "test", "x.csv", sample), MULTIPART);
        assertThat(fields(extra.json())).containsExactly("test");
        var twice = analyst.post(ROUTE, multipart(BOUNDARY, "cases", "c.csv", sample, "cases", "d.csv", sample, "train", "t.csv", sample), MULTIPART);
        assertThat(fields(twice.json())).containsExactly("cases");
        var foldsWithTrain = analyst.post(ROUTE + "?folds=5", multipart(BOUNDARY, "cases", "c.csv", sample, "train", "t.csv", sample), MULTIPART);
        assertThat(fields(foldsWithTrain.json())).containsExactly("folds");

        assertThat(fields(analyst.post(ROUTE + "?folds=1", sample, "text/csv").json())).containsExactly("folds");
        assertThat(fields(analyst.post(ROUTE + "?folds=many", sample, "text/csv").json())).containsExactly("folds");
        assertThat(fields(analyst.post(ROUTE + "?qmvThreshold=2", sample, "text/csv").json())).containsExactly("qmvThreshold");
        assertThat(fields(analyst.post(ROUTE + "?runs=5", sample, "text/csv").json())).containsExactly("runs");
        var json = analyst.post(ROUTE, sample, "application/json");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json().path("detail").asText()).contains("text/csv").contains("multipart/form-data");
    }

    @Test
    void a_multipart_body_over_the_request_limit_is_refused_as_any_other() {
        String big = sample.repeat(1_000_000 / sample.length() + 1);
        var r = analyst.post(ROUTE, multipart(BOUNDARY, "cases", "c.csv", big, "train", "t.csv", sample), MULTIPART);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void whoever_may_run_forecasts_may_validate_a_reader_or_delegation_may_not_and_no_credentials_get_401() {
        Http chair = Http.withToken(server.port(), Fixtures.token(concord, "validating-chair", Role.CHAIR, null, "NATO SECRET"));
        assertThat(chair.post(ROUTE + "?folds=2", sample, "text/csv").status()).isEqualTo(200);
        Http reader = Http.withToken(server.port(), Fixtures.token(concord, "validating-reader", Role.READER, null, "NATO SECRET"));
        assertThat(reader.post(ROUTE, sample, "text/csv").status()).isEqualTo(403);
        Http delegation = Http.withToken(server.port(), Fixtures.token(concord, "validating-ita", Role.DELEGATION, "ITA", "NATO SECRET"));
        assertThat(delegation.post(ROUTE, multipart(BOUNDARY, "cases", "c.csv", sample, "train", "t.csv", sample), MULTIPART).status()).isEqualTo(403);
        assertThat(new Http(server.port()).post(ROUTE, sample, "text/csv").status()).isEqualTo(401);
    }
}
