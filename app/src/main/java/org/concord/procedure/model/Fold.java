package org.concord.procedure.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.procedure.model.ProcedureEvent.FootnoteWithdrawn;
import org.concord.procedure.model.ProcedureEvent.ItemAdopted;
import org.concord.procedure.model.ProcedureEvent.ItemMovedToBody;
import org.concord.procedure.model.ProcedureEvent.ItemRaised;
import org.concord.procedure.model.ProcedureEvent.ItemReopened;
import org.concord.procedure.model.ProcedureEvent.ItemSealed;
import org.concord.procedure.model.ProcedureEvent.ItemWithdrawn;
import org.concord.procedure.model.ProcedureEvent.LateSilenceBreakLogged;
import org.concord.procedure.model.ProcedureEvent.MemberExcluded;
import org.concord.procedure.model.ProcedureEvent.PositionRecorded;
import org.concord.procedure.model.ProcedureEvent.SilenceBroken;
import org.concord.procedure.model.ProcedureEvent.SilenceCancelled;
import org.concord.procedure.model.ProcedureEvent.SilenceClosed;
import org.concord.procedure.model.ProcedureEvent.SilenceDeadlineChanged;
import org.concord.procedure.model.ProcedureEvent.SilenceOpened;
import org.concord.procedure.model.ProcedureEvent.TextVersionAdded;
import org.concord.shared.Iso3;

/** Folds events into item states. An event that does not fit the state is a broken stream: an exception. */
final class Fold {
    private Fold() {}

    static DecisionItem start(ProcedureEvent first) {
        if (first instanceof ItemRaised e)
            return new DecisionItem(e.item(), e.config(), e.body(), e.level(), e.proposer(), e.subject(), e.effect(),
                    List.of(e.text()), ItemStatus.OPEN, List.of(), List.of(), List.of(), false, Optional.empty(),
                    Optional.empty(), e.at(), e.at());
        if (first instanceof ProcedureEvent.ItemDrafted e)
            return new DecisionItem(e.item(), e.config(), e.body(), e.level(), e.proposer(), e.subject(), e.effect(),
                    List.of(e.text()), ItemStatus.DRAFT, List.of(), List.of(), List.of(), false, Optional.empty(),
                    Optional.empty(), e.at(), e.at());
        if (first instanceof ItemReopened e)
            return new DecisionItem(e.item(), e.config(), e.body(), e.level(), e.proposer(), e.subject(), e.effect(),
                    List.of(e.text()), ItemStatus.OPEN, List.of(), List.of(), List.of(), false,
                    Optional.of(e.reopenedFrom()), Optional.empty(), e.at(), e.at());
        throw new IllegalArgumentException("an item's history starts with ItemRaised, ItemDrafted or ItemReopened, not "
                + first.getClass().getSimpleName());
    }

