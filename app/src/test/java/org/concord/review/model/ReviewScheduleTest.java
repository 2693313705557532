package org.concord.review.model;

import org.concord.register.model.CoreTask;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.shared.CalendarDate;
import org.concord.register.model.ReviewCycle;
import org.concord.shared.Confidence;
import org.concord.shared.Provenance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The due-date rule: the latest periodic date owed, the next one within 30 days, ad hoc reviews called and not held. */
class ReviewScheduleTest {
    static final MissionId KFOR = MissionId.of("kfor");
    static final ReviewCycle SIX_MONTHS = new ReviewCycle(6, LocalDate.parse("2026-06-12"), Optional.of("assumed"), Provenance.of(Confidence.RECALLED, "S17"));

    static Mission mission(Optional<ReviewCycle> cycle, String end) {
        return new Mission(KFOR, "Kosovo Force", Optional.of("KFOR"), "peace-support operation", CoreTask.CRISIS_PREVENTION_AND_MANAGEMENT,
                Optional.empty(), Optional.empty(), "UNSCR 1244", Optional.empty(), Optional.empty(), CalendarDate.parse("1999-06-12"),
                Optional.ofNullable(end).map(CalendarDate::parse), Optional.empty(), end == null ? MissionStatus.ACTIVE : MissionStatus.TERMINATED,
                List.of(), List.of(), List.of(), List.of(), List.of(), cycle, Optional.empty(), Optional.empty(), Provenance.entered(), "PUBLIC", 0);
    }

    static Review held(LocalDate due, LocalDate on) {
        return new Review(ReviewId.of(KFOR, ReviewKind.PERIODIC, due), KFOR, ReviewKind.PERIODIC, due, Optional.empty(), Optional.of(on), "nac",
                Optional.of(Recommendation.CONTINUE), Optional.empty(), Optional.empty(), "NATO UNCLASSIFIED");
    }

    static List<String> owed(Mission m, List<Review> reviews, String on) {
        return ReviewSchedule.owed(m, reviews, LocalDate.parse(on)).stream().map(d -> d.kind() + " " + d.dueOn() + " " + d.state()).toList();
    }

    @Test
    void the_latest_periodic_date_passed_without_a_held_review_is_overdue_and_the_next_within_30_days_is_due() {
        Mission m = mission(Optional.of(SIX_MONTHS), null);
        assertThat(owed(m, List.of(), "2026-05-01")).isEmpty();                               // 42 days before the first
        assertThat(owed(m, List.of(), "2026-05-13")).containsExactly("PERIODIC 2026-06-12 DUE"); // exactly 30 days before
        assertThat(owed(m, List.of(), "2026-06-12")).containsExactly("PERIODIC 2026-06-12 OVERDUE"); // on the day: owed, not yet late by the count
        assertThat(owed(m, List.of(), "2026-12-03")).containsExactly("PERIODIC 2026-06-12 OVERDUE", "PERIODIC 2026-12-12 DUE");
        assertThat(owed(m, List.of(), "2027-01-01")).containsExactly("PERIODIC 2026-12-12 OVERDUE"); // the latest stands for the missed ones
    }

    @Test
    void a_review_held_by_the_date_settles_its_due_date_and_one_held_later_does_not_settle_it_then() {
        Mission m = mission(Optional.of(SIX_MONTHS), null);
        var reviews = List.of(held(LocalDate.parse("2026-06-12"), LocalDate.parse("2026-07-01")));
        assertThat(owed(m, reviews, "2026-12-03")).containsExactly("PERIODIC 2026-12-12 DUE");
        assertThat(owed(m, reviews, "2026-06-20")).containsExactly("PERIODIC 2026-06-12 OVERDUE");
        var early = List.of(held(LocalDate.parse("2026-12-12"), LocalDate.parse("2026-12-01")));
        assertThat(owed(m, early, "2026-12-03")).containsExactly("PERIODIC 2026-06-12 OVERDUE");
    }

    @Test
    void an_ad_hoc_review_is_owed_from_the_day_it_is_called_until_it_is_held() {
        Mission m = mission(Optional.empty(), null);
        LocalDate due = LocalDate.parse("2026-12-10");
        Review called = new Review(ReviewId.of(KFOR, ReviewKind.AD_HOC, due), KFOR, ReviewKind.AD_HOC, due, Optional.of(LocalDate.parse("2026-11-28")),
                Optional.empty(), "nac", Optional.empty(), Optional.empty(), Optional.empty(), "NATO UNCLASSIFIED");
        assertThat(owed(m, List.of(called), "2026-11-27")).isEmpty();
        assertThat(owed(m, List.of(called), "2026-12-01")).containsExactly("AD_HOC 2026-12-10 DUE");
        assertThat(owed(m, List.of(called), "2026-12-11")).containsExactly("AD_HOC 2026-12-10 OVERDUE");
        Review done = called.held(LocalDate.parse("2026-12-09"), "nac", Recommendation.ADJUST, Optional.empty(), Optional.empty(), "NATO UNCLASSIFIED");
        assertThat(owed(m, List.of(done), "2026-12-11")).isEmpty();
        assertThat(owed(m, List.of(done), "2026-12-05")).containsExactly("AD_HOC 2026-12-10 DUE");
    }

    @Test
    void an_ended_mission_owes_no_review_and_a_cycle_out_of_range_is_refused() {
        assertThat(owed(mission(Optional.of(SIX_MONTHS), "2026-09-01"), List.of(), "2026-12-03")).isEmpty();
        assertThatThrownBy(() -> new ReviewCycle(0, LocalDate.parse("2026-01-01"), Optional.empty(), Provenance.entered()))
                .hasMessageContaining("intervalMonths");
        assertThat(SIX_MONTHS.isPeriodicDate(LocalDate.parse("2027-06-12"))).isTrue();
        assertThat(SIX_MONTHS.isPeriodicDate(LocalDate.parse("2027-06-13"))).isFalse();
    }
}
