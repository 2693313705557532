package org.concord.procedure.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.concord.shared.Iso3;

/**
 * Something that happened to a decision item: immutable, past tense, appended in time order (R13). Every event names
 * its item, its actor and its time; those that a rule shapes cite it. Events are plain records (strings, numbers,
 * instants, enums, lists, nested records; nullable fields say so) so that they serialise to JSON as they are.
 */
public sealed interface ProcedureEvent {
    ItemId item();

    Actor actor();

    Instant at();

    /** The stable type name {@code event} is journaled under (schema version 1 for every procedure event so far). */
    static String type(ProcedureEvent event) {
        return switch (event) {
            case ItemRaised e -> ItemRaised.TYPE;
            case ItemDrafted e -> ItemDrafted.TYPE;
            case DraftRaised e -> DraftRaised.TYPE;
            case SubjectRevised e -> SubjectRevised.TYPE;
            case ItemReopened e -> ItemReopened.TYPE;
            case TextVersionAdded e -> TextVersionAdded.TYPE;
            case PositionRecorded e -> PositionRecorded.TYPE;
            case FootnoteWithdrawn e -> FootnoteWithdrawn.TYPE;
            case MemberExcluded e -> MemberExcluded.TYPE;
            case SilenceOpened e -> SilenceOpened.TYPE;
            case SilenceDeadlineChanged e -> SilenceDeadlineChanged.TYPE;
            case SilenceBroken e -> SilenceBroken.TYPE;
            case LateSilenceBreakLogged e -> LateSilenceBreakLogged.TYPE;
            case SilenceCancelled e -> SilenceCancelled.TYPE;
            case SilenceClosed e -> SilenceClosed.TYPE;
            case ItemAdopted e -> ItemAdopted.TYPE;
            case ItemMovedToBody e -> ItemMovedToBody.TYPE;
            case ItemWithdrawn e -> ItemWithdrawn.TYPE;
            case ItemSealed e -> ItemSealed.TYPE;
        };
    }

    /** Every procedure event's type name, in declaration order. */
    java.util.List<String> TYPES = java.util.List.of(ItemRaised.TYPE, ItemReopened.TYPE, TextVersionAdded.TYPE, PositionRecorded.TYPE, FootnoteWithdrawn.TYPE, MemberExcluded.TYPE, SilenceOpened.TYPE, SilenceDeadlineChanged.TYPE, SilenceBroken.TYPE, LateSilenceBreakLogged.TYPE, SilenceCancelled.TYPE, SilenceClosed.TYPE, ItemAdopted.TYPE, ItemMovedToBody.TYPE, ItemWithdrawn.TYPE, ItemSealed.TYPE, ItemDrafted.TYPE, DraftRaised.TYPE, SubjectRevised.TYPE);

    /** The first event of an item. */
    record ItemRaised(ItemId item, Actor actor, Instant at, ProcedureConfig config, BodyId body, Level level,
                      Proposer proposer, String subject, Effect effect, TextVersion text) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "ItemRaised";

