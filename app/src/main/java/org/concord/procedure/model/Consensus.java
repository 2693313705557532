package org.concord.procedure.model;

import java.util.List;
import java.util.Objects;
import org.concord.shared.Iso3;

/** Whether an item has consensus at a given time (R1, R2, R5, R6): the result is "agreed" or why not, never a tally. */
public sealed interface Consensus {

    /** @param requiredSet the required set it was reached in, sorted; never null */
    record Reached(List<Iso3> requiredSet) implements Consensus {
        public Reached {
            requiredSet = List.copyOf(Objects.requireNonNull(requiredSet, "requiredSet"));
        }
    }

    /**
     * @param rule    the rule that prevents it, must not be null
     * @param members the members whose positions prevent it, sorted; empty when none is to blame (no members)
     * @param reason  what prevents it, naming them; must not be blank
     */
    record NotReached(Rule rule, List<Iso3> members, String reason) implements Consensus {
        public NotReached {
            Objects.requireNonNull(rule, "rule");
            members = List.copyOf(Objects.requireNonNull(members, "members"));
            Slugs.text("reason", reason);
        }
    }
}