    static DecisionItem apply(DecisionItem item, ProcedureEvent event) {
        if (!event.item().equals(item.id()))
            throw new IllegalStateException("event for item " + event.item() + " applied to item " + item.id());
        if (event instanceof LateSilenceBreakLogged) return item;
        if (item.sealed())
            throw new IllegalStateException("item " + item.id() + " is sealed; " + event.getClass().getSimpleName() + " cannot apply");
        Next n = new Next(item, event.at());
        switch (event) {
            case ItemRaised e -> throw new IllegalStateException("item " + item.id() + " was already raised");
            case ItemReopened e -> throw new IllegalStateException("item " + item.id() + " was already raised");
            case ProcedureEvent.ItemDrafted e -> throw new IllegalStateException("item " + item.id() + " was already raised");
            case ProcedureEvent.DraftRaised e -> {
                if (item.status() != ItemStatus.DRAFT) throw new IllegalStateException("item " + item.id() + " is " + item.status() + ", not a draft");
                n.status = ItemStatus.OPEN;
            }
            case TextVersionAdded e -> {
                if (e.version().number() != item.texts().size() + 1)
                    throw new IllegalStateException("text version " + e.version().number() + " follows version " + item.texts().size());
                n.texts.add(e.version());
            }
            case PositionRecorded e -> n.positions.add(new PositionEntry(e.member(), e.position(), e.act(), e.actor(),
                    e.at(), e.textVersion(), e.rule()));
            case FootnoteWithdrawn e -> n.positions.add(new PositionEntry(e.member(), new Position.Support(), e.act(),
                    e.actor(), e.at(), item.currentText().number(), e.rule()));
            case MemberExcluded e -> {
                n.excluded.add(e.member());
                n.excluded.sort(null);
            }
            case SilenceOpened e -> {
                if (e.silence() != item.silences().size() + 1 || item.runningSilence().isPresent())
                    throw new IllegalStateException("silence procedure " + e.silence() + " cannot open after " + item.silences().size());
                n.silences.add(new SilenceProcedure(e.silence(), e.textVersion(), e.at(), e.deadline(), List.of(), SilencePhase.RUNNING));
                n.status = ItemStatus.UNDER_SILENCE;
            }
            case SilenceDeadlineChanged e -> n.replaceRunning(e.silence(), s -> s.withDeadline(e.deadline()));
            case SilenceBroken e -> n.replaceRunning(e.silence(), s -> s.withBreaker(e.member()));
            case LateSilenceBreakLogged e -> throw new IllegalStateException("unreachable: late breaks change nothing");
            case SilenceCancelled e -> {
                n.replaceRunning(e.silence(), s -> s.ended(SilencePhase.CANCELLED));
                n.status = ItemStatus.OPEN;
            }
            case SilenceClosed e -> {
                n.replaceRunning(e.silence(), s -> s.ended(e.outcome()));
                n.status = e.outcome() == SilencePhase.ADOPTED ? ItemStatus.ADOPTED : ItemStatus.SILENCE_BROKEN;
            }
            case ItemAdopted e -> {
                n.status = ItemStatus.ADOPTED;
                n.adoption = Optional.of(e.decision());
            }
            case ItemMovedToBody e -> {
                n.body = e.to();
                n.level = e.toLevel();
            }
            case ItemWithdrawn e -> n.status = ItemStatus.WITHDRAWN;
            case ItemSealed e -> n.sealed = true;
        }
        return n.build();
    }

    /** The mutable draft of the next state; only this class sees it. */
    private static final class Next {
        private final DecisionItem from;
        private final Instant at;
        BodyId body;
        Level level;
        final List<TextVersion> texts;
        ItemStatus status;
        final List<PositionEntry> positions;
        final List<SilenceProcedure> silences;
        final List<Iso3> excluded;
        boolean sealed;
        Optional<AdoptedDecision> adoption;

        Next(DecisionItem from, Instant at) {
            this.from = from;
            this.at = at;
            body = from.body();
            level = from.level();
            texts = new ArrayList<>(from.texts());
            status = from.status();
            positions = new ArrayList<>(from.positions());
            silences = new ArrayList<>(from.silences());
            excluded = new ArrayList<>(from.excluded());
            sealed = from.sealed();
            adoption = from.adoption();
        }

        void replaceRunning(int number, java.util.function.UnaryOperator<SilenceProcedure> change) {
            SilenceProcedure running = from.runningSilence().orElseThrow(
                    () -> new IllegalStateException("no silence procedure runs on item " + from.id()));
            if (running.number() != number)
                throw new IllegalStateException("silence procedure " + number + " is not the running one (" + running.number() + ")");
            silences.set(silences.size() - 1, change.apply(running));
        }

        DecisionItem build() {
            return new DecisionItem(from.id(), from.config(), body, level, from.proposer(), from.subject(),
                    from.effect(), texts, status, positions, silences, excluded, sealed, from.reopenedFrom(), adoption,
                    from.raisedAt(), at);
        }
    }
}
