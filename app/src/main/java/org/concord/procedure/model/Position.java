package org.concord.procedure.model;

import java.util.Objects;

/**
 * A member's official position on an item (R8). Only an OBJECTION applying at the item's level blocks (R1, R11);
 * RESERVATION and AD_REFERENDUM are pending and also prevent adoption until lifted (R5); everything else is
 * non-objection.
 */
public sealed interface Position {

    /**
     * A blocking objection.
     *
     * @param fromLevel the lowest level at which it applies: AMBASSADORS for every level, MINISTERS for "above
     *                  ambassador level" (R11); must not be null
     */
    record Objection(Level fromLevel) implements Position {
        public Objection {
            Objects.requireNonNull(fromLevel, "fromLevel");
        }

        /** An objection at every level. */
        static Objection atEveryLevel() { return new Objection(Level.AMBASSADORS); }
    }

    /** A pending reservation, to be lifted before adoption. */
    record Reservation() implements Position {}

    /** Agreement ad referendum, pending confirmation from the capital (R5). */
    record AdReferendum() implements Position {}

    record Support() implements Position {}

    /** @param footnote the statement attached, must not be null (R4) */
    record SupportWithStatement(Footnote footnote) implements Position {
        public SupportWithStatement {
            Objects.requireNonNull(footnote, "footnote");
        }
    }

    record Abstain() implements Position {}

    /** A formally declared abstention exempting the member from applying the decision (EU mode only, R6). */
    record QualifiedAbstain() implements Position {}

    /** @param terms the terms of non-participation, e.g. "no personnel, no funds"; must not be blank (R7) */
    record NonParticipating(String terms) implements Position {
        public NonParticipating {
            Slugs.text("terms of non-participation", terms);
        }
    }

    record Silent() implements Position {}

    /** No position on record; cannot be recorded, it is the absence of one. */
    record Unknown() implements Position {}

    /** The vocabulary word for this position. */
    default PositionKind kind() {
        return switch (this) {
            case Objection o -> PositionKind.OBJECTION;
            case Reservation r -> PositionKind.RESERVATION;
            case AdReferendum a -> PositionKind.AD_REFERENDUM;
            case Support s -> PositionKind.SUPPORT;
            case SupportWithStatement s -> PositionKind.SUPPORT_WITH_STATEMENT;
            case Abstain a -> PositionKind.ABSTAIN;
            case QualifiedAbstain q -> PositionKind.QUALIFIED_ABSTAIN;
            case NonParticipating n -> PositionKind.NON_PARTICIPATING;
            case Silent s -> PositionKind.SILENT;
            case Unknown u -> PositionKind.UNKNOWN;
        };
    }

    /** Whether this position blocks adoption at {@code level}: an objection applying at that level (R1, R11). */
    default boolean blocksAt(Level level) {
        return this instanceof Objection o && level.atOrAbove(o.fromLevel());
    }

    /** Whether this position is pending (a reservation or an ad-referendum agreement not yet lifted). */
    default boolean pending() {
        return this instanceof Reservation || this instanceof AdReferendum;
    }

    /** The rule a recording of this position cites. */
    default Rule rule() {
        return switch (this) {
            case Objection o -> Rule.R1_NO_STANDING_OBJECTION;
            case AdReferendum a -> Rule.R5_AD_REFERENDUM;
            case SupportWithStatement s -> Rule.R4_FOOTNOTES_DO_NOT_BLOCK;
            case QualifiedAbstain q -> Rule.R6_CONSTRUCTIVE_ABSTENTION;
            case NonParticipating n -> Rule.R7_NON_PARTICIPATION;
            case Reservation r -> Rule.R8_POSITION_VOCABULARY;
            case Support s -> Rule.R8_POSITION_VOCABULARY;
            case Abstain a -> Rule.R8_POSITION_VOCABULARY;
            case Silent s -> Rule.R8_POSITION_VOCABULARY;
            case Unknown u -> Rule.R8_POSITION_VOCABULARY;
        };
    }
}
