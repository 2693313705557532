package org.concord.cli;

import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, on real databases: exit codes, formats and one-line errors. */
class CliIT {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String db() { return TestDatabases.migrated(TestDatabases.Kind.H2); }

    @Test
    void members_list_prints_a_table_json_or_csv_as_of_a_date() {
        String db = db();
        Run table = run("members", "list", "--db", db);
        assertThat(table.code()).isZero();
        assertThat(table.out().lines().filter(l -> l.matches("^[A-Z]{3} .*"))).hasSize(32);
        Run csv = run("members", "list", "--db", db, "--as-of", "2023-01-01", "--format", "csv");
        assertThat(csv.out().lines().count()).isEqualTo(31); // header + 30
        Run json = run("members", "list", "--db", db, "--format", "json");
        assertThat(json.out()).contains("\"iso3\" : \"SWE\"");
    }

    @Test
    void export_import_export_gives_identical_files(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml"), b = dir.resolve("b.yaml");
        assertThat(run("export", a.toString(), "--db", db()).code()).isZero();
        String fresh = db();
        Run imported = run("import", a.toString(), "--db", fresh);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("32 members");
        assertThat(run("export", b.toString(), "--db", fresh).code()).isZero();
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
        Path j1 = dir.resolve("a.json"), j2 = dir.resolve("b.json");
        assertThat(run("export", j1.toString(), "--db", fresh).code()).isZero();
        String third = db();
        assertThat(run("import", j1.toString(), "--db", third).code()).isZero();
        assertThat(run("export", j2.toString(), "--db", third).code()).isZero();
        assertThat(Files.readAllBytes(j2)).isEqualTo(Files.readAllBytes(j1));
    }

    @Test
    void a_bad_import_file_is_one_line_naming_the_file_and_field_and_writes_nothing(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.yaml");
        run("export", good.toString(), "--db", db());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(good).replaceFirst("accession: \"?1949-04-04\"?", "accession: 1949-04-31"));
        String target = db();
        Run r = run("import", bad.toString(), "--db", target);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("bad.yaml").contains("members[0].accession").doesNotContain("Exception");
        assertThat(run("journal", "verify", "--db", target).out()).contains("0 entries");

        Path unknown = dir.resolve("unknown.yaml");
        Files.writeString(unknown, Files.readString(good).replaceFirst("members:", "memberz:"));
        Run u = run("import", unknown.toString(), "--db", db());
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.err()).contains("unknown.yaml:").contains("unknown field 'memberz'");

        Run missing = run("import", dir.resolve("nope.yaml").toString(), "--db", db());
        assertThat(missing.err()).contains("nope.yaml").contains("no such file");
    }

    @Test
    void usage_errors_exit_2_and_failures_exit_1_without_a_stack_trace() {
        Run unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        Run badFormat = run("members", "list", "--format", "xml", "--db", db());
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format");
        Run badDate = run("members", "list", "--on", "soon", "--db", db());
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err().strip()).isEqualTo("concord: --on: 'soon' is not a date (YYYY-MM-DD)");
        Run noMission = run("missions", "show", "atlantis", "--db", db());
        assertThat(noMission.code()).isEqualTo(1);
        assertThat(noMission.err().strip()).isEqualTo("concord: mission 'atlantis' not found");
        Run badDb = run("members", "list", "--db", "jdbc:mysql://nowhere/x");
        assertThat(badDb.code()).isEqualTo(1);
        assertThat(badDb.err()).contains("unsupported database URL").doesNotContain("\tat ");
    }

    @Test
    void journal_verify_names_the_first_altered_row_and_exits_1() {
        String db = db();
        assertThat(run("journal", "verify", "--db", db).code()).isZero(); // an empty journal is intact
        run("members", "list", "--db", db);
        assertThat(run("journal", "verify", "--db", db).out()).contains("journal intact");
        try (var database = org.concord.store.Database.open(db, "sa", "")) {
            database.jdbi().useHandle(h -> h.execute("UPDATE journal SET payload = REPLACE(payload, '1949', '1950') WHERE seq = 12"));
        }
        Run broken = run("journal", "verify", "--db", db);
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("journal broken at sequence 12");
    }

    @Test
    void version_and_help_are_available_on_every_command() {
        assertThat(run("--version").out()).startsWith("concord ");
        for (String[] cmd : new String[][]{{"serve"}, {"members", "list"}, {"missions", "show"}, {"events", "list"}, {"import"}, {"export"}, {"journal", "verify"},
                {"items", "list"}, {"items", "raise"}, {"items", "position"}, {"items", "adopt"}, {"items", "silence", "open"}, {"items", "silence", "break"},
                {"items", "reopen"}, {"users", "add"}, {"tokens", "create"}, {"audit", "list"}, {"forecast", "run"}, {"forecast", "validate"}, {"stances", "add"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }

    @Test
    void missions_and_events_show_their_details() {
        String db = db();
        Run kfor = run("missions", "show", "kfor", "--db", db);
        assertThat(kfor.out()).contains("Kosovo Force (KFOR)").contains("UNSCR 1244").contains("~4,500 (2025)");
        Run ankara = run("events", "show", "summit-2026-ankara", "--db", db);
        assertThat(ankara.out()).contains("FORMAL").contains("UKR:PENDING");
        assertThat(run("missions", "list", "--status", "TERMINATED", "--db", db).out()).contains("isaf").doesNotContain("kfor");
    }
}
