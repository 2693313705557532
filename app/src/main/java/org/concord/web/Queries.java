package org.concord.web;

import org.concord.shared.CalendarDate;
import io.javalin.http.Context;
import org.concord.shared.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Parses query and path parameters, refusing bad ones with a violation naming the parameter. */
final class Queries {
    private Queries() {}

    static Optional<String> string(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isBlank());
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        return CalendarDate.day(name, ctx.queryParam(name));
    }

    /** An instant, or a date meaning the end of that day (UTC). */
    static Optional<Instant> instant(Context ctx, String name) {
        return CalendarDate.asOf(name, ctx.queryParam(name));
    }

    /**
     * {@code recordedAt=INSTANT}: what the register or journal had recorded then; {@code asOf} is its deprecated alias.
     *
     * @throws InvalidInput when both are given or the value is not an instant or a date
     */
    static Optional<Instant> recordedAt(Context ctx) { return instant(ctx, aliased(ctx, "recordedAt")); }

    /** {@code on=YYYY-MM-DD}: the facts as they applied on a date; {@code asOf} is its deprecated alias. */
    static Optional<LocalDate> on(Context ctx) { return date(ctx, aliased(ctx, "on")); }

    private static String aliased(Context ctx, String name) {
        boolean alias = ctx.queryParam("asOf") != null;
        if (alias && ctx.queryParam(name) != null) throw new InvalidInput("asOf", "is the deprecated alias of " + name + ": give one of the two");
        return alias ? "asOf" : name;
    }

    static <E extends Enum<E>> Optional<E> enumValue(Context ctx, String name, Class<E> type) {
        return string(ctx, name).map(s -> {
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(name, "'" + s + "' is not one of " + List.of(type.getEnumConstants()));
            }
        });
    }

    /** A whole number that fits an int; a larger one is refused (400), never wrapped round. */
    static int intValue(Context ctx, String name, int dflt) {
        long v = longValue(ctx, name, dflt);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw new InvalidInput(name, "'" + v + "' is out of range");
        return (int) v;
    }

    static long longValue(Context ctx, String name, long dflt) {
        return string(ctx, name).map(s -> {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new InvalidInput(name, "'" + s + "' is not a whole number");
            }
        }).orElse(dflt);
    }

    static double doubleValue(Context ctx, String name, double dflt) {
        return string(ctx, name).map(s -> {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InvalidInput(name, "'" + s + "' is not a number");
            }
        }).orElse(dflt);
    }

    /** A path parameter parsed by {@code parse}; a bad value is a 404 of {@code kind}, since no such record can exist. */
    static <T> T pathId(Context ctx, String name, String kind, java.util.function.Function<String, T> parse) {
        String raw = ctx.pathParam(name);
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new org.concord.shared.NotFound(kind, raw);
        }
    }

    /** A value parsed by {@code parse}; a bad one is a 400 naming {@code field}. */
    static <T> T parse(String field, String raw, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }
}
