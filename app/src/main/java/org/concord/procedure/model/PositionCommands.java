package org.concord.procedure.model;

import static org.concord.procedure.model.Guards.actor;
import static org.concord.procedure.model.Guards.refuse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.procedure.model.ProcedureEvent.FootnoteWithdrawn;
import org.concord.procedure.model.ProcedureEvent.PositionRecorded;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;

/** Recording official positions (R4-R9). */
final class PositionCommands {
    private PositionCommands() {}

    static Decision record(DecisionItem item, Iso3 member, Position position, OfficialAct act, Principal by,
                           Membership membership, Instant now) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(act, "act");
        Optional<Refused> why = Guards.live(item, now).or(() -> Guards.raised(item, "takes positions"))
                .or(() -> Guards.speaksFor(by, member))
                .or(() -> officialForm(act))
                .or(() -> Guards.inRequiredSet(item, membership, member, now))
                .or(() -> vocabulary(item.config(), position, act))
                .or(() -> underSilence(item, position));
        if (why.isPresent()) return why.get();
        return new Accepted(List.of(new PositionRecorded(item.id(), actor(by), now, member, position, act,
                item.currentText().number(), position.rule())));
    }

    static Decision withdrawFootnote(DecisionItem item, Iso3 member, OfficialAct act, Principal by,
                                     Membership membership, Instant now) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(act, "act");
        Optional<Refused> why = Guards.live(item, now).or(() -> Guards.raised(item, "takes positions"))
                .or(() -> Guards.speaksFor(by, member))
                .or(() -> officialForm(act))
                .or(() -> Guards.inRequiredSet(item, membership, member, now))
                .or(() -> item.positionOf(member) instanceof Position.SupportWithStatement ? Optional.empty()
                        : Optional.of(refuse(Rule.R4_FOOTNOTES_DO_NOT_BLOCK, member + " has no standing footnote to withdraw; "
                        + "its position is " + item.positionOf(member).kind())));
        if (why.isPresent()) return why.get();
        return new Accepted(List.of(new FootnoteWithdrawn(item.id(), actor(by), now, member, act,
                Rule.R4_FOOTNOTES_DO_NOT_BLOCK)));
    }

    /** A tacit act is the procedure's own record of a lapse (R5); no one makes it. */
    private static Optional<Refused> officialForm(OfficialAct act) {
        if (act.form() != ActForm.TACIT_AT_SILENCE_DEADLINE) return Optional.empty();
        return Optional.of(refuse(Rule.R9_OFFICIAL_ACTS_ONLY,
                "a tacit act is recorded only by the procedure at a silence deadline, not submitted"));
    }

    private static Optional<Refused> vocabulary(ProcedureConfig config, Position position, OfficialAct act) {
        return switch (position) {
            case Position.Unknown u -> Optional.of(refuse(Rule.R8_POSITION_VOCABULARY,
                    "UNKNOWN is the absence of a position and cannot be recorded"));
            case Position.Abstain a -> config.recordsAbstentions() ? Optional.empty()
                    : Optional.of(refuse(Rule.R8_POSITION_VOCABULARY, config.name()
                    + " does not formally record abstentions; record SILENT, SUPPORT or an OBJECTION"));
            case Position.QualifiedAbstain q -> {
                if (!config.constructiveAbstention())
                    yield Optional.of(refuse(Rule.R6_CONSTRUCTIVE_ABSTENTION,
                            "QUALIFIED_ABSTAIN exists only in EU mode; " + config.name() + " has no constructive abstention"));
                if (act.form() != ActForm.DECLARATION)
                    yield Optional.of(refuse(Rule.R6_CONSTRUCTIVE_ABSTENTION,
                            "a qualified abstention is a formal declaration, not " + org.concord.shared.English.withArticle(act.form())));
                yield Optional.empty();
            }
            case Position.Objection o -> Optional.empty();
            case Position.Reservation r -> Optional.empty();
            case Position.AdReferendum r -> Optional.empty();
            case Position.Support s -> Optional.empty();
            case Position.SupportWithStatement s -> Optional.empty();
            case Position.NonParticipating n -> Optional.empty();
            case Position.Silent s -> Optional.empty();
        };
    }

    /** Under silence a member stays silent, lifts a pending position, or breaks silence; it opens no new obstacle. */
    private static Optional<Refused> underSilence(DecisionItem item, Position position) {
        Optional<SilenceProcedure> running = item.runningSilence();
        if (running.isEmpty()) return Optional.empty();
        int number = running.get().number();
        if (position.blocksAt(item.level()))
            return Optional.of(refuse(Rule.R3C_BREAK_BY_FORMAL_ACT, "under silence procedure " + number
                    + " an objection is made by breaking silence with a letter or note"));
        if (position.pending())
            return Optional.of(refuse(Rule.R3C_BREAK_BY_FORMAL_ACT, "under silence procedure " + number + " a new "
                    + position.kind() + " would lapse at the deadline; break silence or stay silent"));
        return Optional.empty();
    }
}
