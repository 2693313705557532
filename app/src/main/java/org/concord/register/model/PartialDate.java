package org.concord.register.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date known to a day, a month or a year, as the sources give it. No day is invented: "2018-10" stays a month.
 *
 * @param first     the first day of the period, never null
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate first, Precision precision) implements Comparable<PartialDate> {
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
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
        if (text == null) throw new IllegalArgumentException("a date is required (YYYY-MM-DD, YYYY-MM or YYYY)");
        try {
            if (DAY.matcher(text).matches()) return new PartialDate(LocalDate.parse(text), Precision.DAY);
            if (MONTH.matcher(text).matches()) return new PartialDate(YearMonth.parse(text).atDay(1), Precision.MONTH);
            if (YEAR.matcher(text).matches()) return new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), Precision.YEAR);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date");
        }
        throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
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
