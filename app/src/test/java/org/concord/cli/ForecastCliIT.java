package org.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.db;
import static org.concord.cli.CliIT.run;

/** The forecasting commands end to end on a fresh database with the built-in data. */
class ForecastCliIT {
    static final Path SAMPLE = Path.of("src/test/resources/forecast/validation-sample.csv");

    static JsonNode json(String text) throws Exception { return Json.mapper().readTree(text); }

    @Test
    void forecast_run_prints_the_proposer_the_odds_the_compromise_the_pivots_the_levers_and_a_histogram() {
        CliIT.Run r = run("forecast", "run", "nmi-end", "--runs", "3000", "--seed", "5", "--progress", "bar", "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Proposer: USA").contains("P(proposal passes as written)").contains("P(status quo holds)")
                .contains("P(compromise)").contains("Likely outcome (win-set model): median").contains("calibrated by: DEU III development half")
                .contains("Most proposer-favourable point every veto player accepts").contains("Pivotal actors")
                .contains("Levers").contains("alone blocks the proposal").contains("Outcome over the runs:");
        assertThat(r.out().lines().filter(l -> l.matches("^\\s+\\d+-\\d+\\s+\\|.*"))).hasSize(20);
        assertThat(r.err()).as("a progress bar for a long run").contains("[##########] 100%").doesNotContain("Exception");
        CliIT.Run quick = run("forecast", "run", "nmi-end", "--runs", "100", "--db", db());
        assertThat(quick.err()).as("no progress bar for a short run").isEmpty();
    }

