package org.concord.register.model;

import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A session of an event: the body meeting, its formality and level, and the partners invited.
 *
 * @param level the level the body met at; empty when not known, which only an informal session may be (a formal
 *              session of the Council is held at a known level)
 */
public record Session(SessionId id, String title, BodyId body, Optional<LocalDate> date, Formality formality, Optional<Level> level,
                      List<Invitation> invitations, Optional<String> note, Provenance provenance) {
    public Session {
        Objects.requireNonNull(id, "id");
        Mission.requireText("title", title);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(formality, "formality");
        level = Mission.orEmpty(level);
        if (formality == Formality.FORMAL && level.isEmpty())
            throw new IllegalArgumentException("the formal session " + id + " needs a level");
        Objects.requireNonNull(provenance, "provenance");
        date = Mission.orEmpty(date);
        note = Mission.orEmpty(note);
        invitations = List.copyOf(invitations);
        if (invitations.stream().map(Invitation::country).distinct().count() != invitations.size())
            throw new IllegalArgumentException("session " + id + " lists a country twice");
    }

    /** The session with {@code country}'s invitation set to {@code status} (added if absent). */
    public Session withInvitation(Iso3 country, InvitationStatus status, Provenance provenance) {
        List<Invitation> next = new ArrayList<>();
        boolean found = false;
        for (Invitation i : invitations) {
            if (i.country().equals(country)) {
                next.add(new Invitation(country, status, i.note(), provenance));
                found = true;
            } else next.add(i);
        }
        if (!found) next.add(new Invitation(country, status, Optional.empty(), provenance));
        return new Session(id, title, body, date, formality, level, next, note, this.provenance);
    }
}
