package org.concord.register.model;

import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A body of the organisation (North Atlantic Council, Military Committee, ...) with its member set.
 *
 * @param members the explicit members; must be empty for {@link MemberSet#ALL_MEMBERS}
 */
public record Body(BodyId id, String name, Optional<String> role, Optional<String> chair, MemberSet memberSet,
                   List<Iso3> members, Optional<String> note, Provenance provenance) {
    public Body {
        Objects.requireNonNull(id, "id");
        Mission.requireText("name", name);
        Objects.requireNonNull(memberSet, "memberSet");
        Objects.requireNonNull(provenance, "provenance");
        role = Mission.orEmpty(role);
        chair = Mission.orEmpty(chair);
        members = List.copyOf(members);
        note = Mission.orEmpty(note);
        if (memberSet == MemberSet.ALL_MEMBERS && !members.isEmpty())
            throw new IllegalArgumentException("body " + id + " seats all members and must not list members");
        if (memberSet == MemberSet.EXPLICIT && members.isEmpty())
            throw new IllegalArgumentException("body " + id + " has an explicit member set and must list its members");
    }
}
