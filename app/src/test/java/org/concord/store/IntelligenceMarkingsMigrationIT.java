package org.concord.store;

import org.concord.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration V5 marks the intelligence that existed: what Concord loaded from the built-in file PUBLIC, the rest NATO UNCLASSIFIED. */
class IntelligenceMarkingsMigrationIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void built_in_issues_and_stances_stay_public_and_an_analysts_become_nato_unclassified(TestDatabases.Kind kind) {
        String url = TestDatabases.fresh(kind);
        Flyway.configure().dataSource(url, TestDatabases.user(kind), TestDatabases.password(kind)).locations("classpath:db/migration")
                .target("4").load().migrate();
        Jdbi jdbi = Jdbi.create(url, TestDatabases.user(kind), TestDatabases.password(kind));
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO forecast_issue (id, doc) VALUES ('nmi-end', '{}'), ('analysts-own', '{}')");
            h.execute("INSERT INTO reported_stance (id, issue_id, subject, reported_on, doc) VALUES "
                    + "(1, 'nmi-end', 'USA', DATE '2026-02-19', '{}'), (12, 'nmi-end', 'DEU', DATE '2026-03-01', '{}'), "
                    + "(2, 'analysts-own', 'FRA', DATE '2026-03-01', '{}')");
            String[][] journal = {
                    {"1", "concord (SYSTEM)", "ForecastIssueDefined", "issue:nmi-end", "{\"id\":\"nmi-end\"}"},
                    {"2", "analyst1 (ANALYST) from 10.0.0.1", "ForecastIssueDefined", "issue:analysts-own", "{\"id\":\"analysts-own\"}"},
                    {"3", "concord (SYSTEM)", "StanceReported", "issue:nmi-end", "{\"actor\":\"USA\",\"id\":1,\"issue\":\"nmi-end\"}"},
                    {"4", "analyst1 (ANALYST) from 10.0.0.1", "StanceReported", "issue:nmi-end", "{\"actor\":\"DEU\",\"id\":12,\"issue\":\"nmi-end\"}"},
                    {"5", "analyst1 (ANALYST) from 10.0.0.1", "StanceReported", "issue:analysts-own", "{\"actor\":\"FRA\",\"id\":2,\"issue\":\"analysts-own\"}"}};
            for (String[] j : journal)
                h.createUpdate("INSERT INTO journal (seq, at, actor, type, subject, payload, prev_hash, hash) "
                                + "VALUES (:seq, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', :actor, :type, :subject, :payload, :h, :h)")
                        .bind("seq", Long.parseLong(j[0])).bind("actor", j[1]).bind("type", j[2]).bind("subject", j[3]).bind("payload", j[4])
                        .bind("h", "0".repeat(64)).execute();
        });
        Flyway.configure().dataSource(url, TestDatabases.user(kind), TestDatabases.password(kind)).locations("classpath:db/migration")
                .target("5").load().migrate();
        jdbi.useHandle(h -> {
            Map<String, String> issues = new java.util.HashMap<>();
            h.createQuery("SELECT id, classification FROM forecast_issue")
                    .map((rs, ctx) -> issues.put(rs.getString("id"), rs.getString("classification"))).list();
            assertThat(issues).containsEntry("nmi-end", "PUBLIC").containsEntry("analysts-own", "NATO UNCLASSIFIED");
            Map<Long, String> stances = new java.util.HashMap<>();
            h.createQuery("SELECT id, classification FROM reported_stance")
                    .map((rs, ctx) -> stances.put(rs.getLong("id"), rs.getString("classification"))).list();
            assertThat(stances).containsEntry(1L, "PUBLIC").containsEntry(12L, "NATO UNCLASSIFIED").containsEntry(2L, "NATO UNCLASSIFIED");
        });
    }
}
