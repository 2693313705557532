package org.concord.intel;

import org.concord.shared.Iso3;

import java.util.Objects;

/** Whom a reported stance is about: one ally, named, or a group. */
public sealed interface StanceSubject permits StanceSubject.Ally, StanceSubject.Group {

    /** The ISO3 code or the group's name, as the wire format writes it. */
    String code();

    /** @param nation must not be null */
    record Ally(Iso3 nation) implements StanceSubject {
        public Ally { Objects.requireNonNull(nation, "nation"); }

        @Override public String code() { return nation.code(); }
    }

    /** @param group must not be null */
    record Group(StanceGroup group) implements StanceSubject {
        public Group { Objects.requireNonNull(group, "group"); }

        @Override public String code() { return group.name(); }
    }
}
