package org.concord.procedure.model;

import static org.concord.procedure.model.Guards.actor;
import static org.concord.procedure.model.Guards.refuse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.procedure.model.ProcedureEvent.ItemAdopted;
import org.concord.procedure.model.ProcedureEvent.ItemSealed;
import org.concord.procedure.model.ProcedureEvent.LateSilenceBreakLogged;
import org.concord.procedure.model.ProcedureEvent.PositionRecorded;
import org.concord.procedure.model.ProcedureEvent.SilenceBroken;
import org.concord.procedure.model.ProcedureEvent.SilenceClosed;
import org.concord.procedure.model.ProcedureEvent.SilenceDeadlineChanged;
import org.concord.procedure.model.ProcedureEvent.SilenceOpened;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;

/** The silence procedure (R3) and the lapse of pending positions at its deadline (R5). */
final class SilenceCommands {
    private SilenceCommands() {}

    static Decision open(DecisionItem item, int textVersion, Instant deadline, Principal by, Membership membership,
                         Instant now) {
        Objects.requireNonNull(deadline, "deadline");
        Optional<Refused> why = Guards.live(item, now).or(() -> Guards.raised(item, "goes under silence"))
                .or(() -> Guards.chair(by, Rule.R3A_CHAIR_OPENS_SILENCE, "opens a silence procedure"))
                .or(() -> item.runningSilence().map(s -> refuse(Rule.R3A_CHAIR_OPENS_SILENCE,
                        "silence procedure " + s.number() + " already runs until " + s.deadline())))
                .or(() -> textVersion == item.currentText().number() ? Optional.empty()
                        : Optional.of(refuse(Rule.R3A_CHAIR_OPENS_SILENCE, "silence runs on the current text version "
                        + item.currentText().number() + ", not on version " + textVersion)))
                .or(() -> deadline.isAfter(now) ? Optional.empty()
                        : Optional.of(refuse(Rule.R3A_CHAIR_OPENS_SILENCE, "deadline " + deadline + " must be after " + now)))
                .or(() -> openingConsensus(item, membership, now));
        if (why.isPresent()) return why.get();
        Rule rule = item.config().silenceOpeningNeedsConsensus()
                ? Rule.R3B_OPENING_SILENCE_NEEDS_CONSENSUS : Rule.R3A_CHAIR_OPENS_SILENCE;
        return new Accepted(List.of(new SilenceOpened(item.id(), actor(by), now, item.silences().size() + 1,
                textVersion, deadline, rule)));
    }

    static Decision changeDeadline(DecisionItem item, Instant deadline, Principal by, Instant now) {
        Objects.requireNonNull(deadline, "deadline");
        Optional<Refused> why = Guards.live(item, now)
                .or(() -> Guards.chair(by, Rule.R3A_CHAIR_OPENS_SILENCE, "sets a silence deadline"))
                .or(() -> item.runningSilence().isPresent() ? Optional.empty()
                        : Optional.of(refuse(Rule.R3A_CHAIR_OPENS_SILENCE, "no silence procedure runs on " + item.id())))
                .or(() -> item.runningSilence().filter(s -> !now.isBefore(s.deadline())).map(s -> refuse(
                        Rule.R3D_OUTCOME_AT_DEADLINE, "deadline " + s.deadline() + " has passed; the procedure is to be closed")))
                .or(() -> deadline.isAfter(now) ? Optional.empty()
                        : Optional.of(refuse(Rule.R3A_CHAIR_OPENS_SILENCE, "deadline " + deadline + " must be after " + now)));
        if (why.isPresent()) return why.get();
        SilenceProcedure running = item.runningSilence().orElseThrow();
        return new Accepted(List.of(new SilenceDeadlineChanged(item.id(), actor(by), now, running.number(),
                running.deadline(), deadline, Rule.R3A_CHAIR_OPENS_SILENCE)));
    }

