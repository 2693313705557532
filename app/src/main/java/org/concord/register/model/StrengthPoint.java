package org.concord.register.model;

import org.concord.shared.CalendarDate;
import org.concord.shared.Provenance;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A mission's strength at one date: actual personnel and/or an authorised ceiling, as a source reports it.
 *
 * @param date         when, never null
 * @param actual       actual personnel, not negative
 * @param authorised   an authorised ceiling, not negative
 * @param qualifier    how the figure relates to the real one
 * @param contributors the number of contributing nations, not negative
 * @param note         free text (e.g. "several hundred" when no number is given)
 * @param provenance   where the figure comes from
 */
public record StrengthPoint(CalendarDate date, OptionalInt actual, OptionalInt authorised, Qualifier qualifier,
                            OptionalInt contributors, Optional<String> note, Provenance provenance) {
    public StrengthPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(provenance, "provenance");
        actual = nonNegative("actual", actual);
        authorised = nonNegative("authorised", authorised);
        contributors = nonNegative("contributors", contributors);
        note = note == null ? Optional.empty() : note;
        if (actual.isEmpty() && authorised.isEmpty() && note.isEmpty())
            throw new IllegalArgumentException("a strength point needs an actual or authorised figure, or a note");
    }

    private static OptionalInt nonNegative(String field, OptionalInt v) {
        if (v == null) return OptionalInt.empty();
        if (v.isPresent() && v.getAsInt() < 0) throw new IllegalArgumentException(field + " must not be negative, got " + v.getAsInt());
        return v;
    }
}
