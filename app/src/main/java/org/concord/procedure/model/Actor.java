package org.concord.procedure.model;

import java.util.Objects;
import java.util.Optional;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;

/**
 * Who performed an act, as stored in an event: a plain copy of the {@link Principal} (the nation is nullable rather
 * than optional, so that events stay plain JSON).
 *
 * @param user   the user name, must not be blank
 * @param role   the role, must not be null
 * @param nation the nation a DELEGATION or PARTNER speaks for, required for them; null for other roles
 */
public record Actor(String user, Role role, Iso3 nation) {
    public Actor {
        Slugs.text("actor user", user);
        Objects.requireNonNull(role, "role");
        if ((role == Role.DELEGATION || role == Role.PARTNER) && nation == null)
            throw new IllegalArgumentException(org.concord.shared.English.withArticle(role) + " actor ('" + user + "') must be bound to a nation");
    }

    /** The actor of an act by {@code principal}; must not be null. */
    static Actor of(Principal principal) {
        return new Actor(principal.user(), principal.role(), principal.nation().orElse(null));
    }

    /** The nation this actor speaks for, if any. */
    Optional<Iso3> speaksFor() { return Optional.ofNullable(nation); }
}
