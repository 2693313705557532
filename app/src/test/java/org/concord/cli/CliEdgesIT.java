package org.concord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.db;
import static org.concord.cli.CliIT.run;

/** Input a user gets wrong on the command line: one line naming what they typed, exit 2 for usage and 1 for failures, nothing left half-done. */
class CliEdgesIT {
    private static void oneLine(CliIT.Run r, int code, String... contains) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(contains).doesNotContain("Exception", "java.", "\tat ");
    }

    @Test
    void a_restore_that_is_refused_is_a_failure_naming_the_file_or_the_database_not_a_usage_error(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope.backup");
        oneLine(run("restore", missing.toString(), "--db", db()), 1, "nope.backup");
        Path notBackup = Files.writeString(dir.resolve("notes.txt"), "hello");
        oneLine(run("restore", notBackup.toString(), "--db", db()), 1, "notes.txt", "not a Concord backup");
        String source = db();
        assertThat(run("members", "list", "--db", source).code()).as("loads the built-in register").isZero();
        Path backup = dir.resolve("a.backup");
        assertThat(run("backup", backup.toString(), "--db", source).code()).isZero();
        CliIT.Run full = run("restore", backup.toString(), "--db", source);
        oneLine(full, 1, "not empty");
        assertThat(full.err()).doesNotContain("--db");
    }

    @Test
    void an_export_that_cannot_be_written_leaves_no_temporary_file_behind(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("taken"));
        oneLine(run("export", folder.toString(), "--db", db()), 1, "taken");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("taken");
        }
    }

    @Test
    void an_import_file_that_holds_only_null_is_refused_naming_the_file(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("null.json"), "null");
        String target = db();
        oneLine(run("import", file.toString(), "--db", target), 1, "null.json");
        assertThat(run("journal", "verify", "--db", target).out()).contains("0 entries");
    }

    @Test
    void a_show_command_refuses_csv_instead_of_printing_something_else() {
        String db = db();
        for (List<String> cmd : List.of(List.of("items", "show", "nmi-termination-2026"), List.of("missions", "show", "kfor"),
                List.of("events", "show", "summit-2026-ankara"), List.of("issues", "show", "nmi-end"),
                List.of("portfolio", "drafts", "--profile", "OUTSIDE_EURO_ATLANTIC"), List.of("forecast", "run", "nmi-end", "--runs", "10"))) {
            var args = new java.util.ArrayList<>(cmd);
            args.addAll(List.of("--format", "csv", "--db", db));
            CliIT.Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", cmd)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", cmd)).contains("--format").contains("csv");
            assertThat(r.out()).as(String.join(" ", cmd)).isEmpty();
        }
        assertThat(run("forecast", "list", "--issue", "nmi-end", "--format", "json", "--db", db).out()).isEqualTo("[ ]\n")
                .as("no forecast was stored by the refused run");
    }

    @Test
    void a_malformed_date_for_a_missions_on_date_names_the_option_without_a_java_type() {
        String db = db();
        oneLine(run("missions", "show", "kfor", "--on", "soon", "--db", db), 2, "--on", "'soon'");
        oneLine(run("missions", "show", "kfor", "--on", "2026-02-30", "--db", db), 2, "--on", "2026-02-30");
        assertThat(run("missions", "show", "kfor", "--on", "2025-01-01", "--db", db).out()).contains("[ITA] on 2025-01-01");
    }

    @Test
    void a_server_that_is_not_a_url_is_a_usage_error_naming_the_option() {
        oneLine(run("api", "GET", "/api/v1/items", "--server", "notaurl"), 2, "--server", "notaurl");
        oneLine(run("api", "GET", "/api/v1/items", "--server", "ftp://127.0.0.1:1"), 2, "--server");
    }

    @Test
    void an_item_effect_that_is_wrong_names_the_option_that_sets_it() {
        String db = db();
        CliIT.Run missing = run("items", "raise", "--as", "chair", "--proposer", "CHAIR", "--subject", "s", "--text", "t",
                "--effect", "TERMINATE_MISSION", "--id", "x1", "--db", db);
        oneLine(missing, 2, "--mission: is required", "--end-date: is required");
        assertThat(missing.err()).doesNotContain("effect.");
        CliIT.Run badDate = run("items", "raise", "--as", "chair", "--proposer", "CHAIR", "--subject", "s", "--text", "t",
                "--effect", "TERMINATE_MISSION", "--mission", "kfor", "--end-date", "2027-13", "--id", "x2", "--db", db);
        oneLine(badDate, 2, "--end-date: '2027-13'");
        CliIT.Run invite = run("items", "raise", "--as", "chair", "--proposer", "CHAIR", "--subject", "s", "--text", "t",
                "--effect", "INVITE_PARTNER", "--event", "summit-2026-ankara", "--partner", "ZZZ", "--id", "x3", "--db", db);
        oneLine(invite, 2, "--session-level");
        assertThat(invite.err()).doesNotContain("effect.");
        CliIT.Run text = run("items", "raise", "--as", "chair", "--proposer", "CHAIR", "--subject", "s", "--text", "",
                "--effect", "ADOPT_STATEMENT", "--id", "x4", "--db", db);
        oneLine(text, 2, "--text: is required");
        assertThat(text.err()).doesNotContain("effect.").doesNotContain("; --text");
        assertThat(run("items", "list", "--format", "csv", "--db", db).out()).doesNotContain("x1,", "x2,", "x3,", "x4,");
    }

    @Test
    void a_review_with_a_wrong_due_or_held_date_names_the_option() {
        String db = db();
        oneLine(run("reviews", "record", "kfor", "--as", "chair", "--due", "2026-06-13", "--held", "2026-06-20", "--recommendation", "ADJUST", "--db", db),
                2, "--due: '2026-06-13'");
        oneLine(run("reviews", "record", "kfor", "--as", "chair", "--due", "2026-99-12", "--held", "2026-06-20", "--recommendation", "ADJUST", "--db", db),
                2, "--due: '2026-99-12'");
        oneLine(run("reviews", "record", "kfor", "--as", "chair", "--due", "2026-06-12", "--held", "2099-06-20", "--recommendation", "ADJUST", "--db", db),
                2, "--held: '2099-06-20'");
        assertThat(run("reviews", "list", "kfor", "--format", "csv", "--db", db).out().lines().count()).as("only the header").isEqualTo(1);
    }

    @Test
    void a_bad_positional_value_is_named_by_its_label_as_a_usage_error() {
        String db = db();
        oneLine(run("tokens", "revoke", "nope", "--db", db), 2, "ID:");
    }

    @Test
    void forecast_move_refuses_a_top_below_one() {
        oneLine(run("forecast", "move", "nmi-end", "--top", "0", "--runs", "10", "--db", db()), 2, "--top");
    }

    @Test
    void forecast_history_refuses_an_svg_path_it_cannot_write_before_printing_anything(@TempDir Path dir) {
        CliIT.Run r = run("forecast", "history", "nmi-end", "--runs", "10", "--svg", dir.resolve("no/such/folder/x.svg").toString(), "--db", db());
        oneLine(r, 2, "--svg");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_token_lifetime_out_of_range_names_the_expires_option() {
        String db = db();
        try (var c = org.concord.testing.Fixtures.on(db, org.concord.testing.TestDatabases.Kind.H2, java.time.Clock.systemUTC())) {
            org.concord.testing.Fixtures.token(c, "alice", org.concord.shared.Role.CHAIR, null, "PUBLIC");
        }
        oneLine(run("tokens", "create", "alice", "--expires", "0", "--db", db), 2, "--expires: must be 1 to 3650, got 0");
        oneLine(run("tokens", "create", "alice", "--expires", "3651", "--db", db), 2, "--expires");
        assertThat(run("tokens", "list", "alice", "--db", db).out().lines().count()).as("the header and the one token the fixture made").isEqualTo(2);
    }

    @Test
    void every_admin_command_naming_a_user_refuses_an_unknown_one_in_one_line_naming_it() {
        String db = db();
        for (String[] cmd : new String[][]{{"users", "unlock", "nobody"}, {"users", "disable", "nobody"}, {"tokens", "list", "nobody"},
                {"tokens", "create", "nobody"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 2);
            args[cmd.length] = "--db";
            args[cmd.length + 1] = db;
            CliIT.Run r = run(args);
            oneLine(r, 1, "concord: user 'nobody' not found");
            assertThat(r.out()).as(String.join(" ", cmd)).isEmpty();
        }
        assertThat(run("audit", "list", "--db", db).out()).doesNotContain("LoginUnlocked");
    }

    @Test
    void an_item_subject_longer_than_its_column_is_refused_naming_the_option_and_nothing_is_raised() {
        String db = db();
        oneLine(run("items", "raise", "--as", "chair", "--proposer", "CHAIR", "--subject", "x".repeat(501), "--text", "t",
                "--effect", "ADOPT_STATEMENT", "--id", "long-subject", "--db", db), 2, "--subject: must be at most 500 characters, was 501");
        assertThat(run("items", "show", "long-subject", "--db", db).code()).isEqualTo(1);
        assertThat(run("items", "raise", "--as", "chair", "--proposer", "CHAIR", "--subject", "x".repeat(500), "--text", "t",
                "--effect", "ADOPT_STATEMENT", "--id", "long-subject", "--db", db).code()).isZero();
    }

    @Test
    void a_yaml_export_larger_than_three_megabytes_imports_back_unchanged(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("big.json");
        assertThat(run("export", json.toString(), "--db", db()).code()).isZero();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json.toFile());
        var missions = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("missions");
        var template = missions.get(0);
        for (int i = 0; i < 4000; i++)
            missions.add(((com.fasterxml.jackson.databind.node.ObjectNode) template.deepCopy()).put("id", "copy-" + i));
        mapper.writeValue(json.toFile(), root);
        String first = db();
        assertThat(run("import", json.toString(), "--db", first).code()).isZero();
        Path a = dir.resolve("a.yaml"), b = dir.resolve("b.yaml");
        assertThat(run("export", a.toString(), "--db", first).code()).isZero();
        assertThat(Files.size(a)).isGreaterThan(3L << 20);
        String second = db();
        CliIT.Run imported = run("import", a.toString(), "--db", second);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(run("export", b.toString(), "--db", second).code()).isZero();
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
    }

    @Test
    void a_backup_into_a_folder_that_does_not_exist_says_so() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "concord-no-such-folder-" + System.nanoTime(), "a.backup");
        oneLine(run("backup", target.toString(), "--db", db()), 1, "no such file or folder", target.getParent().toString());
    }

    @Test
    void a_register_file_that_gives_a_key_twice_is_refused_naming_it_rather_than_keeping_the_last(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("a.yaml"), json = dir.resolve("a.json");
        String source = db();
        assertThat(run("export", yaml.toString(), "--db", source).code()).isZero();
        assertThat(run("export", json.toString(), "--db", source).code()).isZero();
        String y = Files.readString(yaml);
        Path twiceYaml = Files.writeString(dir.resolve("twice.yaml"), y.replace("\npartners:", "\nmembers: []\npartners:"));
        String j = Files.readString(json);
        Path twiceJson = Files.writeString(dir.resolve("twice.json"),
                j.replaceFirst("\\{", "{\"organisation\": {\"id\": \"other\", \"name\": \"Other\", \"procedure\": \"NATO\", \"defaultBody\": \"nac\"}, "));
        for (Path twice : List.of(twiceYaml, twiceJson)) {
            String target = db();
            CliIT.Run r = run("import", twice.toString(), "--db", target);
            oneLine(r, 1, twice.getFileName().toString(), "twice");
            assertThat(run("journal", "verify", "--db", target).out()).contains("0 entries");
        }
    }
}
