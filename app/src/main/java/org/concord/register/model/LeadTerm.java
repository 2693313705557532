package org.concord.register.model;

import org.concord.shared.CalendarDate;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A nation in a leading role of a mission for a period: the commander's nation, a framework nation, a lead nation.
 * A term with neither {@code from} nor {@code to} holds for as long as the mission runs.
 *
 * @param nation     the leading nation, never null
 * @param role       what the nation led, e.g. {@code COMKFOR} or {@code framework nation, Estonia battlegroup}
 * @param from       when the term began (inclusive); empty: from the mission's start
 * @param to         the first day the term no longer held (the successor's first day, as handovers are reported);
 *                   empty: still holds, or until the mission ended
 * @param note       free text, e.g. the commander's name
 * @param provenance where the term comes from
 */
public record LeadTerm(Iso3 nation, Optional<String> role, Optional<CalendarDate> from, Optional<CalendarDate> to,
                       Optional<String> note, Provenance provenance) {
    public LeadTerm {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(provenance, "provenance");
        role = role == null ? Optional.empty() : role;
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        note = note == null ? Optional.empty() : note;
        if (from.isPresent() && to.isPresent() && !to.get().first().isAfter(from.get().first()))
            throw new IllegalArgumentException("a lead term's end " + to.get() + " must come after its start " + from.get());
    }

    /** An undated term, as register files before dated lead nations wrote {@code leadNations}. */
    public static LeadTerm throughout(Iso3 nation, Provenance provenance) {
        return new LeadTerm(nation, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), provenance);
    }

    /**
     * Whether the term held on {@code day}: begun ({@code from}'s first day is not after it) and not yet handed over
     * ({@code day} is before {@code to}'s first day). Contiguous terms written with the same handover date never overlap.
     */
    boolean holdsOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return from.map(f -> !f.first().isAfter(day)).orElse(true) && to.map(t -> day.isBefore(t.first())).orElse(true);
    }
}
