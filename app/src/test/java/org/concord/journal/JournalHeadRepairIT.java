package org.concord.journal;

import org.concord.boot.Concord;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.concord.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.testing.Fixtures.ADMIN;

/** On start, a head row torn from intact rows by a crash is repaired from the rows and journaled; tampering is still reported. */
class JournalHeadRepairIT {

    private static Journal.Verification afterRestart(Kind kind, String... sql) {
        String url = TestDatabases.loaded(kind, Fixtures.NOW);
        Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        try (Concord first = Fixtures.on(url, kind, clock)) {
            first.database().jdbi().useHandle(h -> {
                for (String s : sql) h.execute(s);
            });
        }
        try (Concord restarted = Fixtures.on(url, kind, clock)) {
            return restarted.journal().verify(ADMIN);
        }
    }

    private static long repairs(Kind kind, String url) {
        try (Concord c = Fixtures.on(url, kind, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))) {
            return c.journal().list(ADMIN, Optional.of("journal"), Optional.empty(), 0, 1000).stream().filter(e -> e.type().equals("JournalHeadRepaired")).count();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_head_ahead_of_intact_rows_is_repaired_on_start_and_the_repair_is_journaled(Kind kind) {
        String url = TestDatabases.loaded(kind, Fixtures.NOW);
        Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        try (Concord first = Fixtures.on(url, kind, clock)) {
            first.database().jdbi().useHandle(h -> h.execute("UPDATE journal_head SET seq = seq + 1, hash = '" + "f".repeat(64) + "'"));
            assertThat(first.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Broken.class); // while running, still reported
        }
        try (Concord restarted = Fixtures.on(url, kind, clock)) {
            assertThat(restarted.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Intact.class);
            var repair = restarted.journal().list(ADMIN, Optional.of("journal"), Optional.empty(), 0, 1000);
            assertThat(repair).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("JournalHeadRepaired");
                assertThat(e.payload()).contains("\"headHash\":\"" + "f".repeat(64));
            });
        }
        assertThat(repairs(kind, url)).as("a second start finds nothing to repair").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_head_behind_intact_rows_is_repaired_on_start(Kind kind) {
        assertThat(afterRestart(kind, "UPDATE journal_head SET seq = seq - 1, hash = (SELECT hash FROM journal WHERE seq = (SELECT MAX(seq) - 1 FROM journal))"))
                .isInstanceOf(Journal.Verification.Intact.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void an_altered_row_is_still_reported_as_tampering_after_a_restart(Kind kind) {
        assertThat(afterRestart(kind, "UPDATE journal SET actor = 'mallory (ADMIN)' WHERE seq = 7", "UPDATE journal_head SET seq = seq + 1"))
                .isEqualTo(Journal.Verification.broken(7, "its content does not match its hash (the row was altered)"));
    }
}
