package org.concord.boot;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalEvents;
import org.concord.shared.InvalidInput;
import org.concord.store.Backups;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;

/** {@code concord backup} and {@code concord restore}: every table, with the journal verified before a restore is accepted. */
public final class BackupAndRestore {
    private BackupAndRestore() {}

    /** Writes a consistent backup of the whole database to {@code file} (mode 0600), also while a server runs on it. */
    public static Summary backup(Concord concord, Path file) {
        return Summary.of(Backups.backup(concord.database(), file));
    }

    /**
     * Restores {@code file} into the (empty) database of {@code concord}. The backup's journal must verify (chain and
     * head) before anything is written, and verifies again once restored.
     *
     * @throws InvalidInput naming the file, the first bad journal row, or why the database does not take it
     */
    public static Summary restore(Concord concord, Path file) {
        Backups.Contents contents = Backups.read(file);
        Journal journal = concord.journalChain();
        Map<String, JsonNode> head = contents.journalHead();
        if (head.isEmpty()) throw new InvalidInput(file.toString(), "has no journal head row: not a whole backup");
        JournalEvents.Head stated = new JournalEvents.Head(head.get("seq").asLong(), head.get("hash").asText());
        Journal.Verification before;
        try {
            before = journal.verify(sink -> contents.journal(row -> sink.accept(entry(row))), stated);
        } catch (RuntimeException malformed) {
            throw new InvalidInput(file.toString(), "has a malformed journal row: " + malformed.getMessage());
        }
        if (before instanceof Journal.Verification.Broken b)
            throw new InvalidInput(file.toString(), "its journal does not verify at entry " + b.firstBadSeq() + ": " + b.reason() + "; nothing was restored");
        Backups.Summary summary;
        try {
            summary = Backups.restore(concord.database(), contents);
        } catch (InvalidInput refused) {
            // the store names the backup FILE; a refusal of the file or of the database is a failure, never a usage error
            throw new InvalidInput(refused.violations().stream()
                    .map(v -> v.field().equals("FILE") ? new org.concord.shared.Violation(file.toString(), v.reason()) : v).toList());
        }
        Journal.Verification after = concord.transactions().read(journal::verify);
        if (after instanceof Journal.Verification.Broken b)
            throw new IllegalStateException("the restored journal does not verify at entry " + b.firstBadSeq() + ": " + b.reason());
        return Summary.of(summary);
    }

    private static JournalEntry entry(Map<String, JsonNode> row) {
        return new JournalEntry(cell(row, "seq").asLong(), OffsetDateTime.parse(cell(row, "at").asText()).toInstant(), cell(row, "actor").asText(),
                cell(row, "type").asText(), cell(row, "subject").asText(), cell(row, "payload").asText(), cell(row, "prev_hash").asText(),
                cell(row, "hash").asText());
    }

    /** A journal row's value, or a refusal naming the column the row lacks (a bare {@code get} would fail on null). */
    private static JsonNode cell(Map<String, JsonNode> row, String column) {
        JsonNode v = row.get(column);
        if (v == null || v.isNull()) throw new IllegalArgumentException("it has no " + column);
        return v;
    }

    /** What a backup or restore moved: rows per table and the schema version. */
    public record Summary(java.util.Map<String, Long> rows, String schemaVersion) {
        static Summary of(Backups.Summary s) { return new Summary(s.rows(), s.schemaVersion()); }

        public long total() { return rows.values().stream().mapToLong(Long::longValue).sum(); }
    }
}
