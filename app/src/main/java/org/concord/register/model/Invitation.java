package org.concord.register.model;

import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.util.Objects;
import java.util.Optional;

/** A partner's invitation to one session. */
public record Invitation(Iso3 country, InvitationStatus status, Optional<String> note, Provenance provenance) {
    public Invitation {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        note = Mission.orEmpty(note);
    }
}
