package org.concord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.db;
import static org.concord.cli.CliIT.run;

/** Usage errors exit 2 and failures exit 1, each with one line naming what was wrong. */
class CliUsageIT {
    @Test
    void a_command_line_without_a_command_is_a_usage_error() {
        var bare = run();
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("needs a command").contains("items");
        assertThat(run("items").code()).isEqualTo(2);
        assertThat(run("items", "silence").code()).isEqualTo(2);
        assertThat(run("--help").code()).isZero();
    }

    @Test
    void an_unknown_enum_value_or_a_malformed_date_is_a_usage_error_naming_the_option() {
        String db = db();
        var position = run("items", "position", "nmi-termination-2026", "--as", "delegation:ITA", "--position", "OBJECT", "--version", "1", "--db", db);
        assertThat(position.code()).isEqualTo(2);
        assertThat(position.err().lines()).hasSize(1);
        assertThat(position.err()).startsWith("concord: --position: 'OBJECT' is not one of");
        var date = run("members", "list", "--on", "2023-02-30", "--db", db);
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("--on");
        var instant = run("missions", "list", "--recorded-at", "yesterday", "--db", db);
        assertThat(instant.code()).isEqualTo(2);
        assertThat(instant.err()).contains("--recorded-at");
        assertThat(run("members", "list", "--as-of", "2023-01-01", "--db", db).code()).as("the deprecated alias").isZero();
    }

    @Test
    void a_refusal_by_the_procedure_is_a_failure() {
        String db = db();
        assertThat(run("items", "position", "nmi-termination-2026", "--as", "delegation:ITA", "--position", "OBJECTION", "--version", "1", "--db", db).code()).isZero();
        var refused = run("items", "adopt", "nmi-termination-2026", "--as", "chair", "--version", "2", "--db", db);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("R1");
    }

    @Test
    void an_option_of_another_position_is_a_usage_error_naming_it() {
        String db = db();
        var footnote = run("items", "position", "nmi-termination-2026", "--as", "delegation:ITA", "--position", "SUPPORT", "--footnote", "Italy reads it narrowly.", "--version", "1", "--db", db);
        assertThat(footnote.code()).isEqualTo(2);
        assertThat(footnote.err().lines()).hasSize(1);
        assertThat(footnote.err()).startsWith("concord: --footnote: is carried only by SUPPORT_WITH_STATEMENT");
        assertThat(run("items", "position", "nmi-termination-2026", "--as", "delegation:ITA", "--position", "SUPPORT_WITH_STATEMENT", "--footnote", "Italy reads it narrowly.", "--version", "1", "--db", db).code())
                .as("the version was not used up by the refusal").isZero();
    }

    @Test
    void a_delegation_names_its_nation_once() {
        String db = db();
        var r = run("items", "position", "nmi-termination-2026", "--as", "delegation:ITA", "--position", "OBJECTION", "--version", "1", "--format", "json", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"member\" : \"ITA\"");
        var chair = run("items", "position", "nmi-termination-2026", "--as", "chair", "--position", "OBJECTION", "--version", "2", "--db", db);
        assertThat(chair.code()).isEqualTo(2);
        assertThat(chair.err()).contains("--member");
    }

    @Test
    void a_yaml_syntax_error_names_the_line_and_column_and_no_java_type(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "organisation:\n  id: x\n  name: \"unclosed\nmembers: []\n");
        var r = run("import", bad.toString(), "--db", db());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.yaml: line ").contains(", column ").doesNotContain("java.", "com.fasterxml");
        Path wrongKind = dir.resolve("kind.yaml");
        Files.writeString(wrongKind, "organisation:\n  id: x\n  name: [a, b]\n");
        var k = run("import", wrongKind.toString(), "--db", db());
        assertThat(k.err()).contains("kind.yaml: line 3, column").contains("organisation.name: must be text").doesNotContain("java.lang");
    }
}
