package org.concord.store;

import org.concord.boot.BackupAndRestore;
import org.concord.boot.Concord;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.shared.InvalidInput;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.concord.testing.TestDatabases.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concord.testing.Fixtures.ADMIN;

/** A backup carries every table; a restore into an empty database gives the same items, journal and users, or writes nothing. */
class BackupRestoreIT {

    private static Concord populated(Kind kind) {
        Concord c = Fixtures.loaded(kind);
        Fixtures.token(c, "chair-b", Role.CHAIR, null, "NATO SECRET");
        return c;
    }

    private static Concord fresh(Kind kind) { return Fixtures.on(TestDatabases.migrated(kind), kind, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC)); }

    private static List<JournalEntry> journal(Concord c) {
        List<JournalEntry> all = new ArrayList<>();
        long after = 0;
        while (true) {
            var page = c.journal().list(ADMIN, Optional.empty(), Optional.empty(), after, 1000);
            if (page.isEmpty()) return all;
            all.addAll(page);
            after = page.getLast().seq();
        }
    }

    private static long count(Concord c, String table) {
        return c.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_backup_restored_into_a_fresh_database_gives_the_same_items_journal_users_tokens_and_stances(Kind kind, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("concord.backup");
        try (Concord source = populated(kind); Concord target = fresh(kind)) {
            var written = BackupAndRestore.backup(source, file);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(written.rows()).containsKeys("journal", "journal_head", "app_user", "api_token", "decision_item", "member",
                    "reported_stance", "forecast_issue", "forecast");

            var restored = BackupAndRestore.restore(target, file);

            assertThat(restored.rows()).isEqualTo(written.rows());
            assertThat(target.journal().verify(ADMIN)).isEqualTo(source.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Intact.class);
            assertThat(journal(target)).isEqualTo(journal(source));
            assertThat(target.procedure().list(ADMIN, Optional.empty())).isEqualTo(source.procedure().list(ADMIN, Optional.empty()));
            assertThat(target.access().users(ADMIN)).isEqualTo(source.access().users(ADMIN));
            for (String t : written.rows().keySet()) assertThat(count(target, t)).as(t).isEqualTo(count(source, t));
            assertThat(target.register().exportFile(ADMIN)).isEqualTo(source.register().exportFile(ADMIN));
            // identities move past the restored rows: new stances and items still insert
            Fixtures.token(target, "after-restore", Role.ANALYST, null, "PUBLIC");
        }
    }

    @Test
    void an_h2_database_moves_to_postgresql_by_backup_and_restore(@TempDir Path dir) {
        Path file = dir.resolve("h2.backup");
        try (Concord h2 = populated(Kind.H2); Concord pg = fresh(Kind.POSTGRES)) {
            BackupAndRestore.backup(h2, file);
            BackupAndRestore.restore(pg, file);
            assertThat(journal(pg)).isEqualTo(journal(h2));
            assertThat(pg.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Intact.class);
            assertThat(pg.access().users(ADMIN)).isEqualTo(h2.access().users(ADMIN));
        }
    }

    @Test
    void a_restore_into_a_database_that_holds_a_journal_is_refused_and_changes_nothing(@TempDir Path dir) {
        Path file = dir.resolve("a.backup");
        try (Concord source = populated(Kind.H2); Concord other = Fixtures.loaded(Kind.H2)) {
            BackupAndRestore.backup(source, file);
            long before = count(other, "journal");
            assertThatThrownBy(() -> BackupAndRestore.restore(other, file)).isInstanceOf(InvalidInput.class).hasMessageContaining("not empty");
            assertThat(count(other, "journal")).isEqualTo(before);
        }
    }

    @Test
    void a_backup_whose_journal_was_altered_is_refused_before_anything_is_written(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.backup");
        Path tampered = dir.resolve("tampered.backup");
        try (Concord source = populated(Kind.H2); Concord target = fresh(Kind.H2)) {
            BackupAndRestore.backup(source, file);
            String json;
            try (var in = new GZIPInputStream(Files.newInputStream(file))) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int journal = json.indexOf("\"journal\":{");
            assertThat(json.indexOf("Finland", journal)).isPositive();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var out = new GZIPOutputStream(bytes)) {
                out.write((json.substring(0, journal) + json.substring(journal).replaceFirst("Finland", "Finnland")).getBytes(StandardCharsets.UTF_8));
            }
            Files.write(tampered, bytes.toByteArray());

            assertThatThrownBy(() -> BackupAndRestore.restore(target, tampered)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("does not verify at entry").hasMessageContaining("nothing was restored");
            assertThat(count(target, "member")).isZero();
            assertThat(count(target, "journal")).isZero();
        }
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_with_its_name(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        try (Concord target = fresh(Kind.H2)) {
            assertThatThrownBy(() -> BackupAndRestore.restore(target, file)).isInstanceOf(InvalidInput.class).hasMessageContaining("notes.txt")
                    .hasMessageContaining("not a Concord backup");
        }
    }

    private static Path rewritten(Path file, Path to, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root;
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(in);
        }
        change.accept(root);
        try (var out = new GZIPOutputStream(Files.newOutputStream(to))) {
            out.write(mapper.writeValueAsBytes(root));
        }
        return to;
    }

    private static void setCell(com.fasterxml.jackson.databind.node.ObjectNode root, String table, String column, com.fasterxml.jackson.databind.JsonNode value) {
        var t = root.path("tables").path(table);
        int i = 0;
        while (!t.path("columns").path(i).asText().equals(column)) i++;
        ((com.fasterxml.jackson.databind.node.ArrayNode) t.path("rows").path(0)).set(i, value);
    }

    @Test
    void a_backup_value_of_the_wrong_type_is_refused_naming_its_table_and_column_and_nothing_is_written(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.backup");
        var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        try (Concord source = populated(Kind.H2)) {
            BackupAndRestore.backup(source, file);
        }
        Path textId = rewritten(file, dir.resolve("text-id.backup"), root -> setCell(root, "reported_stance", "id", nodes.textNode("twelve")));
        Path fraction = rewritten(file, dir.resolve("fraction.backup"), root -> setCell(root, "reported_stance", "id", nodes.numberNode(1.5)));
        Path badDate = rewritten(file, dir.resolve("bad-date.backup"), root -> setCell(root, "member", "accession", nodes.textNode("not-a-date")));
        Path numberDoc = rewritten(file, dir.resolve("number-doc.backup"), root -> setCell(root, "member", "doc", nodes.numberNode(7)));
        for (var c : List.of(List.of(textId, "reported_stance.id"), List.of(fraction, "reported_stance.id"), List.of(badDate, "member.accession"),
                List.of(numberDoc, "member.doc"))) {
            try (Concord target = fresh(Kind.H2)) {
                assertThatThrownBy(() -> BackupAndRestore.restore(target, (Path) c.get(0))).as(c.get(0).toString()).isInstanceOf(InvalidInput.class)
                        .hasMessageContaining((String) c.get(1)).hasMessageNotContaining("Exception");
                assertThat(count(target, "member")).isZero();
                assertThat(count(target, "reported_stance")).isZero();
                assertThat(count(target, "journal")).isZero();
            }
        }
    }

    @Test
    void a_backup_whose_journal_lacks_a_column_is_refused_naming_the_column(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.backup");
        try (Concord source = populated(Kind.H2)) {
            BackupAndRestore.backup(source, file);
        }
        Path noHash = rewritten(file, dir.resolve("no-hash.backup"), root -> {
            var t = (com.fasterxml.jackson.databind.node.ObjectNode) root.path("tables").path("journal");
            var columns = (com.fasterxml.jackson.databind.node.ArrayNode) t.path("columns");
            int i = 0;
            while (!columns.path(i).asText().equals("hash")) i++;
            columns.remove(i);
            for (var row : t.path("rows")) ((com.fasterxml.jackson.databind.node.ArrayNode) row).remove(i);
        });
        try (Concord target = fresh(Kind.H2)) {
            assertThatThrownBy(() -> BackupAndRestore.restore(target, noHash)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("journal").hasMessageContaining("hash").hasMessageNotContaining("java.").hasMessageNotContaining("Cannot invoke");
            assertThat(count(target, "journal")).isZero();
        }
    }
}
