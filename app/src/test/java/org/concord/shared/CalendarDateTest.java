package org.concord.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarDateTest {

    @Test
    void a_day_a_month_and_a_year_keep_their_precision_and_print_as_written() {
        assertThat(CalendarDate.parse("2026-09-15")).isEqualTo(new CalendarDate(LocalDate.of(2026, 9, 15), CalendarDate.Precision.DAY));
        assertThat(CalendarDate.parse("2026-09")).isEqualTo(new CalendarDate(LocalDate.of(2026, 9, 1), CalendarDate.Precision.MONTH));
        assertThat(CalendarDate.parse("2026")).isEqualTo(new CalendarDate(LocalDate.of(2026, 1, 1), CalendarDate.Precision.YEAR));
        for (String s : new String[]{"2026-09-15", "2026-09", "2026"}) assertThat(CalendarDate.parse(s).toString()).isEqualTo(s);
    }

    @Test
    void the_last_day_of_a_month_or_a_year_is_its_deadline() {
        assertThat(CalendarDate.parse("2026-09").last()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(CalendarDate.parse("2028-02").last()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(CalendarDate.parse("2026").last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(CalendarDate.parse("2026-09-15").last()).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void a_form_not_allowed_or_not_a_real_date_is_named_with_the_forms_accepted() {
        assertThatThrownBy(() -> CalendarDate.parse("2026", CalendarDate.DAYS_OR_MONTHS))
                .hasMessage("'2026' is not a date (YYYY-MM-DD, or YYYY-MM for the end of that month)");
        assertThatThrownBy(() -> CalendarDate.parse("2026-09", CalendarDate.DAYS)).hasMessage("'2026-09' is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> CalendarDate.parse("soon")).hasMessage("'soon' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        assertThatThrownBy(() -> CalendarDate.parse("2026-02-30")).hasMessage("'2026-02-30' is not a real date");
        assertThatThrownBy(() -> CalendarDate.parse("2026-13")).hasMessage("'2026-13' is not a real date");
        assertThatThrownBy(() -> CalendarDate.parse(null)).hasMessage("a date is required (YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    @Test
    void a_day_given_for_a_field_is_optional_and_a_bad_one_names_the_field() {
        assertThat(CalendarDate.day("--on", null)).isEmpty();
        assertThat(CalendarDate.day("--on", " ")).isEmpty();
        assertThat(CalendarDate.day("--on", "2023-01-01")).contains(LocalDate.of(2023, 1, 1));
        assertThatThrownBy(() -> CalendarDate.day("--on", "soon")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("--on", "'soon' is not a date (YYYY-MM-DD)")));
    }

    @Test
    void an_as_of_day_means_the_end_of_that_day_and_an_instant_itself() {
        assertThat(CalendarDate.asOf("recordedAt", "2026-01-01")).contains(Instant.parse("2026-01-01T23:59:59.999999Z"));
        assertThat(CalendarDate.asOf("recordedAt", "2026-01-01T10:00:00Z")).contains(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(CalendarDate.asOf("recordedAt", null)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> CalendarDate.asOf("recordedAt", "yesterday")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("recordedAt",
                        "'yesterday' is not an instant (YYYY-MM-DDTHH:MM:SSZ) or a date (YYYY-MM-DD)")));
    }

    @Test
    void a_month_or_year_must_start_on_the_first() {
        assertThatThrownBy(() -> new CalendarDate(LocalDate.of(2026, 9, 2), CalendarDate.Precision.MONTH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarDate(LocalDate.of(2026, 2, 1), CalendarDate.Precision.YEAR)).isInstanceOf(IllegalArgumentException.class);
    }
}
