package org.concord.access.model;

import org.concord.shared.Iso3;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a principal tries to do, with the nation it is done for when the kind names one.
 *
 * @param kind   must not be null
 * @param nation present exactly when the kind's scope requires it; optional for {@link ActionKind.Scope#OPTIONAL_NATION}
 */
public record Action(ActionKind kind, Optional<Iso3> nation) {
    public Action {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nation, "nation");
        switch (kind.scope()) {
            case NONE -> {
                if (nation.isPresent()) throw new IllegalArgumentException(kind + " is not done for a nation, got " + nation.get());
            }
            case NATION -> {
                if (nation.isEmpty()) throw new IllegalArgumentException(kind + " must name the nation it is done for");
            }
            case OPTIONAL_NATION -> { }
        }
    }

    /** An action that names no nation (or, for RAISE_ITEM, done in the chair's name). */
    public static Action of(ActionKind kind) { return new Action(kind, Optional.empty()); }

    /** An action done for {@code nation}. */
    public static Action of(ActionKind kind, Iso3 nation) { return new Action(kind, Optional.of(nation)); }

    @Override public String toString() { return kind + nation.map(n -> "(" + n + ")").orElse(""); }
}
