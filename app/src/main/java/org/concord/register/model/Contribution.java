package org.concord.register.model;

import org.concord.shared.CalendarDate;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * One nation's personnel in a mission on a date, as a source reports it.
 *
 * @param nation     the contributing nation, never null
 * @param personnel  its personnel, not negative
 * @param qualifier  how the figure relates to the real one (e.g. OVER for "more than 600")
 * @param date       when the figure held, never null
 * @param note       free text
 * @param provenance where the figure comes from, never null
 */
public record Contribution(Iso3 nation, int personnel, Qualifier qualifier, CalendarDate date, Optional<String> note,
                           Provenance provenance) {
    public Contribution {
        Objects.requireNonNull(nation, "nation");
        if (personnel < 0) throw new IllegalArgumentException("personnel must not be negative, got " + personnel);
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(provenance, "provenance");
        note = note == null ? Optional.empty() : note;
    }
}
