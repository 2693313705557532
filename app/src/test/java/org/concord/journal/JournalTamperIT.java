package org.concord.journal;

import org.concord.boot.Concord;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.testing.Fixtures.ADMIN;

/** Any direct change to journal rows in the database is found, and the first bad sequence number named. */
class JournalTamperIT {

    private static Journal.Verification verifyAfter(TestDatabases.Kind kind, String... sql) {
        try (Concord c = Fixtures.loaded(kind)) {
            assertThat(c.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Intact.class);
            c.database().jdbi().useHandle(h -> {
                for (String s : sql) h.execute(s);
            });
            return c.journal().verify(ADMIN);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void an_untouched_journal_verifies(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            assertThat(c.journal().verify(ADMIN)).isInstanceOfSatisfying(Journal.Verification.Intact.class,
                    ok -> assertThat(ok.entries()).isGreaterThan(100));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void an_altered_payload_is_named_by_its_sequence_number(TestDatabases.Kind kind) {
        var result = verifyAfter(kind, "UPDATE journal SET payload = REPLACE(payload, 'Finland', 'Finnland') WHERE type = 'MemberRecorded' AND subject = 'member:FIN'");
        assertThat(result).isInstanceOfSatisfying(Journal.Verification.Broken.class, b -> {
            assertThat(b.reason()).contains("altered");
            assertThat(b.firstBadSeq()).isGreaterThan(1);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void an_altered_actor_is_found(TestDatabases.Kind kind) {
        assertThat(verifyAfter(kind, "UPDATE journal SET actor = 'mallory (ADMIN)' WHERE seq = 7"))
                .isEqualTo(Journal.Verification.broken(7, "its content does not match its hash (the row was altered)"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_deleted_row_is_found(TestDatabases.Kind kind) {
        assertThat(verifyAfter(kind, "DELETE FROM journal WHERE seq = 10"))
                .isInstanceOfSatisfying(Journal.Verification.Broken.class, b -> assertThat(b.firstBadSeq()).isEqualTo(10));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_deleted_last_row_is_found(TestDatabases.Kind kind) {
        assertThat(verifyAfter(kind, "DELETE FROM journal WHERE seq = (SELECT MAX(seq) FROM journal)"))
                .isInstanceOf(Journal.Verification.Broken.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void swapped_rows_are_found(TestDatabases.Kind kind) {
        var result = verifyAfter(kind,
                "UPDATE journal SET seq = -5 WHERE seq = 5",
                "UPDATE journal SET seq = 5 WHERE seq = 6",
                "UPDATE journal SET seq = 6 WHERE seq = -5");
        assertThat(result).isInstanceOfSatisfying(Journal.Verification.Broken.class, b -> assertThat(b.firstBadSeq()).isEqualTo(5));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void an_inserted_row_is_found(TestDatabases.Kind kind) {
        var result = verifyAfter(kind, "UPDATE journal SET seq = seq + 1000 WHERE seq > 20",
                "INSERT INTO journal (seq, at, actor, type, subject, payload, prev_hash, hash) SELECT 21, at, actor, type, subject, payload, prev_hash, hash FROM journal WHERE seq = 20",
                "UPDATE journal SET seq = seq - 999 WHERE seq > 1000");
        assertThat(result).isInstanceOfSatisfying(Journal.Verification.Broken.class, b -> assertThat(b.firstBadSeq()).isEqualTo(21));
    }
}
