package org.concord.access.model;

import org.concord.shared.Forbidden;

import java.util.Objects;

/** The {@link Policy}'s answer. */
public sealed interface Decision {
    record Allow() implements Decision {}

    /** @param reason why, naming the role, the action and the nation; fit to show the principal */
    record Deny(String reason) implements Decision {
        public Deny { Objects.requireNonNull(reason, "reason"); }
    }

    /** @throws Forbidden with the reason if this is a {@link Deny} */
    default void orThrow() {
        if (this instanceof Deny deny) throw new Forbidden(deny.reason());
    }
}
