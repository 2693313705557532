package org.concord.register.model;

import org.concord.shared.CalendarDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.concord.shared.Confidence;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadTermTest {
    private static final Provenance SOURCED = Provenance.of(Confidence.SECONDARY, "S41");

    static LeadTerm term(String nation, String from, String to) {
        return new LeadTerm(Iso3.of(nation), Optional.of("COMKFOR"), Optional.ofNullable(from).map(CalendarDate::parse),
                Optional.ofNullable(to).map(CalendarDate::parse), Optional.empty(), SOURCED);
    }

    static Mission mission(String start, String end, List<LeadTerm> leads) {
        return new Mission(MissionId.of("kfor"), "Kosovo Force", Optional.of("KFOR"), "peace-support operation",
                CoreTask.CRISIS_PREVENTION_AND_MANAGEMENT, Optional.empty(), Optional.empty(), "UNSCR 1244", Optional.empty(), Optional.empty(),
                CalendarDate.parse(start), Optional.ofNullable(end).map(CalendarDate::parse), Optional.empty(),
                end == null ? MissionStatus.ACTIVE : MissionStatus.TERMINATED,
                List.of(new StrengthPoint(CalendarDate.parse("2025"), OptionalInt.of(4500), OptionalInt.empty(), Qualifier.APPROXIMATELY,
                        OptionalInt.empty(), Optional.empty(), SOURCED)),
                leads, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), SOURCED, "PUBLIC", 0);
    }

    private static final Mission KFOR = mission("1999-06-12", null, List.of(
            term("TUR", "2025-10", null), term("ITA", "2022-10-10", "2023-10-10"), term("TUR", "2023-10-10", "2024-10-11"),
            term("ITA", "2024-10-11", "2025-10")));

    @Test
    void a_term_holds_from_its_first_day_up_to_the_day_its_successor_takes_over() {
        assertThat(KFOR.leadNationsOn(LocalDate.parse("2023-10-09"))).containsExactly(Iso3.of("ITA"));
        assertThat(KFOR.leadNationsOn(LocalDate.parse("2023-10-10"))).containsExactly(Iso3.of("TUR"));
        assertThat(KFOR.leadNationsOn(LocalDate.parse("2024-01-01"))).containsExactly(Iso3.of("TUR"));
        assertThat(KFOR.leadNationsOn(LocalDate.parse("2024-10-11"))).containsExactly(Iso3.of("ITA"));
        assertThat(KFOR.leadNationsOn(LocalDate.parse("2025-09-30"))).containsExactly(Iso3.of("ITA"));
        assertThat(KFOR.leadNationsOn(LocalDate.parse("2025-10-01"))).containsExactly(Iso3.of("TUR"));
        assertThat(KFOR.leadNationsOn(LocalDate.parse("2026-01-01"))).containsExactly(Iso3.of("TUR"));
    }

    @Test
    void before_the_first_recorded_term_nobody_is_recorded_as_leading() {
        assertThat(KFOR.leadNationsOn(LocalDate.parse("2010-01-01"))).isEmpty();
    }

    @Test
    void the_terms_are_kept_in_date_order_and_every_nation_that_led_is_listed_once() {
        assertThat(KFOR.leads()).extracting(l -> l.from().orElseThrow().toString())
                .containsExactly("2022-10-10", "2023-10-10", "2024-10-11", "2025-10");
        assertThat(KFOR.leadNations()).containsExactly(Iso3.of("ITA"), Iso3.of("TUR"));
    }

    @Test
    void an_undated_term_holds_only_while_the_mission_runs() {
        Mission rsm = mission("2015-01-01", "2021-09", List.of(LeadTerm.throughout(Iso3.of("USA"), SOURCED)));
        assertThat(rsm.leadNationsOn(LocalDate.parse("2014-12-31"))).isEmpty();
        assertThat(rsm.leadNationsOn(LocalDate.parse("2015-01-01"))).containsExactly(Iso3.of("USA"));
        assertThat(rsm.leadNationsOn(LocalDate.parse("2021-09-30"))).containsExactly(Iso3.of("USA"));
        assertThat(rsm.leadNationsOn(LocalDate.parse("2021-10-01"))).isEmpty();
    }

    @Test
    void a_term_that_ends_before_or_when_it_begins_is_refused_with_both_dates() {
        assertThatThrownBy(() -> term("ITA", "2024-10-11", "2024-10-11")).hasMessageContaining("2024-10-11");
        assertThatThrownBy(() -> term("ITA", "2025", "2024-12")).hasMessageContaining("2024-12").hasMessageContaining("2025");
    }

    @Property
    void terms_written_with_shared_handover_days_never_overlap_and_leave_no_gap(
            @ForAll @Size(min = 2, max = 8) List<@IntRange(min = 1, max = 5000) Integer> offsets) {
        TreeSet<Integer> days = new TreeSet<>(offsets);
        if (days.size() < 2) return;
        LocalDate base = LocalDate.parse("2000-01-01");
        List<Integer> handovers = new ArrayList<>(days);
        List<LeadTerm> terms = new ArrayList<>();
        String[] nations = {"ITA", "TUR", "HUN", "DEU"};
        for (int i = 0; i + 1 < handovers.size(); i++)
            terms.add(term(nations[i % nations.length], base.plusDays(handovers.get(i)).toString(), base.plusDays(handovers.get(i + 1)).toString()));
        Mission m = mission("1999-06-12", null, terms);
        for (int d = handovers.getFirst(); d < handovers.getLast(); d++) {
            LocalDate day = base.plusDays(d);
            assertThat(terms.stream().filter(t -> t.holdsOn(day)).count()).as("terms holding on %s", day).isEqualTo(1);
            assertThat(m.leadNationsOn(day)).hasSize(1);
        }
        assertThat(m.leadNationsOn(base.plusDays(handovers.getLast()))).isEmpty();
    }
}
