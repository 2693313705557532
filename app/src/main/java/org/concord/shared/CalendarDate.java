package org.concord.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A date as people and sources write it: a day ({@code 2026-09-30}), a month ({@code 2026-09}) or a year
 * ({@code 2026}), kept as precise as its source gives it: no day is invented, "2018-10" stays a month. This is the one place Concord parses dates, partial dates and as-of instants; every edge and wire
 * record reads its date fields through it, so each accepted form and each error message is written once.
 *
 * @param first     the first day of the period, never null
 * @param precision how much of the date is known
 */
public record CalendarDate(LocalDate first, Precision precision) implements Comparable<CalendarDate> {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** How much of a date is known, finest first. */
    public enum Precision {
        DAY("YYYY-MM-DD"), MONTH("YYYY-MM"), YEAR("YYYY");

        private final String form;

        Precision(String form) { this.form = form; }

        /** The written form, e.g. {@code YYYY-MM}. */
        String form() { return form; }
    }

    /** Days only. */
    public static final Set<Precision> DAYS = EnumSet.of(Precision.DAY);
    /** A day, or a month (a deadline "by September" is by its last day). */
    public static final Set<Precision> DAYS_OR_MONTHS = EnumSet.of(Precision.DAY, Precision.MONTH);
    /** A day, a month or a year. */
    static final Set<Precision> ANY = EnumSet.allOf(Precision.class);

    public CalendarDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.DAY && first.getDayOfMonth() != 1)
            throw new IllegalArgumentException(English.withArticle(precision) + " date must start on day 1, got " + first);
        if (precision == Precision.YEAR && first.getMonthValue() != 1)
            throw new IllegalArgumentException("a YEAR date must start in January, got " + first);
    }

    /** A date known to the day. */
    public static CalendarDate of(LocalDate day) { return new CalendarDate(day, Precision.DAY); }

    /**
     * Parses a day, a month or a year.
     *
     * @throws IllegalArgumentException naming the text if it is none of these, or not a real date
     */
    public static CalendarDate parse(String text) { return parse(text, ANY); }

    /**
     * Parses one of the {@code allowed} forms.
     *
     * @param allowed the precisions accepted, not empty
     * @throws IllegalArgumentException naming the text and the accepted forms if it is none of them, or not a real date
     */
    public static CalendarDate parse(String text, Set<Precision> allowed) {
        if (text == null) throw new IllegalArgumentException("a date is required (" + forms(allowed) + ")");
        try {
            if (allowed.contains(Precision.DAY) && DAY.matcher(text).matches()) return new CalendarDate(LocalDate.parse(text), Precision.DAY);
            if (allowed.contains(Precision.MONTH) && MONTH.matcher(text).matches())
                return new CalendarDate(YearMonth.parse(text).atDay(1), Precision.MONTH);
            if (allowed.contains(Precision.YEAR) && YEAR.matcher(text).matches())
                return new CalendarDate(LocalDate.of(Integer.parseInt(text), 1, 1), Precision.YEAR);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date");
        }
        throw new IllegalArgumentException("'" + text + "' is not a date (" + forms(allowed) + ")");
    }

    /**
     * A day ({@code YYYY-MM-DD}) given for {@code field}, or empty when the text is null or blank.
     *
     * @throws InvalidInput naming {@code field} if the text is not a real day
     */
    public static java.util.Optional<LocalDate> day(String field, String text) {
        if (text == null || text.isBlank()) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(parse(text, DAYS).first());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }

    /**
     * An as-of instant ({@code recordedAt}, {@code --recorded-at}): an instant, or a day meaning the end of that day
     * (UTC); empty when the text is null or blank.
     *
     * @throws InvalidInput naming {@code field} if the text is neither
     */
    public static java.util.Optional<Instant> asOf(String field, String text) {
        if (text == null || text.isBlank()) return java.util.Optional.empty();
        try {
            if (DAY.matcher(text).matches()) return java.util.Optional.of(endOfDay(LocalDate.parse(text)));
            return java.util.Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + text + "' is not an instant (YYYY-MM-DDTHH:MM:SSZ) or a date (YYYY-MM-DD)");
        }
    }

    /**
     * An instant written in full ({@code 2026-12-01T12:00:00Z}), such as a deadline.
     *
     * @throws InvalidInput naming {@code field} if the text is missing or not an instant
     */
    public static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) throw new InvalidInput(field, "is required (an instant, e.g. 2026-12-01T12:00:00Z)");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + text + "' is not an instant (YYYY-MM-DDTHH:MM:SSZ)");
        }
    }

    /** The last microsecond of {@code day} (UTC): what was recorded by the end of that day. */
    static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);
    }

    /** The last day of the period: a deadline written as a month is by its last day. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withMonth(12).withDayOfMonth(31);
        };
    }

    private static String forms(Set<Precision> allowed) {
        if (allowed.equals(DAYS_OR_MONTHS)) return "YYYY-MM-DD, or YYYY-MM for the end of that month";
        var forms = allowed.stream().map(Precision::form).toList();
        return forms.size() == 1 ? forms.get(0)
                : String.join(", ", forms.subList(0, forms.size() - 1)) + " or " + forms.get(forms.size() - 1);
    }

    /** Earlier first day first; on the same first day, the finer precision first. */
    @Override public int compareTo(CalendarDate o) {
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
