package org.concord.forecast.model;

import java.util.Objects;
import java.util.Set;

/** Whom a reported stance is about: one actor, or a group such as "most allies". */
public sealed interface ReportSubject permits ReportSubject.OneActor, ReportSubject.ActorGroup {

    /** Whether the report speaks for {@code actor}. */
    boolean covers(ActorId actor);

    static ReportSubject actor(String id) { return new OneActor(ActorId.of(id)); }

    /** @param actor must not be null */
    record OneActor(ActorId actor) implements ReportSubject {
        public OneActor { Objects.requireNonNull(actor, "actor"); }

        @Override public boolean covers(ActorId a) { return actor.equals(a); }
    }

    /**
     * @param label   how the source names the group ("most allies"), not blank
     * @param members the actors the group is read to include, not empty
     */
    record ActorGroup(String label, Set<ActorId> members) implements ReportSubject {
        public ActorGroup {
            if (label == null || label.isBlank()) throw new IllegalArgumentException("group label must not be blank, was '" + label + "'");
            members = Set.copyOf(Objects.requireNonNull(members, "members"));
            if (members.isEmpty()) throw new IllegalArgumentException("group '" + label + "' must name at least one actor");
        }

        @Override public boolean covers(ActorId a) { return members.contains(a); }
    }
}
