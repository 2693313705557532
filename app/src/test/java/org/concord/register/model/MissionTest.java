package org.concord.register.model;

import org.concord.shared.CalendarDate;
import org.concord.shared.Provenance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissionTest {

    static Mission nmi(MissionStatus status, Optional<CalendarDate> end) {
        return new Mission(MissionId.of("nmi"), "NATO Mission Iraq", Optional.of("NMI"), "advisory mission",
                CoreTask.CRISIS_PREVENTION_AND_MANAGEMENT, Optional.empty(), Optional.empty(), "request of the Government of Iraq",
                Optional.of("Iraq"), Optional.empty(), CalendarDate.parse("2018-10"), end, Optional.empty(), status,
                List.of(new StrengthPoint(CalendarDate.parse("2020-01"), OptionalInt.of(500), OptionalInt.empty(), Qualifier.APPROXIMATELY,
                        OptionalInt.empty(), Optional.empty(), Provenance.entered())),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Provenance.entered(), "PUBLIC", 0);
    }

    @Test
    void an_end_before_the_start_is_refused() {
        assertThatThrownBy(() -> nmi(MissionStatus.TERMINATED, Optional.of(CalendarDate.parse("2017-01-01"))))
                .hasMessageContaining("end 2017-01-01 is before the start 2018-10");
    }

    @Test
    void a_terminated_mission_needs_an_end() {
        assertThatThrownBy(() -> nmi(MissionStatus.TERMINATED, Optional.empty())).hasMessageContaining("needs an end date");
    }

    @Test
    void a_negative_strength_is_refused() {
        assertThatThrownBy(() -> new StrengthPoint(CalendarDate.parse("2020"), OptionalInt.of(-1), OptionalInt.empty(), Qualifier.EXACT,
                OptionalInt.empty(), Optional.empty(), Provenance.entered())).hasMessageContaining("actual must not be negative, got -1");
    }

    @Test
    void termination_in_the_future_schedules_the_end_and_draws_down() {
        Mission m = nmi(MissionStatus.ACTIVE, Optional.empty()).terminatedBy(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 3, 1));
        assertThat(m.status()).isEqualTo(MissionStatus.DRAWING_DOWN);
        assertThat(m.scheduledEnd()).contains(CalendarDate.parse("2026-09-30"));
        assertThat(m.end()).isEmpty();
    }

    @Test
    void termination_in_the_past_ends_the_mission() {
        Mission m = nmi(MissionStatus.ACTIVE, Optional.empty()).terminatedBy(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 28));
        assertThat(m.status()).isEqualTo(MissionStatus.TERMINATED);
        assertThat(m.end()).contains(CalendarDate.parse("2026-09-30"));
        assertThat(m.runningOn(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(m.runningOn(LocalDate.of(2019, 1, 1))).isTrue();
    }

    @Test
    void a_terminated_mission_cannot_come_back() {
        assertThat(MissionStatus.TERMINATED.mayMoveTo(MissionStatus.ACTIVE)).isFalse();
        assertThat(MissionStatus.ACTIVE.mayMoveTo(MissionStatus.RESIDUAL)).isTrue();
    }

    @Test
    void a_mission_may_keep_its_status_so_that_a_planned_one_can_be_edited_before_it_starts() {
        for (MissionStatus s : MissionStatus.values()) assertThat(s.mayMoveTo(s)).as(s.name()).isTrue();
    }
}