    static Decision breakSilence(DecisionItem item, Iso3 member, OfficialAct act, Principal by, Membership membership,
                                 Instant now) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(act, "act");
        Optional<Refused> why = Guards.inTimeOrder(item, now).or(() -> Guards.raised(item, "takes a silence break"))
                .or(() -> Guards.speaksFor(by, member))
                .or(() -> act.breaksSilence() ? Optional.empty() : Optional.of(refuse(Rule.R3C_BREAK_BY_FORMAL_ACT,
                        "silence is broken only by a letter or note with a reference, not by " + act.form()
                                + (act.reference() == null ? " without a reference" : ""))))
                .or(() -> Guards.inRequiredSet(item, membership, member, now));
        if (why.isPresent()) return why.get();
        Optional<SilenceProcedure> last = item.lastSilence();
        // R3(e) before R13: a late letter is logged even when the procedure already sealed the item.
        if (last.isPresent() && !now.isBefore(last.get().deadline()))
            return new Accepted(List.of(new LateSilenceBreakLogged(item.id(), actor(by), now, last.get().number(),
                    last.get().deadline(), member, act, Rule.R3E_LATE_BREAK_LOGGED)));
        why = Guards.live(item, now);
        if (why.isPresent()) return why.get();
        if (last.isEmpty() || !last.get().running())
            return refuse(Rule.R3C_BREAK_BY_FORMAL_ACT, last.map(s -> "silence procedure " + s.number() + " is "
                    + s.phase()).orElse("no silence procedure was opened on " + item.id()) + "; there is no silence to break");
        return new Accepted(List.of(
                new SilenceBroken(item.id(), actor(by), now, last.get().number(), member, act, Rule.R3C_BREAK_BY_FORMAL_ACT),
                new PositionRecorded(item.id(), actor(by), now, member, Position.Objection.atEveryLevel(), act,
                        item.currentText().number(), Rule.R3C_BREAK_BY_FORMAL_ACT)));
    }

    static Decision close(DecisionItem item, int number, Principal by, Membership membership, Instant now) {
        Objects.requireNonNull(now, "now");
        Optional<Refused> why = Guards.live(item, now)
                .or(() -> by.role() == Role.CHAIR || by.role() == Role.SYSTEM ? Optional.empty()
                        : Optional.of(refuse(Rule.CHAIR_CONDUCTS_PROCEEDINGS, "only the chair or the system scheduler "
                        + "closes a silence procedure; " + by.describe() + " is neither")))
                .or(() -> running(item, number))
                .or(() -> item.runningSilence().filter(s -> now.isBefore(s.deadline())).map(s -> refuse(
                        Rule.R3D_OUTCOME_AT_DEADLINE, "silence procedure " + number + " runs until " + s.deadline()
                                + "; it cannot close at " + now)));
        if (why.isPresent()) return why.get();
        SilenceProcedure running = item.runningSilence().orElseThrow();
        LocalDate date = Guards.dateOf(running.deadline());
        Set<Iso3> required = Guards.requiredSet(item, membership, date);
        List<Iso3> breakers = breakers(item, running, required);
        if (!breakers.isEmpty())
            return new Accepted(List.of(closed(item, by, now, running, SilencePhase.BROKEN, breakers,
                    Rule.R3D_OUTCOME_AT_DEADLINE, "silence broken by " + Guards.list(breakers))));
        List<ProcedureEvent> events = new ArrayList<>(lapses(item, running, required, by, now));
        DecisionItem lapsed = item.applyAll(events);
        return switch (ConsensusCheck.evaluate(lapsed, required, membership, date)) {
            case Consensus.NotReached no -> new Accepted(List.of(closed(item, by, now, running, SilencePhase.NOT_ADOPTED,
                    List.of(), no.rule(), "no break, but no consensus: " + no.reason())));
            case Consensus.Reached yes -> {
                AdoptedDecision decision = AdoptedDecision.of(lapsed, required, running.deadline(), Rule.R3D_OUTCOME_AT_DEADLINE);
                events.add(closed(item, by, now, running, SilencePhase.ADOPTED, List.of(), Rule.R3D_OUTCOME_AT_DEADLINE,
                        "no break by the deadline " + running.deadline()));
                events.add(new ItemAdopted(item.id(), actor(by), now, decision, Rule.R3D_OUTCOME_AT_DEADLINE));
                events.add(new ItemSealed(item.id(), actor(by), now, Rule.R13_SEALED_AND_APPEND_ONLY));
                yield new Accepted(events);
            }
        };
    }

    /** R3(b): where configured, a standing objection at the item's level is an objection to opening silence. */
    private static Optional<Refused> openingConsensus(DecisionItem item, Membership membership, Instant now) {
        if (!item.config().silenceOpeningNeedsConsensus()) return Optional.empty();
        List<Iso3> objectors = objectors(item, item.requiredSetAt(membership, now));
        if (objectors.isEmpty()) return Optional.empty();
        return Optional.of(refuse(Rule.R3B_OPENING_SILENCE_NEEDS_CONSENSUS, "opening silence needs consensus; "
                + Guards.list(objectors) + " object at " + item.level() + " level"));
    }

    /** Exactly once: only the running procedure, by its number, closes. */
    private static Optional<Refused> running(DecisionItem item, int number) {
        Optional<SilenceProcedure> running = item.runningSilence();
        if (running.isPresent() && running.get().number() == number) return Optional.empty();
        String state = item.silences().stream().filter(s -> s.number() == number).findFirst()
                .map(s -> "already ended: " + s.phase()).orElse("unknown on this item");
        return Optional.of(refuse(Rule.R3D_OUTCOME_AT_DEADLINE, "silence procedure " + number + " is " + state));
    }

    /** Members that broke silence, and (NATO) members whose objection at the item's level still stands: a standing
     *  objection is itself a formal act received before the deadline. Only the required set at the deadline counts. */
    private static List<Iso3> breakers(DecisionItem item, SilenceProcedure running, Set<Iso3> required) {
        Set<Iso3> breakers = new TreeSet<>(running.breakers());
        breakers.addAll(objectors(item, required));
        breakers.retainAll(required);
        return List.copyOf(breakers);
    }

    private static List<Iso3> objectors(DecisionItem item, Set<Iso3> required) {
        return item.standingPositions().values().stream()
                .filter(p -> required.contains(p.member()) && p.position().blocksAt(item.level()))
                .map(PositionEntry::member).sorted().toList();
    }

    /** R5: pending positions of members that stayed silent until the deadline lapse. */
    private static List<ProcedureEvent> lapses(DecisionItem item, SilenceProcedure running, Set<Iso3> required,
                                               Principal by, Instant now) {
        OfficialAct tacit = new OfficialAct(ActForm.TACIT_AT_SILENCE_DEADLINE, "silence procedure " + running.number());
        List<ProcedureEvent> lapses = new ArrayList<>();
        item.standingPositions().values().stream()
                .filter(p -> required.contains(p.member()) && p.position().pending())
                .forEach(p -> lapses.add(new PositionRecorded(item.id(), actor(by), now, p.member(), new Position.Silent(),
                        tacit, item.currentText().number(), p.position() instanceof Position.AdReferendum
                        ? Rule.R5_AD_REFERENDUM : Rule.R3D_OUTCOME_AT_DEADLINE)));
        return lapses;
    }

    private static SilenceClosed closed(DecisionItem item, Principal by, Instant now, SilenceProcedure running,
                                        SilencePhase outcome, List<Iso3> breakers, Rule rule, String reason) {
        return new SilenceClosed(item.id(), actor(by), now, running.number(), running.deadline(), outcome, breakers,
                rule, reason);
    }
}
