package org.concord.forecast.model;

import java.util.Objects;

/**
 * What one actor could do, alone, to the fate of the proposal as written, in the central scenario (every actor at
 * its mean position). A voter accepts the proposal iff it is at least as close to it as to the status quo, so the
 * switch point is the midpoint between the two; {@code shift} is the signed move from the actor's position to it,
 * and the actor must move strictly past it.
 */
public sealed interface Lever permits Lever.Decisive, Lever.NotDecisiveAlone, Lever.NoVote {

    ActorId actor();

    /** What a decisive switch does. */
    enum Effect { BLOCKS_PROPOSAL, LETS_PROPOSAL_PASS }

    /**
     * Moving past {@code switchPoint} alone flips the result.
     *
     * @param actor       the actor, must not be null
     * @param effect      what the move does, must not be null
     * @param switchPoint the midpoint of status quo and proposal, on 0-100
     * @param shift       {@code switchPoint - position}
     */
    record Decisive(ActorId actor, Effect effect, double switchPoint, double shift) implements Lever {
        public Decisive {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(effect, "effect");
            Scale.check("switch point", switchPoint);
        }
    }

    /**
     * The actor's switch alone does not change the result.
     *
     * @param actor       the actor, must not be null
     * @param switchPoint the midpoint of status quo and proposal, on 0-100
     * @param shift       {@code switchPoint - position}
     * @param reason      why the switch is not enough, not blank
     */
    record NotDecisiveAlone(ActorId actor, double switchPoint, double shift, String reason) implements Lever {
        public NotDecisiveAlone {
            Objects.requireNonNull(actor, "actor");
            Scale.check("switch point", switchPoint);
            if (reason == null || reason.isBlank()) throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /** The actor has no vote; it can move the bargained outcome but not whether the proposal passes. */
    record NoVote(ActorId actor) implements Lever {
        public NoVote { Objects.requireNonNull(actor, "actor"); }
    }
}
