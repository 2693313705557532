package org.concord.procedure.model;

import static org.concord.procedure.model.Guards.actor;
import static org.concord.procedure.model.Guards.refuse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.procedure.model.ProcedureEvent.ItemAdopted;
import org.concord.procedure.model.ProcedureEvent.ItemMovedToBody;
import org.concord.procedure.model.ProcedureEvent.ItemRaised;
import org.concord.procedure.model.ProcedureEvent.ItemReopened;
import org.concord.procedure.model.ProcedureEvent.ItemSealed;
import org.concord.procedure.model.ProcedureEvent.ItemWithdrawn;
import org.concord.procedure.model.ProcedureEvent.MemberExcluded;
import org.concord.procedure.model.ProcedureEvent.SilenceCancelled;
import org.concord.procedure.model.ProcedureEvent.TextVersionAdded;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;

/** The item's life apart from positions and silence: raising, texts, adoption, forum, exclusion, withdrawal, reopening. */
final class ItemCommands {
    private ItemCommands() {}

    static Decision raise(ProcedureConfig config, ItemDraft draft, Principal by, Membership membership, Instant now) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(now, "now");
        Optional<Refused> why = proposes(draft.proposer(), by, draft.body(), membership, now)
                .or(() -> invitationFits(draft.effect(), draft.level(), draft.body(), membership, now));
        if (why.isPresent()) return why.get();
        return new Accepted(List.of(new ItemRaised(draft.id(), actor(by), now, config, draft.body(), draft.level(),
                draft.proposer(), draft.subject(), draft.effect(), new TextVersion(1, draft.text()))));
    }

    /** Prepares a draft (the chair, or Concord itself): like {@link #raise}, but DRAFT until the chair raises it. */
    static Decision draft(ProcedureConfig config, ItemDraft draft, String basis, Principal by, Membership membership, Instant now) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(now, "now");
        Optional<Refused> why = (by.role() == Role.SYSTEM ? Optional.<Refused>empty()
                : Guards.chair(by, Rule.CHAIR_CONDUCTS_PROCEEDINGS, "prepares draft items"))
                .or(() -> proposes(draft.proposer(), by, draft.body(), membership, now))
                .or(() -> invitationFits(draft.effect(), draft.level(), draft.body(), membership, now));
        if (why.isPresent()) return why.get();
        return new Accepted(List.of(new ProcedureEvent.ItemDrafted(draft.id(), actor(by), now, config, draft.body(), draft.level(),
                draft.proposer(), draft.subject(), draft.effect(), new TextVersion(1, draft.text()), basis)));
    }

    /** The chair raises a draft: it is OPEN and before the body from {@code now}. */
    static Decision raiseDraft(DecisionItem item, Principal by, Instant now) {
        Optional<Refused> why = Guards.live(item, now)
                .or(() -> Guards.chair(by, Rule.CHAIR_CONDUCTS_PROCEEDINGS, "raises a draft"))
                .or(() -> item.status() == ItemStatus.DRAFT ? Optional.empty()
                        : Optional.of(refuse(Rule.DRAFTS_ARE_NOT_RAISED, "item " + item.id() + " is " + item.status() + ", not a draft")));
        if (why.isPresent()) return why.get();
        return new Accepted(List.of(new ProcedureEvent.DraftRaised(item.id(), actor(by), now, Rule.DRAFTS_ARE_NOT_RAISED)));
    }

    static Decision addTextVersion(DecisionItem item, String text, Principal by, Instant now) {
        Slugs.text("text", text);
        Optional<Refused> why = Guards.live(item, now).or(() -> Guards.ownsItem(item, by, "revises the text of"));
        if (why.isPresent()) return why.get();
        TextVersion next = new TextVersion(item.currentText().number() + 1, text);
        List<ProcedureEvent> events = new ArrayList<>();
        item.runningSilence().ifPresent(s -> events.add(new SilenceCancelled(item.id(), actor(by), now, s.number(),
                Rule.R3F_NEW_TEXT_CANCELS_SILENCE, "text version " + next.number() + " replaces version "
                + s.textVersion() + " that silence procedure " + s.number() + " ran on")));
        events.add(new TextVersionAdded(item.id(), actor(by), now, next));
        return new Accepted(events);
    }

    static Decision excludeMember(DecisionItem item, Iso3 member, String basis, Principal by, Membership membership,
                                  Instant now) {
        Objects.requireNonNull(member, "member");
        Slugs.text("basis of exclusion", basis);
        Optional<Refused> why = Guards.live(item, now).or(() -> Guards.raised(item, "applies consensus-minus-one"))
                .or(() -> Guards.chair(by, Rule.CHAIR_CONDUCTS_PROCEEDINGS, "applies consensus-minus-one"))
                .or(() -> item.config().consensusMinusOneAllowed() ? Optional.empty()
                        : Optional.of(refuse(Rule.R2_REQUIRED_SET, item.config().name() + " has no consensus-minus-one rule")))
                .or(() -> item.excluded().isEmpty() ? Optional.empty()
                        : Optional.of(refuse(Rule.R2_REQUIRED_SET, "consensus-minus-one excludes one member; "
                        + Guards.list(item.excluded()) + " is already excluded")))
                .or(() -> Guards.inRequiredSet(item, membership, member, now));
        if (why.isPresent()) return why.get();
        return new Accepted(List.of(new MemberExcluded(item.id(), actor(by), now, member, basis, Rule.R2_REQUIRED_SET)));
    }

    static Decision adopt(DecisionItem item, Principal by, Membership membership, Instant now) {
        Optional<Refused> why = Guards.live(item, now).or(() -> Guards.raised(item, "is adopted"))
                .or(() -> Guards.chair(by, Rule.CHAIR_CONDUCTS_PROCEEDINGS, "notes consensus"))
                .or(() -> item.runningSilence().map(s -> refuse(Rule.R3D_OUTCOME_AT_DEADLINE, "silence procedure "
                        + s.number() + " decides at its deadline " + s.deadline() + "; a new text version cancels it")));
        if (why.isPresent()) return why.get();
        Set<Iso3> required = item.requiredSetAt(membership, now);
        if (chairPrerogative(item))
            return adopted(item, by, now, AdoptedDecision.of(item, required, now, Rule.R11_INVITATIONS_AT_LEVEL));
        return switch (item.consensusAt(membership, now)) {
            case Consensus.NotReached no -> refuse(no.rule(), "no consensus on " + item.id() + ": " + no.reason());
            case Consensus.Reached yes ->
                    adopted(item, by, now, AdoptedDecision.of(item, required, now, Rule.R1_NO_STANDING_OBJECTION));
        };
    }

    static Decision moveToBody(DecisionItem item, BodyId to, Level toLevel, String reason, Principal by,
                               Membership membership, Instant now) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toLevel, "toLevel");
        Slugs.text("reason", reason);
        Optional<Refused> why = Guards.live(item, now).or(() -> Guards.raised(item, "moves to another forum"))
                .or(() -> Guards.chair(by, Rule.CHAIR_CONDUCTS_PROCEEDINGS, "moves an item to another forum"))
                .or(() -> item.runningSilence().map(s -> refuse(Rule.R12_FORUM_CHANGE,
                        "silence procedure " + s.number() + " runs until " + s.deadline() + "; close or cancel it first")))
                .or(() -> to.equals(item.body()) && toLevel == item.level()
                        ? Optional.of(refuse(Rule.R12_FORUM_CHANGE, "item " + item.id() + " is already before " + to + " at " + toLevel))
                        : Optional.empty())
                .or(() -> membership.membersAt(to, Guards.dateOf(now)).isEmpty()
                        ? Optional.of(refuse(Rule.R12_FORUM_CHANGE, "body " + to + " has no members on " + Guards.dateOf(now)))
                        : Optional.empty())
                .or(() -> invitationFits(item.effect(), toLevel, to, membership, now));
        if (why.isPresent()) return why.get();
        return new Accepted(List.of(new ItemMovedToBody(item.id(), actor(by), now, item.body(), to, item.level(),
                toLevel, reason, Rule.R12_FORUM_CHANGE)));
    }

    static Decision withdraw(DecisionItem item, String reason, Principal by, Instant now) {
        Slugs.text("reason", reason);
        Optional<Refused> why = Guards.live(item, now).or(() -> Guards.ownsItem(item, by, "withdraws"));
        if (why.isPresent()) return why.get();
        List<ProcedureEvent> events = new ArrayList<>();
        item.runningSilence().ifPresent(s -> events.add(new SilenceCancelled(item.id(), actor(by), now, s.number(),
                Rule.PROPOSER_OR_CHAIR_OWNS_ITEM, "item withdrawn: " + reason)));
        events.add(new ItemWithdrawn(item.id(), actor(by), now, reason, Rule.PROPOSER_OR_CHAIR_OWNS_ITEM));
        events.add(new ItemSealed(item.id(), actor(by), now, Rule.R13_SEALED_AND_APPEND_ONLY));
        return new Accepted(events);
    }

    static Decision reopenAs(DecisionItem item, ItemId newId, Principal by, Membership membership, Instant now) {
        Objects.requireNonNull(newId, "newId");
        if (!item.sealed())
            return refuse(Rule.R13_SEALED_AND_APPEND_ONLY, "item " + item.id() + " is " + item.status()
                    + ", not sealed: revise its text instead of reopening it");
        if (newId.equals(item.id()))
            return refuse(Rule.R13_SEALED_AND_APPEND_ONLY, "a reopened item needs a new id, not " + newId);
        Optional<Refused> why = Guards.inTimeOrder(item, now);
        if (why.isPresent()) return why.get();
        Proposer proposer = by.role() == Role.DELEGATION
                ? new Proposer.Member(by.nation().orElseThrow()) : new Proposer.Chair();
        why = proposes(proposer, by, item.body(), membership, now);
        if (why.isPresent()) return why.get();
        return new Accepted(List.of(new ItemReopened(newId, actor(by), now, item.id(), item.config(), item.body(),
                item.level(), proposer, item.subject(), item.effect(), new TextVersion(1, item.currentText().text()),
                Rule.R13_SEALED_AND_APPEND_ONLY)));
    }

    private static Decision adopted(DecisionItem item, Principal by, Instant now, AdoptedDecision decision) {
        return new Accepted(List.of(new ItemAdopted(item.id(), actor(by), now, decision, decision.basis()),
                new ItemSealed(item.id(), actor(by), now, Rule.R13_SEALED_AND_APPEND_ONLY)));
    }

    /** An invitation the configured policy leaves to the chair (R11). */
    private static boolean chairPrerogative(DecisionItem item) {
        return item.effect() instanceof Effect.InvitePartner i
                && item.config().approvalFor(i.formality(), i.level()) == InvitationApproval.CHAIR_PREROGATIVE;
    }

    private static Optional<Refused> proposes(Proposer proposer, Principal by, BodyId body, Membership membership,
                                              Instant now) {
        // SYSTEM raises items only when loading recorded data (the built-in open questions), in the proposer's name as recorded.
        boolean loading = by.role() == Role.SYSTEM;
        return switch (proposer) {
            case Proposer.Chair c -> loading ? Optional.empty() : Guards.chair(by, Rule.PROPOSER_OR_CHAIR_OWNS_ITEM, "proposes in the chair's name");
            case Proposer.Member m -> {
                if (!loading && (by.role() != Role.DELEGATION || !by.nation().equals(Optional.of(m.nation()))))
                    yield Optional.of(refuse(Rule.PROPOSER_OR_CHAIR_OWNS_ITEM,
                            "only the delegation of " + m.nation() + " proposes in its name; " + by.describe() + " is not it"));
                if (!membership.membersAt(body, Guards.dateOf(now)).contains(m.nation()))
                    yield Optional.of(refuse(Rule.R2_REQUIRED_SET,
                            m.nation() + " is not a member of " + body + " on " + Guards.dateOf(now)));
                yield Optional.empty();
            }
        };
    }

    /** R11: an invitation is decided at its session's level, and invites a partner, not a member of the body. */
    private static Optional<Refused> invitationFits(Effect effect, Level level, BodyId body, Membership membership,
                                                    Instant now) {
        if (!(effect instanceof Effect.InvitePartner i)) return Optional.empty();
        if (i.level() != level)
            return Optional.of(refuse(Rule.R11_INVITATIONS_AT_LEVEL, "an invitation to a session at " + i.level()
                    + " level is decided at that level, not at " + level));
        if (membership.membersAt(body, Guards.dateOf(now)).contains(i.partner()))
            return Optional.of(refuse(Rule.R11_INVITATIONS_AT_LEVEL,
                    i.partner() + " is a member of " + body + ", not a partner to invite"));
        return Optional.empty();
    }
}
