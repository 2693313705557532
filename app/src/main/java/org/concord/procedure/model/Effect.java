package org.concord.procedure.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.List;
import org.concord.shared.Iso3;

/**
 * What adopting an item does to the register; each mission lifecycle step is its own item (R10). The integrator
 * applies the effect of an {@link ProcedureEvent.ItemAdopted} in the same transaction that stores it.
 */
public sealed interface Effect {

    /** @param mission the new mission's id; @param name its name; @param mandate its mandate text; @param start its start date. None null or blank. */
    record LaunchMission(MissionId mission, String name, String mandate, LocalDate start) implements Effect {
        public LaunchMission {
            Objects.requireNonNull(mission, "mission");
            Slugs.text("mission name", name);
            Slugs.text("mandate", mandate);
            Objects.requireNonNull(start, "start");
        }
    }

    /** @param mission the mission, must not be null; @param newEnd its new end date, must not be null */
    record ExtendMission(MissionId mission, LocalDate newEnd) implements Effect {
        public ExtendMission {
            Objects.requireNonNull(mission, "mission");
            Objects.requireNonNull(newEnd, "newEnd");
        }
    }

    /** @param mission the mission, must not be null; @param text the new mandate, must not be blank */
    record ChangeMandate(MissionId mission, String text) implements Effect {
        public ChangeMandate {
            Objects.requireNonNull(mission, "mission");
            Slugs.text("mandate", text);
        }
    }

    /**
     * Reduce a mission, to a target strength by a date where the proposal names them (a residual presence), or
     * without figures where the proposal gives none (as the reported KFOR curtailment).
     *
     * @param mission the mission, must not be null
     * @param targetStrength personnel after the reduction, >= 0, or empty; must not be null
     * @param byDate when, or empty; must not be null
     */
    record ReduceMission(MissionId mission, OptionalInt targetStrength, Optional<LocalDate> byDate) implements Effect {
        public ReduceMission {
            Objects.requireNonNull(mission, "mission");
            Objects.requireNonNull(targetStrength, "targetStrength");
            Objects.requireNonNull(byDate, "byDate");
            if (targetStrength.isPresent() && targetStrength.getAsInt() < 0)
                throw new IllegalArgumentException("target strength must be >= 0, was " + targetStrength.getAsInt());
        }

        ReduceMission(MissionId mission, int targetStrength, LocalDate byDate) {
            this(mission, OptionalInt.of(targetStrength), Optional.of(byDate));
        }
    }

    record TerminateMission(MissionId mission, LocalDate endDate) implements Effect {
        public TerminateMission {
            Objects.requireNonNull(mission, "mission");
            Objects.requireNonNull(endDate, "endDate");
        }
    }

    /**
     * Invite a partner to a session (R11); the item's level must be the session's level.
     *
     * @param event the register event; @param session its session; @param partner the invited country;
     * @param level the session's level; @param formality formal, or informal and chair-convened. None null.
     */
    record InvitePartner(EventId event, SessionId session, Iso3 partner, Level level, SessionFormality formality)
            implements Effect {
        public InvitePartner {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(formality, "formality");
        }
    }

    /** @param event the register event; @param session its session; @param partner the partner no longer invited. None null. */
    record ExcludePartner(EventId event, SessionId session, Iso3 partner) implements Effect {
        public ExcludePartner {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(partner, "partner");
        }
    }

    /** Keep several partners out of one session (they may still be invited to side events). */
    record ExcludePartners(EventId event, SessionId session, List<Iso3> partners) implements Effect {
        public ExcludePartners {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(session, "session");
            partners = List.copyOf(Objects.requireNonNull(partners, "partners"));
            if (partners.isEmpty()) throw new IllegalArgumentException("at least one partner must be named");
            if (partners.stream().distinct().count() != partners.size())
                throw new IllegalArgumentException("a partner is named twice in " + partners);
        }
    }

    /** @param event the register event to hold, must not be null */
    record HoldEvent(EventId event) implements Effect {
        public HoldEvent {
            Objects.requireNonNull(event, "event");
        }
    }

    /** @param event the register event to cancel, must not be null */
    record CancelEvent(EventId event) implements Effect {
        public CancelEvent {
            Objects.requireNonNull(event, "event");
        }
    }

    /** @param text the statement (communiqué, declaration), must not be blank */
    record AdoptStatement(String text) implements Effect {
        public AdoptStatement {
            Slugs.text("statement", text);
        }
    }
}