    @Test
    void progress_away_from_a_terminal_is_a_plain_line_each_quarter_or_nothing_if_asked() {
        String db = db();
        // In process, standard error is a buffer, never a terminal: auto means lines.
        for (String[] mode : new String[][]{{}, {"--progress", "lines"}}) {
            List<String> args = new ArrayList<>(List.of("forecast", "run", "nmi-end", "--runs", "2000", "--db", db));
            args.addAll(List.of(mode));
            CliIT.Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).doesNotContain("\r").doesNotContain("#");
            assertThat(r.err().lines().toList()).containsExactly("forecast run: 25% (500 of 2,000 runs)", "forecast run: 50% (1,000 of 2,000 runs)",
                    "forecast run: 75% (1,500 of 2,000 runs)", "forecast run: 100% (2,000 of 2,000 runs)");
        }
        CliIT.Run none = run("forecast", "run", "nmi-end", "--runs", "2000", "--progress", "none", "--db", db);
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.err()).isEmpty();
        CliIT.Run bad = run("forecast", "run", "nmi-end", "--progress", "sometimes", "--db", db);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines().toList()).singleElement().asString().contains("--progress").contains("sometimes");
    }

    @Test
    void a_stored_forecast_is_listed_shown_and_reproduced() throws Exception {
        String db = db();
        CliIT.Run r = run("forecast", "run", "kfor-size", "--runs", "500", "--model", "win-set", "--format", "json", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode f = json(r.out());
        String id = f.path("id").asText();
        assertThat(f.path("model").asText()).isEqualTo("win-set");
        assertThat(f.path("seed").asLong()).isEqualTo(1);
        assertThat(f.path("inputs").path("actors")).hasSize(32);
        assertThat(run("forecast", "list", "--db", db).out()).contains("kfor-size").contains("win-set 1");
        CliIT.Run show = run("forecast", "show", id, "--format", "json", "--db", db);
        assertThat(json(show.out())).isEqualTo(f);
        assertThat(run("forecast", "show", id, "--db", db).out()).contains("Forecast " + id + " of kfor-size").contains("CAN*")
                .contains("no reported stance");
        CliIT.Run again = run("forecast", "reproduce", id, "--db", db);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("reproduced exactly");
        CliIT.Run missing = run("forecast", "show", "999", "--db", db);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("concord: forecast '999' not found");
    }

    @Test
    void bad_forecast_options_are_named_as_typed() {
        CliIT.Run r = run("forecast", "run", "atlantis", "--runs", "0", "--model", "oracle", "--db", db());
        assertThat(r.code()).as("bad values typed on the command line are a usage error").isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("ISSUE: no forecast issue 'atlantis'").contains("--runs: must be 1 to").contains("--model: must be one of");
    }

    static final Path DEU = Path.of("../../shared/reference/forecasting/deu/deu3-dev.csv");
    static final List<String> MODELS = List.of("climatology", "compromise", "win-set", "nash-bargaining", "expected-utility",
            "compromise-in-winset", "expected-utility-in-winset", "eu-procedure", "combined", "stacked", "focal-mixture");

    @Test
    void validate_on_the_sample_prints_every_model_with_n_crps_coverage_and_mae_and_exits_0() throws Exception {
        String db = db();
        CliIT.Run table = run("forecast", "validate", SAMPLE.toString(), "--db", db);
        assertThat(table.code()).as(table.err()).isZero();
        for (String model : MODELS)
            assertThat(table.out()).containsPattern("(?m)^" + model + "\\s+\\d+\\s+\\d+\\s+\\d+\\.\\d\\d");
        assertThat(table.out()).contains("cross-validated grouped by proposal: 10 folds over 10 proposals, seed 1")
                .contains("Calibration: share of outcomes inside the central band").contains("Default for UNANIMITY:");
        CliIT.Run json = run("forecast", "validate", SAMPLE.toString(), "--format", "json", "--qmv-threshold", "0.74", "--db", db);
        assertThat(json.code()).isZero();
        JsonNode doc = json(json.out());
        List<String> names = new ArrayList<>();
        for (JsonNode m : doc.path("models")) {
            names.add(m.path("name").asText());
            for (String field : List.of("n", "crps", "coverage50", "coverage90", "mae", "maeCi", "crpsCi", "calibration", "crpsVsCompromise"))
                assertThat(m.has(field)).as(m.path("name").asText() + "." + field).isTrue();
            assertThat(m.path("n").asInt()).isEqualTo(10);
            assertThat(m.path("crps").asDouble()).isPositive();
        }
        assertThat(names).containsExactlyElementsOf(MODELS);
        assertThat(doc.path("climatology").path("crps").asDouble()).isPositive();
    }

    @Test
    void validate_cross_validates_the_deu_development_half_by_its_65_proposals() throws Exception {
        CliIT.Run r = run("forecast", "validate", DEU.toString(), "--cv", "proposal", "--format", "json", "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = json(r.out());
        assertThat(doc.path("scheme").path("groups").asInt()).isEqualTo(65);
        assertThat(doc.path("scheme").path("folds").asInt()).isEqualTo(10);
        assertThat(doc.path("issues").asInt()).isEqualTo(178);
        JsonNode compromise = null;
        for (JsonNode m : doc.path("models")) if (m.path("name").asText().equals("compromise")) compromise = m;
        assertThat(compromise).isNotNull();
        // The README of the data gives the compromise MAE on this half: 23.08 (its point is not fitted).
        assertThat(compromise.path("mae").asDouble()).isCloseTo(23.08, org.assertj.core.api.Assertions.within(0.005));
        assertThat(doc.path("common").path("n").asInt()).as("57 of 178 issues have no reference point").isEqualTo(121);
        assertThat(doc.path("climatology").path("n").asInt()).isEqualTo(178);
    }

    @Test
    void validate_with_train_fits_on_one_split_of_the_proposals_and_scores_the_other(@TempDir Path dir) throws Exception {
        // Split the development file by proposal: even-numbered proposals (in sorted order) train, odd ones test.
        List<String> lines = Files.readAllLines(DEU);
        List<String> proposals = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(',')).replaceFirst("i\\d+$", ""))
                .distinct().sorted().toList();
        List<String> train = new ArrayList<>(List.of(lines.getFirst())), test = new ArrayList<>(List.of(lines.getFirst()));
        for (String l : lines.subList(1, lines.size()))
            (proposals.indexOf(l.substring(0, l.indexOf(',')).replaceFirst("i\\d+$", "")) % 2 == 0 ? train : test).add(l);
        Path trainFile = Files.write(dir.resolve("train.csv"), train), testFile = Files.write(dir.resolve("test.csv"), test);
        CliIT.Run r = run("forecast", "validate", testFile.toString(), "--train", trainFile.toString(), "--format", "json", "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = json(r.out());
        assertThat(doc.path("scheme").path("train").asText()).isEqualTo(trainFile.toString());
        int trainIssues = doc.path("scheme").path("trainingIssues").asInt();
        assertThat(trainIssues + doc.path("issues").asInt()).isEqualTo(178);
        for (JsonNode m : doc.path("models")) {
            assertThat(m.path("n").asInt()).isEqualTo(doc.path("issues").asInt());
            assertThat(m.has("crps") && m.has("coverage50") && m.has("coverage90") && m.has("mae")).isTrue();
        }
        CliIT.Run bad = run("forecast", "validate", testFile.toString(), "--train", dir.resolve("none.csv").toString(), "--db", db());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("none.csv: no such file");
        CliIT.Run cv = run("forecast", "validate", testFile.toString(), "--cv", "issue", "--db", db());
        assertThat(cv.code()).as("a bad option value is a usage error").isEqualTo(2);
        assertThat(cv.err()).contains("--cv: must be proposal");
    }

    @Test
    void move_ranks_the_actors_and_history_writes_an_svg_chart(@TempDir Path dir) throws Exception {
        String db = db();
        CliIT.Run move = run("forecast", "move", "nmi-end", "--runs", "200", "--top", "3", "--db", db);
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(move.out()).contains("P(proposal passes as written) now").contains("each actor moved 10 points");
        assertThat(move.out().lines().filter(l -> l.matches("^[A-Z]{3}\\s+\\d+\\.\\d -> .*"))).hasSize(3);
        CliIT.Run ankara = run("forecast", "move", "ankara-partners", "--runs", "200", "--db", db);
        assertThat(ankara.out()).contains("P(status quo holds) now");
        Path svg = dir.resolve("h.svg");
        CliIT.Run history = run("forecast", "history", "kfor-size", "--runs", "200", "--svg", svg.toString(), "--db", db);
        assertThat(history.code()).as(history.err()).isZero();
        assertThat(history.out()).contains("2026-02-19").contains("chart written to");
        assertThat(Files.readString(svg)).startsWith("<svg").contains("Forecast history: ").contains("<polyline");
        assertThat(run("forecast", "list", "--db", db).out()).as("nothing stored").doesNotContain("kfor-size");
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
        CliIT.Run r = run("forecast", "validate", broken.toString(), "--db", db());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("broken.csv").contains("line " + (at + 1) + ", position").contains("nothing scored");
        CliIT.Run missing = run("forecast", "validate", dir.resolve("nope.csv").toString(), "--db", db());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv: no such file");
    }

    @Test
    void validate_refuses_a_file_over_the_row_cap_by_its_name_before_scoring(@TempDir Path dir) throws Exception {
        StringBuilder tall = new StringBuilder("issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer\n");
        for (int i = 0; i < 20_001; i++) tall.append("c").append(i / 10).append(",UNANIMITY,,50,A").append(i % 10).append(",50,50,1,1,\n");
        Path file = Files.writeString(dir.resolve("tall.csv"), tall);
        CliIT.Run r = run("forecast", "validate", file.toString(), "--db", db());
        assertThat(r.code()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains(file + ": has more than 20000 rows");
        CliIT.Run train = run("forecast", "validate", SAMPLE.toString(), "--train", file.toString(), "--db", db());
        assertThat(train.err()).contains("--train: has more than 20000 rows");
    }

    @Test
    void issues_list_and_show_give_the_scale_the_estimates_and_the_stances() {
        String db = db();
        CliIT.Run list = run("issues", "list", "--db", db);
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("nmi-end").contains("kfor-size").contains("ankara-partners").contains("public-forum");
        CliIT.Run show = run("issues", "show", "kfor-size", "--db", db);
        assertThat(show.out()).contains("Size of the Kosovo Force").contains("no report: wide prior").contains("EUROPEAN_ALLIES")
                .contains("SECRETARIAT");
        assertThat(run("issues", "show", "atlantis", "--db", db).err().strip()).isEqualTo("concord: forecast issue 'atlantis' not found");
    }

    @Test
    void stances_add_and_list_and_a_bad_stance_names_its_options() {
        String db = db();
        CliIT.Run add = run("stances", "add", "--issue", "nmi-end", "--actor", "DEU", "--date", "2026-03-01", "--source", "a minister, on TV",
                "--grade", "B2", "--position", "70", "--quote", "We stay as long as Baghdad wants us", "--sources", "S17", "--db", db);
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("recorded: DEU on nmi-end, B2, position 70.0");
        CliIT.Run list = run("stances", "list", "--issue", "nmi-end", "--format", "csv", "--db", db);
        assertThat(list.out().lines()).hasSize(1 + 5);
        assertThat(list.out()).contains("We stay as long as Baghdad wants us");

        CliIT.Run bad = run("stances", "add", "--issue", "nmi-end", "--group", "NORDICS", "--date", "2026-13-01", "--source", "x",
                "--grade", "Z9", "--position", "120", "--quote", "q", "--db", db);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
        assertThat(bad.err()).contains("--group: must be one of").contains("--reported-on:").contains("--grade:").contains("--position: must be on the 0-100 scale");
        assertThat(run("stances", "list", "--issue", "nmi-end", "--format", "csv", "--db", db).out().lines()).hasSize(1 + 5);

        CliIT.Run both = run("stances", "add", "--issue", "nmi-end", "--actor", "DEU", "--group", "MOST_ALLIES", "--date", "2026-03-01",
                "--source", "x", "--grade", "B2", "--position", "1", "--quote", "q", "--db", db);
        assertThat(both.code()).as("usage: actor and group exclude each other").isEqualTo(2);
        assertThat(run("stances", "list", "--issue", "atlantis", "--db", db).err()).contains("--issue: no forecast issue 'atlantis'");
    }

    @Test
    void help_is_available_on_the_forecasting_commands() {
        for (String[] cmd : new String[][]{{"forecast", "run"}, {"forecast", "validate"}, {"issues", "show"}, {"stances", "add"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            CliIT.Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }

    @Test
    void issues_add_defines_an_issue_for_an_item_and_a_bad_one_names_the_option() {
        String db = db();
        CliIT.Run added = run("issues", "add", "--id", "kfor-cut", "--title", "Is KFOR curtailed?", "--item", "kfor-reduction-2026",
                "--scale0", "no cut", "--scale100", "full cut", "--status-quo", "0", "--proposal", "60", "--date", "2026-03-01", "--db", db);
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("issue kfor-cut defined: Is KFOR curtailed?");
        assertThat(run("issues", "list", "--db", db).out()).contains("kfor-cut");
        CliIT.Run again = run("issues", "add", "--id", "kfor-cut", "--title", "x", "--scale0", "a", "--scale100", "b", "--status-quo", "0",
                "--proposal", "60", "--date", "2026-03-01", "--db", db);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("forecast issue id 'kfor-cut' is not available");
        CliIT.Run bad = run("issues", "add", "--id", "kfor-cut-2", "--title", "x", "--item", "no-such-item", "--scale0", "a", "--scale100", "b",
                "--status-quo", "150", "--proposal", "60", "--date", "2026-03-01", "--db", db);
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("--status-quo: must be on the 0-100 scale");
    }

    @Test
    void issues_add_takes_the_overrides_sources_and_marking_the_api_takes() throws Exception {
        String db = db();
        CliIT.Run added = run("issues", "add", "--id", "kfor-weighted", "--title", "Is KFOR curtailed?", "--scale0", "no cut", "--scale100", "full cut",
                "--status-quo", "0", "--proposal", "60", "--date", "2026-03-01", "--rule", "QMV", "--capability", "USA=3.5", "--capability", "FRA=2",
                "--salience", "DEU=80", "--vote-weight", "USA=4", "--sources", "S17,S18", "--classification", "NATO RESTRICTED",
                "--format", "json", "--db", db);
        assertThat(added.code()).as(added.err()).isZero();
        JsonNode issue = json(added.out());
        assertThat(issue.path("capability").path("USA").asDouble()).isEqualTo(3.5);
        assertThat(issue.path("capability").path("FRA").asDouble()).isEqualTo(2.0);
        assertThat(issue.path("salience").path("DEU").asDouble()).isEqualTo(80.0);
        assertThat(issue.path("voteWeights").path("USA").asDouble()).isEqualTo(4.0);
        assertThat(issue.path("sources").toString()).isEqualTo("[\"S17\",\"S18\"]");
        assertThat(issue.path("classification").asText()).isEqualTo("NATO RESTRICTED");
        JsonNode shown = json(run("issues", "show", "kfor-weighted", "--format", "json", "--db", db).out());
        JsonNode usa = null;
        for (JsonNode a : shown.path("actors")) if (a.path("actor").asText().equals("USA")) usa = a;
        assertThat(usa).isNotNull();
        assertThat(usa.path("capability").asDouble()).isEqualTo(3.5);
        assertThat(usa.path("voteWeight").asDouble()).isEqualTo(4.0);
    }

    @Test
    void issues_add_names_the_override_option_and_the_member_it_refuses_and_defines_nothing() {
        String db = db();
        List<String> base = List.of("issues", "add", "--id", "kfor-bad", "--title", "x", "--scale0", "a", "--scale100", "b", "--status-quo", "0",
                "--proposal", "60", "--date", "2026-03-01", "--db", db);
        record Case(List<String> options, String error) {}
        for (Case c : List.of(new Case(List.of("--salience", "DEU=150"), "--salience DEU: must be on the 0-100 scale, was 150.0"),
                new Case(List.of("--capability", "FRA=0"), "--capability FRA: must be finite and above 0, was 0.0"),
                new Case(List.of("--capability", "FRA=NaN"), "--capability FRA: must be finite and above 0, was NaN"),
                new Case(List.of("--vote-weight", "UKR=1"), "--vote-weight UKR: 'UKR' is not a member on 2026-03-01"),
                new Case(List.of("--capability", "ZZZ=1"), "--capability ZZZ: 'ZZZ' is not a known ISO 3166 alpha-3 code"),
                new Case(List.of("--salience", "DEU"), "--salience"),
                new Case(List.of("--vote-weight", "USA=much"), "--vote-weight"),
                new Case(List.of("--sources", "NO-SUCH-SOURCE"), "--sources[0]: 'NO-SUCH-SOURCE' is not in the source catalogue"),
                new Case(List.of("--classification", "TOP SECRET"), "--classification"))) {
            List<String> args = new ArrayList<>(base);
            args.addAll(c.options());
            CliIT.Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(c.options() + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().lines().toList()).as(c.options().toString()).singleElement().asString().contains(c.error());
        }
        assertThat(run("issues", "list", "--db", db).out()).doesNotContain("kfor-bad");
    }

    @Test
    void issues_revise_changes_the_fields_given_journals_why_and_a_bad_value_names_the_option() throws Exception {
        String db = db();
        CliIT.Run revised = run("issues", "revise", "public-forum", "--status-quo", "30", "--reason", "a desk reading",
                "--reason-sources", "S17,S18", "--format", "json", "--db", db);
        assertThat(revised.code()).as(revised.err()).isZero();
        assertThat(json(revised.out()).path("statusQuo").asDouble()).isEqualTo(30.0);
        assertThat(run("journal", "list", "--subject", "issue:public-forum", "--db", db).out()).contains("IssueRevised");
        CliIT.Run bad = run("issues", "revise", "public-forum", "--status-quo", "150", "--rule", "VETO", "--reason", "x", "--db", db);
        assertThat(bad.code()).as("bad values typed on the command line are a usage error").isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
        assertThat(bad.err()).contains("--status-quo: must be on the 0-100 scale").contains("--rule: must be UNANIMITY, QMV or MAJORITY");
        CliIT.Run noReason = run("issues", "revise", "public-forum", "--status-quo", "40", "--db", db);
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        CliIT.Run same = run("issues", "revise", "public-forum", "--status-quo", "30", "--reason", "again", "--db", db);
        assertThat(same.code()).isEqualTo(1);
        assertThat(same.err()).contains("changes nothing");
    }
}
