package org.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliTest.db;
import static org.concord.cli.CliTest.run;

/** The forecasting commands end to end on a fresh database with the built-in data. */
class ForecastCliTest {
    static final Path SAMPLE = Path.of("src/test/resources/forecast/validation-sample.csv");

    static JsonNode json(String text) throws Exception { return Json.mapper().readTree(text); }

    @Test
    void forecast_run_prints_the_proposer_the_odds_the_compromise_the_pivots_the_levers_and_a_histogram() {
        CliTest.Run r = run("forecast", "run", "nmi-end", "--runs", "3000", "--seed", "5", "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Proposer: USA").contains("P(proposal passes as written)").contains("P(status quo holds)")
                .contains("P(compromise)").contains("Likely compromise (compromise model): median")
                .contains("Most proposer-favourable point every veto player accepts").contains("Pivotal actors")
                .contains("Levers").contains("alone blocks the proposal").contains("Outcome over the runs:");
        assertThat(r.out().lines().filter(l -> l.matches("^\\s+\\d+-\\d+\\s+\\|.*"))).hasSize(20);
        assertThat(r.err()).as("a progress bar for a long run").contains("[##########] 100%").doesNotContain("Exception");
        CliTest.Run quick = run("forecast", "run", "nmi-end", "--runs", "100", "--db", db());
        assertThat(quick.err()).as("no progress bar for a short run").isEmpty();
    }

    @Test
    void a_stored_forecast_is_listed_shown_and_reproduced() throws Exception {
        String db = db();
        CliTest.Run r = run("forecast", "run", "kfor-size", "--runs", "500", "--model", "win-set", "--format", "json", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode f = json(r.out());
        String id = f.path("id").asText();
        assertThat(f.path("model").asText()).isEqualTo("win-set");
        assertThat(f.path("seed").asLong()).isEqualTo(1);
        assertThat(f.path("inputs").path("actors")).hasSize(32);
        assertThat(run("forecast", "list", "--db", db).out()).contains("kfor-size").contains("win-set 1");
        CliTest.Run show = run("forecast", "show", id, "--format", "json", "--db", db);
        assertThat(json(show.out())).isEqualTo(f);
        assertThat(run("forecast", "show", id, "--db", db).out()).contains("Forecast " + id + " of kfor-size").contains("CAN*")
                .contains("no reported stance");
        CliTest.Run again = run("forecast", "reproduce", id, "--db", db);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("reproduced exactly");
        CliTest.Run missing = run("forecast", "show", "999", "--db", db);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("concord: forecast '999' not found");
    }

    @Test
    void bad_forecast_options_are_named_as_typed() {
        CliTest.Run r = run("forecast", "run", "atlantis", "--runs", "0", "--model", "oracle", "--db", db());
        assertThat(r.code()).as("bad values typed on the command line are a usage error").isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("ISSUE: no forecast issue 'atlantis'").contains("--runs: must be 1 to").contains("--model: must be one of");
    }

    @Test
    void validate_on_the_sample_prints_every_model_with_n_and_mae_and_exits_0() throws Exception {
        String db = db();
        CliTest.Run table = run("forecast", "validate", SAMPLE.toString(), "--db", db);
        assertThat(table.code()).as(table.err()).isZero();
        for (String model : List.of("compromise", "win-set", "nash-bargaining", "expected-utility", "ensemble"))
            assertThat(table.out()).containsPattern("(?m)^" + model + "\\s+\\d+\\s+\\d+\\.\\d\\d");
        CliTest.Run json = run("forecast", "validate", SAMPLE.toString(), "--format", "json", "--qmv-threshold", "0.74", "--db", db);
        assertThat(json.code()).isZero();
        JsonNode doc = json(json.out());
        assertThat(doc.fieldNames()).toIterable().containsExactly("models");
        List<String> names = new ArrayList<>();
        for (JsonNode m : doc.path("models")) {
            names.add(m.path("name").asText());
            assertThat(m.fieldNames()).toIterable().containsExactly("name", "n", "mae", "rmse", "maeUnanimity", "maeCi");
            assertThat(m.path("n").asInt()).isPositive();
            assertThat(m.path("mae").asDouble()).isPositive();
            assertThat(m.path("maeCi")).hasSize(2);
        }
        assertThat(names).containsExactly("compromise", "win-set", "nash-bargaining", "expected-utility", "ensemble");
    }

    @Test
    void validate_on_a_broken_csv_exits_1_naming_the_line_and_scores_nothing(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("nmi-expansion-2021,")) { at = i; break; }
        String[] fields = lines.get(at).split(",", -1);
        fields[5] = "high";
        lines.set(at, String.join(",", fields));
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, lines);
        CliTest.Run r = run("forecast", "validate", broken.toString(), "--db", db());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("broken.csv").contains("line " + (at + 1) + ", position").contains("nothing scored");
        CliTest.Run missing = run("forecast", "validate", dir.resolve("nope.csv").toString(), "--db", db());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv: no such file");
    }

    @Test
    void issues_list_and_show_give_the_scale_the_estimates_and_the_stances() {
        String db = db();
        CliTest.Run list = run("issues", "list", "--db", db);
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("nmi-end").contains("kfor-size").contains("ankara-partners").contains("public-forum");
        CliTest.Run show = run("issues", "show", "kfor-size", "--db", db);
        assertThat(show.out()).contains("Size of the Kosovo Force").contains("no report: wide prior").contains("EUROPEAN_ALLIES")
                .contains("SECRETARIAT");
        assertThat(run("issues", "show", "atlantis", "--db", db).err().strip()).isEqualTo("concord: forecast issue 'atlantis' not found");
    }

    @Test
    void stances_add_and_list_and_a_bad_stance_names_its_options() {
        String db = db();
        CliTest.Run add = run("stances", "add", "--issue", "nmi-end", "--actor", "DEU", "--date", "2026-03-01", "--source", "a minister, on TV",
                "--grade", "B2", "--position", "70", "--quote", "We stay as long as Baghdad wants us", "--sources", "S17", "--db", db);
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("recorded: DEU on nmi-end, B2, position 70.0");
        CliTest.Run list = run("stances", "list", "--issue", "nmi-end", "--format", "csv", "--db", db);
        assertThat(list.out().lines()).hasSize(1 + 5);
        assertThat(list.out()).contains("We stay as long as Baghdad wants us");

        CliTest.Run bad = run("stances", "add", "--issue", "nmi-end", "--group", "NORDICS", "--date", "2026-13-01", "--source", "x",
                "--grade", "Z9", "--position", "120", "--quote", "q", "--db", db);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
        assertThat(bad.err()).contains("--group: must be one of").contains("--reported-on:").contains("--grade:").contains("--position: must be on the 0-100 scale");
        assertThat(run("stances", "list", "--issue", "nmi-end", "--format", "csv", "--db", db).out().lines()).hasSize(1 + 5);

        CliTest.Run both = run("stances", "add", "--issue", "nmi-end", "--actor", "DEU", "--group", "MOST_ALLIES", "--date", "2026-03-01",
                "--source", "x", "--grade", "B2", "--position", "1", "--quote", "q", "--db", db);
        assertThat(both.code()).as("usage: actor and group exclude each other").isEqualTo(2);
        assertThat(run("stances", "list", "--issue", "atlantis", "--db", db).err()).contains("--issue: no forecast issue 'atlantis'");
    }

    @Test
    void help_is_available_on_the_forecasting_commands() {
        for (String[] cmd : new String[][]{{"forecast", "run"}, {"forecast", "validate"}, {"issues", "show"}, {"stances", "add"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            CliTest.Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }
}
