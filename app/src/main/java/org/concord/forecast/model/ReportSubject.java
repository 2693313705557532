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
     * @param share   how much of the report each member gets, in (0, 1]: 1 when the report speaks for the whole group
     *                ("most allies"), 1/n when it speaks for one unnamed member of a group of n (an unknown ally), so
     *                that such a report counts, summed over the group, as much as a report about one actor would
     */
    record ActorGroup(String label, Set<ActorId> members, double share) implements ReportSubject {
        public ActorGroup {
            if (label == null || label.isBlank()) throw new IllegalArgumentException("group label must not be blank, was '" + label + "'");
            members = Set.copyOf(Objects.requireNonNull(members, "members"));
            if (members.isEmpty()) throw new IllegalArgumentException("group '" + label + "' must name at least one actor");
            if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("share of group '" + label + "' must be in (0, 1], was " + share);
        }

        /** A report that speaks for the whole group (share 1). */
        public ActorGroup(String label, Set<ActorId> members) { this(label, members, 1); }

        /** A report about one unnamed member of the group: each member gets 1/n of it. */
        public static ActorGroup oneUnnamed(String label, Set<ActorId> members) {
            return new ActorGroup(label, members, 1.0 / Math.max(1, members.size()));
        }

        @Override public boolean covers(ActorId a) { return members.contains(a); }
    }
}
