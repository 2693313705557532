package org.concord.boot;

import org.concord.forecast.application.IssueData;
import org.concord.forecast.application.IssueRevisionData;
import org.concord.forecast.model.IssueId;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.procedure.model.ItemId;
import org.concord.register.data.RegisterFile;
import org.concord.shared.Principal;
import org.concord.testing.Fixtures;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.testing.Fixtures.ADMIN;

/**
 * A database created by a Concord from before the fact check of issue 16 (the register and the open questions of that
 * edition, kept as resources) gets the questions' corrections on start: the forecast issues are revised and the Public
 * Forum item's subject by the procedure's own act, each journaled once, on H2 and on PostgreSQL.
 */
class QuestionCorrectionsIT {
    private static final Instant LOADED = Instant.parse("2026-03-01T09:00:00Z");
    private static final List<String> QUESTIONS = List.of("issue:kfor-size", "issue:public-forum", "item:public-forum-2026-cancellation");

    /** What an older Concord loaded into an empty database: the first edition of the register and of the questions. */
    private static Concord createdBeforeTheFactCheck(TestDatabases.Kind kind, MutableClock clock) {
        Concord c = Fixtures.concord(kind, clock);
        var corrections = DataFiles.builtInCorrections();
        RegisterFile register = DataFiles.builtIn("/data/" + corrections.previous());
        c.register().importFile(Principal.system(), register);
        c.loadQuestions(Principal.system(), DataFiles.builtInQuestions("/data/" + corrections.previousQuestions()).orElseThrow());
        return c;
    }

    private static IssueData issue(Concord c, String id) {
        return c.forecasts().issues(ADMIN).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void an_old_database_gets_the_corrected_issues_and_item_subject_journaled_once_and_equals_a_fresh_load(TestDatabases.Kind kind) {
        List<IssueData> freshIssues;
        String freshSubject;
        try (Concord f = Fixtures.loaded(kind)) {
            freshIssues = f.forecasts().issues(ADMIN);
            freshSubject = f.procedure().show(ADMIN, ItemId.of("public-forum-2026-cancellation"), Optional.empty()).subject();
        }
        MutableClock clock = new MutableClock(LOADED);
        try (Concord c = createdBeforeTheFactCheck(kind, clock)) {
            assertThat(issue(c, "public-forum").statusQuo()).isEqualTo(100.0);
            assertThat(issue(c, "kfor-size").scale0()).contains("curtailed sharply");
            clock.advance(Duration.ofDays(270));

            var outcome = c.correctBuiltInRegister();
            assertThat(outcome.corrected()).containsAll(QUESTIONS);
            assertThat(outcome.kept()).isEmpty();
            assertThat(issue(c, "public-forum").statusQuo()).isEqualTo(0.0);
            assertThat(issue(c, "public-forum").note()).contains("NATO announced on record").contains("no Council decision text was found");
            assertThat(issue(c, "kfor-size").scale0()).doesNotContain("sharply").contains("curtailed");
            assertThat(c.forecasts().issues(ADMIN)).isEqualTo(freshIssues);
            assertThat(c.procedure().show(ADMIN, ItemId.of("public-forum-2026-cancellation"), Optional.empty()).subject()).isEqualTo(freshSubject);

            List<JournalEntry> forum = c.journal().list(ADMIN, Optional.of("issue:public-forum"), Optional.empty(), 0, 100).stream()
                    .filter(e -> !e.type().equals("StanceReported")).toList();
            assertThat(forum).extracting(JournalEntry::type).containsExactly("ForecastIssueDefined", "IssueRevised");
            assertThat(forum.get(1).payload()).contains("fact-check-issue-16").contains("\"statusQuo\"").contains("announced on record");
            assertThat(c.journal().list(ADMIN, Optional.of("issue:kfor-size"), Optional.empty(), 0, 100))
                    .filteredOn(e -> !e.type().equals("StanceReported")).extracting(JournalEntry::type).containsExactly("ForecastIssueDefined", "IssueRevised");
            List<JournalEntry> item = c.journal().list(ADMIN, Optional.of("item:public-forum-2026-cancellation"), Optional.empty(), 0, 100);
            assertThat(item).extracting(JournalEntry::type).containsExactly("ItemRaised", "SubjectRevised");
            assertThat(item.get(1).payload()).contains("Take note of the announced cancellation").contains("Drop the 2026 NATO Public Forum");
            assertThat(c.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Intact.class);

            // a second start changes nothing
            int entries = c.journal().list(ADMIN, Optional.empty(), Optional.empty(), 0, 1000).size();
            clock.advance(Duration.ofDays(1));
            var again = c.correctBuiltInRegister();
            assertThat(again.corrected()).isEmpty();
            assertThat(again.kept()).isEmpty();
            assertThat(c.journal().list(ADMIN, Optional.empty(), Optional.empty(), 0, 1000)).hasSize(entries);
            assertThat(c.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Intact.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void an_issue_an_analyst_revised_since_and_an_item_retitled_since_are_kept_and_reported(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(LOADED);
        try (Concord c = createdBeforeTheFactCheck(kind, clock)) {
            clock.advance(Duration.ofDays(1));
            c.forecasts().reviseIssue(Fixtures.ANALYST, IssueId.of("public-forum"), new IssueRevisionData(null, null, null, 40.0, null, null, null,
                    null, null, null, "our own reading", null));
            var chair = Principal.of("chair", org.concord.shared.Role.CHAIR);
            long version = c.procedure().show(ADMIN, ItemId.of("public-forum-2026-cancellation"), Optional.empty()).version();
            c.procedure().reviseSubject(chair, ItemId.of("public-forum-2026-cancellation"), "The Public Forum 2026", "shorter", version);
            clock.advance(Duration.ofDays(1));

            var outcome = c.correctBuiltInRegister();
            assertThat(outcome.kept()).contains("issue:public-forum", "item:public-forum-2026-cancellation");
            assertThat(outcome.corrected()).contains("issue:kfor-size").doesNotContain("issue:public-forum");
            assertThat(issue(c, "public-forum").statusQuo()).isEqualTo(40.0);
            assertThat(c.procedure().show(ADMIN, ItemId.of("public-forum-2026-cancellation"), Optional.empty()).subject())
                    .isEqualTo("The Public Forum 2026");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_database_loaded_by_the_current_concord_needs_no_question_correction(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            int entries = c.journal().list(ADMIN, Optional.empty(), Optional.empty(), 0, 1000).size();
            var outcome = c.correctBuiltInRegister();
            assertThat(outcome.corrected()).isEmpty();
            assertThat(outcome.kept()).isEmpty();
            assertThat(c.journal().list(ADMIN, Optional.empty(), Optional.empty(), 0, 1000)).hasSize(entries);
        }
    }
}
