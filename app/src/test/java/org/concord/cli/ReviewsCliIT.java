package org.concord.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.db;
import static org.concord.cli.CliIT.run;

/** {@code concord reviews}: what is due on a date, recording a review as the chair, a mission's reviews. */
class ReviewsCliIT {

    @Test
    void due_lists_the_overdue_and_due_reviews_on_the_date_asked_and_a_recorded_review_settles_its_date() {
        String db = db();
        CliIT.Run due = run("reviews", "due", "--on", "2026-11-28", "--db", db);
        assertThat(due.code()).as(due.err()).isZero();
        assertThat(due.out()).contains("kfor", "2026-06-12", "OVERDUE", "2026-12-12", "DUE", "nmi", "2026-10-31", "RECALLED");

        CliIT.Run recorded = run("reviews", "record", "nmi", "--as", "chair", "--due", "2026-10-31", "--held", "2026-11-20",
                "--recommendation", "REDUCE", "--item", "nmi-termination-2026", "--db", db);
        assertThat(recorded.code()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("nmi-2026-10-31: held 2026-11-20, REDUCE, led to nmi-termination-2026");
        assertThat(run("reviews", "due", "--on", "2026-11-28", "--mission", "nmi", "--db", db).out()).doesNotContain("2026-10-31");
        assertThat(run("reviews", "list", "nmi", "--db", db).out()).contains("nmi-2026-10-31", "REDUCE", "nmi-termination-2026");
    }

    @Test
    void a_delegation_may_not_record_a_review_and_a_bad_date_is_a_usage_error() {
        String db = db();
        CliIT.Run refused = run("reviews", "record", "kfor", "--as", "delegation:FRA", "--due", "2026-06-12", "--held", "2026-06-20",
                "--recommendation", "CONTINUE", "--db", db);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).hasLineCount(1);
        CliIT.Run bad = run("reviews", "due", "--on", "2026-02-30", "--db", db);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--on").hasLineCount(1);
    }
}
