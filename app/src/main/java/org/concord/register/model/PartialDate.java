package org.concord.register.model;

import java.time.LocalDate;
import java.time.YearMonth;
import org.concord.shared.CalendarDate;
import java.util.Objects;

/**
 * A date known to a day, a month or a year, as the sources give it. No day is invented: "2018-10" stays a month.
 * Parsed by {@link CalendarDate}, the one reader of written dates.
 *
 * @param first     the first day of the period, never null
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate first, Precision precision) implements Comparable<PartialDate> {
    public enum Precision { DAY, MONTH, YEAR }

    public PartialDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.DAY && first.getDayOfMonth() != 1)
            throw new IllegalArgumentException("a " + precision + " date must start on day 1, got " + first);
        if (precision == Precision.YEAR && first.getMonthValue() != 1)
            throw new IllegalArgumentException("a YEAR date must start in January, got " + first);
    }

    public static PartialDate of(LocalDate day) { return new PartialDate(day, Precision.DAY); }

    /**
     * @param text {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
     * @throws IllegalArgumentException naming the text if it is none of these or not a real date
     */
    public static PartialDate parse(String text) {
        CalendarDate d = CalendarDate.parse(text);
        return new PartialDate(d.first(), Precision.valueOf(d.precision().name()));
    }

    /** The last day of the period. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withMonth(12).withDayOfMonth(31);
        };
    }

    @Override public int compareTo(PartialDate o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override public String toString() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> Integer.toString(first.getYear());
        };
    }
}
