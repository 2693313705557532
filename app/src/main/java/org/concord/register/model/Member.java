package org.concord.register.model;

import org.concord.shared.Iso2;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A member state. Membership is dated: it counts from the accession (deposit of the instrument) until it left, if ever.
 *
 * @param population the member's population, or its population weight (e.g. the EU Council's figures in hundreds of
 *                   inhabitants), for constructive abstention (R6); one figure per member, whose period is the
 *                   dataset's (not dated like the membership); empty if the register gives none, never negative
 */
public record Member(Iso3 iso3, Iso2 iso2, String name, LocalDate accession, Optional<LocalDate> left,
                     Optional<String> round, OptionalLong population, Optional<String> note, Provenance provenance) {
    public Member {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(iso2, "iso2");
        Mission.requireText("name", name);
        Objects.requireNonNull(accession, "accession");
        Objects.requireNonNull(provenance, "provenance");
        left = Mission.orEmpty(left);
        round = Mission.orEmpty(round);
        note = Mission.orEmpty(note);
        population = population == null ? OptionalLong.empty() : population;
        population.ifPresent(p -> {
            if (p < 0) throw new IllegalArgumentException("population " + p + " of " + iso3 + " must not be negative");
        });
        left.ifPresent(l -> {
            if (!l.isAfter(accession)) throw new IllegalArgumentException("left " + l + " must be after the accession " + accession);
        });
    }

    /** Whether this state was a member on {@code date}. */
    public boolean memberOn(LocalDate date) {
        return !accession.isAfter(date) && left.map(date::isBefore).orElse(true);
    }
}
