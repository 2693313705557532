package org.concord.procedure.model;

import java.util.Objects;
import org.concord.shared.Iso3;

/** Who put an item forward: a member, or the chair. */
public sealed interface Proposer {

    /** @param nation the proposing member, must not be null */
    record Member(Iso3 nation) implements Proposer {
        public Member {
            Objects.requireNonNull(nation, "nation");
        }
    }

    /** The chair (Secretary General or Presidency). */
    record Chair() implements Proposer {}
}
