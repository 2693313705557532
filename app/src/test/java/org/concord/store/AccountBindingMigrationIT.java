package org.concord.store;

import org.concord.boot.Concord;
import org.concord.journal.JournalEntry;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration V5_1 disables the accounts whose role does not match their nation's kind, and Concord journals each once. */
class AccountBindingMigrationIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_delegation_of_a_partner_and_a_partner_that_is_a_member_are_disabled_and_the_journal_says_so(TestDatabases.Kind kind) {
        String url = TestDatabases.fresh(kind);
        Flyway.configure().dataSource(url, TestDatabases.user(kind), TestDatabases.password(kind)).locations("classpath:db/migration")
                .target("5").load().migrate();
        // Fixtures.PASSWORD hashed once by access.PasswordHasher (Argon2id, OWASP parameters): the store sees only the PHC string.
        String hash = "$argon2id$v=19$m=19456,t=2,p=1$u9ip3oByEqQlFSBC6DMVtw$rCmHWHK6GB0fyjMNbf7aCKn/KXz4qoo7arR987YSV5A";
        Jdbi.create(url, TestDatabases.user(kind), TestDatabases.password(kind)).useHandle(h -> {
            h.execute("INSERT INTO member (iso3, accession, doc) VALUES ('FRA', DATE '1949-04-04', '{}')");
            h.execute("INSERT INTO partner (iso3, doc) VALUES ('UKR', '{}')");
            for (String[] u : new String[][]{{"del-ukr", "DELEGATION", "UKR"}, {"del-chn", "DELEGATION", "CHN"}, {"par-fra", "PARTNER", "FRA"},
                    {"del-fra", "DELEGATION", "FRA"}, {"par-ukr", "PARTNER", "UKR"}})
                h.createUpdate("INSERT INTO app_user (name, role, nation, clearance, enabled, password_hash, created) "
                                + "VALUES (:n, :r, :c, 'NATO SECRET', TRUE, :h, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')")
                        .bind("n", u[0]).bind("r", u[1]).bind("c", u[2]).bind("h", hash).execute();
        });

        try (Concord c = Fixtures.on(url, kind, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))) {
            Map<String, Boolean> enabled = c.access().users(Fixtures.ADMIN).stream()
                    .collect(Collectors.toMap(u -> u.name().value(), u -> u.enabled()));
            assertThat(enabled).containsEntry("del-ukr", false).containsEntry("del-chn", false).containsEntry("par-fra", false)
                    .containsEntry("del-fra", true).containsEntry("par-ukr", true);
            assertThat(c.journal().audit(Fixtures.ADMIN, 0, 1000)).filteredOn(e -> e.type().equals("AccountUnbound"))
                    .extracting(JournalEntry::subject).containsExactlyInAnyOrder("audit:concord", "audit:concord", "audit:concord");
            assertThat(c.journal().audit(Fixtures.ADMIN, 0, 1000)).filteredOn(e -> e.type().equals("AccountUnbound"))
                    .extracting(JournalEntry::payload).anySatisfy(p -> assertThat(p).contains("del-ukr", "must be bound to a member"));
        }
        try (Concord again = Fixtures.on(url, kind, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))) {
            assertThat(again.journal().audit(Fixtures.ADMIN, 0, 1000)).filteredOn(e -> e.type().equals("AccountUnbound")).hasSize(3);
        }
    }
}
