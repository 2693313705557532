package org.concord.register.model;

import org.concord.shared.Iso2;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A member state. Membership is dated: it counts from the accession (deposit of the instrument) until it left, if ever.
 */
public record Member(Iso3 iso3, Iso2 iso2, String name, LocalDate accession, Optional<LocalDate> left,
                     Optional<String> round, Optional<String> note, Provenance provenance) {
    public Member {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(iso2, "iso2");
        Mission.requireText("name", name);
        Objects.requireNonNull(accession, "accession");
        Objects.requireNonNull(provenance, "provenance");
        left = Mission.orEmpty(left);
        round = Mission.orEmpty(round);
        note = Mission.orEmpty(note);
        left.ifPresent(l -> {
            if (!l.isAfter(accession)) throw new IllegalArgumentException("left " + l + " must be after the accession " + accession);
        });
    }

    /** Whether this state was a member on {@code date}. */
    public boolean memberOn(LocalDate date) {
        return !accession.isAfter(date) && left.map(date::isBefore).orElse(true);
    }
}