        public ItemRaised {
            Events.common(item, actor, at);
            Events.opening(config, body, level, proposer, subject, effect, text);
        }
    }

    /**
     * The first event of an item prepared as a draft for the chair (e.g. by a reset of the portfolio): status DRAFT
     * until {@link DraftRaised}. {@code basis} says what prepared it.
     */
    record ItemDrafted(ItemId item, Actor actor, Instant at, ProcedureConfig config, BodyId body, Level level,
                       Proposer proposer, String subject, Effect effect, TextVersion text, String basis) implements ProcedureEvent {
        public static final String TYPE = "ItemDrafted";

        public ItemDrafted {
            Events.common(item, actor, at);
            Events.opening(config, body, level, proposer, subject, effect, text);
            Slugs.text("basis", basis);
        }
    }

    /** The chair raised a draft: it is OPEN from now on and takes positions. */
    record DraftRaised(ItemId item, Actor actor, Instant at, Rule rule) implements ProcedureEvent {
        public static final String TYPE = "DraftRaised";

        public DraftRaised {
            Events.common(item, actor, at);
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** The first event of an item that reopens a sealed one (R13); {@code reopenedFrom} is the sealed item. */
    record ItemReopened(ItemId item, Actor actor, Instant at, ItemId reopenedFrom, ProcedureConfig config, BodyId body,
                        Level level, Proposer proposer, String subject, Effect effect, TextVersion text, Rule rule)
            implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "ItemReopened";

        public ItemReopened {
            Events.common(item, actor, at);
            Objects.requireNonNull(reopenedFrom, "reopenedFrom");
            if (reopenedFrom.equals(item)) throw new IllegalArgumentException("item " + item + " cannot reopen itself");
            Events.opening(config, body, level, proposer, subject, effect, text);
            Objects.requireNonNull(rule, "rule");
        }
    }

    record TextVersionAdded(ItemId item, Actor actor, Instant at, TextVersion version) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "TextVersionAdded";

        public TextVersionAdded {
            Events.common(item, actor, at);
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * The item's subject line was revised (by the chair or the proposer, or by Concord correcting data it loaded); the
     * text versions are untouched, so a running silence procedure goes on.
     */
    record SubjectRevised(ItemId item, Actor actor, Instant at, String previousSubject, String subject, String reason)
            implements ProcedureEvent {
        public static final String TYPE = "SubjectRevised";

        public SubjectRevised {
            Events.common(item, actor, at);
            Slugs.text("previous subject", previousSubject);
            Slugs.text("subject", subject);
            Slugs.text("reason", reason);
            if (subject.equals(previousSubject)) throw new IllegalArgumentException("subject '" + subject + "' is unchanged");
        }
    }

    /** A member's standing position changed; {@code textVersion} is the version current at that time. */
    record PositionRecorded(ItemId item, Actor actor, Instant at, Iso3 member, Position position, OfficialAct act,
                            int textVersion, Rule rule) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "PositionRecorded";

        public PositionRecorded {
            Events.common(item, actor, at);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(act, "act");
            Events.positive("text version", textVersion);
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** A member withdrew its footnote before adoption (R4); its position becomes plain SUPPORT. */
    record FootnoteWithdrawn(ItemId item, Actor actor, Instant at, Iso3 member, OfficialAct act, Rule rule)
            implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "FootnoteWithdrawn";

        public FootnoteWithdrawn {
            Events.common(item, actor, at);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(act, "act");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** Consensus-minus-one (R2): {@code member} leaves the item's required set, on the stated basis. */
    record MemberExcluded(ItemId item, Actor actor, Instant at, Iso3 member, String basis, Rule rule)
            implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "MemberExcluded";

        public MemberExcluded {
            Events.common(item, actor, at);
            Objects.requireNonNull(member, "member");
            Slugs.text("basis of exclusion", basis);
            Objects.requireNonNull(rule, "rule");
        }
    }

    record SilenceOpened(ItemId item, Actor actor, Instant at, int silence, int textVersion, Instant deadline, Rule rule)
            implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "SilenceOpened";

        public SilenceOpened {
            Events.common(item, actor, at);
            Events.positive("silence procedure number", silence);
            Events.positive("text version", textVersion);
            Events.after("deadline", deadline, at);
            Objects.requireNonNull(rule, "rule");
        }
    }

    record SilenceDeadlineChanged(ItemId item, Actor actor, Instant at, int silence, Instant previousDeadline,
                                  Instant deadline, Rule rule) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "SilenceDeadlineChanged";

        public SilenceDeadlineChanged {
            Events.common(item, actor, at);
            Events.positive("silence procedure number", silence);
            Objects.requireNonNull(previousDeadline, "previousDeadline");
            Events.after("deadline", deadline, at);
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** A member broke silence before the deadline by a formal, attributable act (R3c). */
    record SilenceBroken(ItemId item, Actor actor, Instant at, int silence, Iso3 member, OfficialAct act, Rule rule)
            implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "SilenceBroken";

        public SilenceBroken {
            Events.common(item, actor, at);
            Events.positive("silence procedure number", silence);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(act, "act");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** A break received at or after the deadline (R3e): logged, with no effect on the item, not even on its clock. */
    record LateSilenceBreakLogged(ItemId item, Actor actor, Instant at, int silence, Instant deadline, Iso3 member,
                                  OfficialAct act, Rule rule) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "LateSilenceBreakLogged";

        public LateSilenceBreakLogged {
            Events.common(item, actor, at);
            Events.positive("silence procedure number", silence);
            Objects.requireNonNull(deadline, "deadline");
            if (at.isBefore(deadline))
                throw new IllegalArgumentException("a late break at " + at + " must not be before the deadline " + deadline);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(act, "act");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** The running silence procedure ended before its deadline: a new text version (R3f) or the item's withdrawal. */
    record SilenceCancelled(ItemId item, Actor actor, Instant at, int silence, Rule rule, String reason)
            implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "SilenceCancelled";

        public SilenceCancelled {
            Events.common(item, actor, at);
            Events.positive("silence procedure number", silence);
            Objects.requireNonNull(rule, "rule");
            Slugs.text("reason", reason);
        }
    }

    /**
     * The silence procedure closed at its deadline, exactly once (R3d). ADOPTED is followed by {@link ItemAdopted};
     * BROKEN lists the breakers; NOT_ADOPTED (no break, but R6 failed) cites the rule and the reason.
     */
    record SilenceClosed(ItemId item, Actor actor, Instant at, int silence, Instant deadline, SilencePhase outcome,
                         List<Iso3> breakers, Rule rule, String reason) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "SilenceClosed";

        public SilenceClosed {
            Events.common(item, actor, at);
            Events.positive("silence procedure number", silence);
            Objects.requireNonNull(deadline, "deadline");
            if (at.isBefore(deadline))
                throw new IllegalArgumentException("silence closed at " + at + " before its deadline " + deadline);
            Objects.requireNonNull(outcome, "outcome");
            if (outcome == SilencePhase.RUNNING || outcome == SilencePhase.CANCELLED)
                throw new IllegalArgumentException("a silence procedure does not close as " + outcome);
            breakers = List.copyOf(Objects.requireNonNull(breakers, "breakers"));
            if ((outcome == SilencePhase.BROKEN) == breakers.isEmpty())
                throw new IllegalArgumentException("outcome " + outcome + " does not fit breakers " + breakers);
            Objects.requireNonNull(rule, "rule");
            Slugs.text("reason", reason);
        }
    }

    /** The item was adopted; the decision carries its effect, footnotes and exemptions. */
    record ItemAdopted(ItemId item, Actor actor, Instant at, AdoptedDecision decision, Rule rule)
            implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "ItemAdopted";

        public ItemAdopted {
            Events.common(item, actor, at);
            Objects.requireNonNull(decision, "decision");
            if (!decision.item().equals(item))
                throw new IllegalArgumentException("decision for " + decision.item() + " adopted on item " + item);
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** The item moved to another body and/or level (R12); its history stays with it. */
    record ItemMovedToBody(ItemId item, Actor actor, Instant at, BodyId from, BodyId to, Level fromLevel, Level toLevel,
                           String reason, Rule rule) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "ItemMovedToBody";

        public ItemMovedToBody {
            Events.common(item, actor, at);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(fromLevel, "fromLevel");
            Objects.requireNonNull(toLevel, "toLevel");
            Slugs.text("reason", reason);
            Objects.requireNonNull(rule, "rule");
        }
    }

    record ItemWithdrawn(ItemId item, Actor actor, Instant at, String reason, Rule rule) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "ItemWithdrawn";

        public ItemWithdrawn {
            Events.common(item, actor, at);
            Slugs.text("reason", reason);
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** The item is decided and sealed (R13): it accepts no further command. */
    record ItemSealed(ItemId item, Actor actor, Instant at, Rule rule) implements ProcedureEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "ItemSealed";

        public ItemSealed {
            Events.common(item, actor, at);
            Objects.requireNonNull(rule, "rule");
        }
    }
}
