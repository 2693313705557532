package org.concord.web.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the pages print values: instants in UTC to the minute, shares as percentages, absent values as a dash. */
final class Display {
    static final String NONE = "—";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Display() {}

    static String instant(Instant at) { return at == null ? NONE : MINUTE.format(at); }

    static String text(Object value) { return value == null || value.toString().isBlank() ? NONE : value.toString(); }

    static String percent(Double share) { return share == null ? NONE : String.format(Locale.ROOT, "%.1f %%", 100 * share); }

    static String number(Double value) { return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value); }

    static String list(List<String> values) { return values == null || values.isEmpty() ? NONE : String.join(", ", values); }
}
