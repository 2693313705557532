package org.concord.shared;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDatesTest {

    @Test
    void a_month_is_kept_as_a_month_and_ends_on_its_last_day() {
        CalendarDate d = CalendarDate.parse("2018-10");
        assertThat(d.precision()).isEqualTo(CalendarDate.Precision.MONTH);
        assertThat(d.first()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(d.last()).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(d).hasToString("2018-10");
    }

    @Test
    void a_year_spans_the_whole_year() {
        assertThat(CalendarDate.parse("1961").last()).isEqualTo(LocalDate.of(1961, 12, 31));
    }

    @Test
    void an_impossible_date_is_refused_with_the_text() {
        assertThatThrownBy(() -> CalendarDate.parse("2024-02-30")).hasMessageContaining("'2024-02-30' is not a real date");
        assertThatThrownBy(() -> CalendarDate.parse("30.02.2024")).hasMessageContaining("'30.02.2024' is not a date");
    }

    @Property
    void parsing_what_is_printed_gives_the_same_date(@ForAll @IntRange(min = 1900, max = 2100) int year,
                                                    @ForAll @IntRange(min = 1, max = 12) int month,
                                                    @ForAll @IntRange(min = 1, max = 28) int day,
                                                    @ForAll CalendarDate.Precision precision) {
        LocalDate first = switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
        CalendarDate d = new CalendarDate(first, precision);
        assertThat(CalendarDate.parse(d.toString())).isEqualTo(d);
        assertThat(d.last()).isAfterOrEqualTo(d.first());
    }
}
