package org.concord.procedure.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;

/**
 * A decision item: the aggregate of the consensus procedure, rebuilt from its events. Commands return a
 * {@link Decision} (the events to append, or a refusal citing the rule) and never change this value; {@link #apply}
 * folds one event into the next state. Time always comes from the caller ({@code now}); dates for the membership are
 * UTC dates. Build it with {@link #replay} rather than its canonical constructor.
 *
 * @param id           the item's id
 * @param config       the organisation's procedure
 * @param body         the body it is before now (R12)
 * @param level        the level it is decided at
 * @param proposer     a member or the chair
 * @param subject      its subject line
 * @param effect       what adoption does to the register (R10)
 * @param texts        its text versions, numbered 1, 2, ...; the last is current
 * @param status       where it stands
 * @param positions    every recorded position, in order; the last per member stands
 * @param silences     every silence procedure, in order; only the last may be running
 * @param excluded     members excluded from its required set (R2), sorted, at most one
 * @param sealed       decided and closed to every command (R13)
 * @param reopenedFrom the sealed item this one reopens, if any
 * @param adoption     the adopted decision, once adopted
 * @param raisedAt     when it was raised
 * @param lastActAt    the time of its last act; commands before it are refused (R13)
 */
public record DecisionItem(ItemId id, ProcedureConfig config, BodyId body, Level level, Proposer proposer,
                           String subject, Effect effect, List<TextVersion> texts, ItemStatus status,
                           List<PositionEntry> positions, List<SilenceProcedure> silences, List<Iso3> excluded,
                           boolean sealed, Optional<ItemId> reopenedFrom, Optional<AdoptedDecision> adoption,
                           Instant raisedAt, Instant lastActAt) {
    public DecisionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(proposer, "proposer");
        Slugs.text("subject", subject);
        Objects.requireNonNull(effect, "effect");
        texts = List.copyOf(texts);
        for (int i = 0; i < texts.size(); i++)
            if (texts.get(i).number() != i + 1)
                throw new IllegalArgumentException("text version " + texts.get(i).number() + " found at position " + (i + 1));
        if (texts.isEmpty()) throw new IllegalArgumentException("item " + id + " has no text");
        Objects.requireNonNull(status, "status");
        positions = List.copyOf(positions);
        silences = List.copyOf(silences);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(reopenedFrom, "reopenedFrom");
        Objects.requireNonNull(adoption, "adoption");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(lastActAt, "lastActAt");
    }

    // ---- rebuilding ----

    /** Rebuilds an item from its events, the first being ItemRaised or ItemReopened.
     *  @throws IllegalArgumentException if {@code events} is empty or does not form one item's history */
    public static DecisionItem replay(List<ProcedureEvent> events) {
        if (events.isEmpty()) throw new IllegalArgumentException("no events to replay");
        DecisionItem item = Fold.start(events.get(0));
        return item.applyAll(events.subList(1, events.size()));
    }

    /** The next state after {@code event}; pure.
     *  @throws IllegalStateException if the event does not fit this state (another item, a sealed item, a gap) */
    public DecisionItem apply(ProcedureEvent event) { return Fold.apply(this, event); }

    /** The state after {@code events}, in order. */
    public DecisionItem applyAll(List<ProcedureEvent> events) {
        DecisionItem item = this;
        for (ProcedureEvent e : events) item = item.apply(e);
        return item;
    }

    // ---- queries ----

    public TextVersion currentText() { return texts.get(texts.size() - 1); }

    /** Each member's standing position entry, by member; members with none are absent (UNKNOWN). */
    public Map<Iso3, PositionEntry> standingPositions() {
        Map<Iso3, PositionEntry> standing = new TreeMap<>();
        for (PositionEntry p : positions) standing.put(p.member(), p);
        return Collections.unmodifiableMap(standing);
    }

    /** The standing position of {@code member}; UNKNOWN if it never recorded one. */
    Position positionOf(Iso3 member) {
        Position found = new Position.Unknown();
        for (PositionEntry p : positions) if (p.member().equals(member)) found = p.position();
        return found;
    }

    /** The running silence procedure, if one runs. */
    public Optional<SilenceProcedure> runningSilence() {
        return lastSilence().filter(SilenceProcedure::running);
    }

    Optional<SilenceProcedure> lastSilence() {
        return silences.isEmpty() ? Optional.empty() : Optional.of(silences.get(silences.size() - 1));
    }

    /** The required set at {@code at} (R2): the body's members on that UTC date minus excluded members. */
    public Set<Iso3> requiredSetAt(Membership membership, Instant at) {
        return Guards.requiredSet(this, membership, Guards.dateOf(at));
    }

    /** Whether consensus would be reached at {@code at} with the standing positions (R1, R2, R5, R6). */
    public Consensus consensusAt(Membership membership, Instant at) {
        return ConsensusCheck.evaluate(this, requiredSetAt(membership, at), membership, Guards.dateOf(at));
    }

    // ---- commands ----

    /** Raises a new item: the proposer's delegation or the chair; a member proposer must belong to the body. */
    public static Decision raise(ProcedureConfig config, ItemDraft draft, Principal by, Membership membership, Instant now) {
        return ItemCommands.raise(config, draft, by, membership, now);
    }

    /** Prepares a draft for the chair (the chair, or Concord itself): DRAFT until {@link #raiseDraft}; {@code basis} says what prepared it. */
    public static Decision draft(ProcedureConfig config, ItemDraft draft, String basis, Principal by, Membership membership, Instant now) {
        return ItemCommands.draft(config, draft, basis, by, membership, now);
    }

    /** The chair raises this draft: OPEN from {@code now}. */
    public Decision raiseDraft(Principal by, Instant now) {
        return ItemCommands.raiseDraft(this, by, now);
    }

    /** Adds a text version (chair or proposer); cancels a running silence procedure (R3f). */
    public Decision addTextVersion(String text, Principal by, Instant now) {
        return ItemCommands.addTextVersion(this, text, by, now);
    }

    /** Revises the subject line (chair or proposer, or Concord correcting what it loaded); the texts stay. */
    public Decision reviseSubject(String subject, String reason, Principal by, Instant now) {
        return ItemCommands.reviseSubject(this, subject, reason, by, now);
    }

    /** Records {@code member}'s official position (R8, R9), by its delegation or the chair. */
    public Decision recordPosition(Iso3 member, Position position, OfficialAct act, Principal by,
                                   Membership membership, Instant now) {
        return PositionCommands.record(this, member, position, act, by, membership, now);
    }

    /** Withdraws {@code member}'s standing footnote before adoption; it stands as SUPPORT (R4). */
    public Decision withdrawFootnote(Iso3 member, OfficialAct act, Principal by, Membership membership, Instant now) {
        return PositionCommands.withdrawFootnote(this, member, act, by, membership, now);
    }

    /** Consensus-minus-one (R2): the chair excludes one member from this item's required set, where configured. */
    public Decision excludeMember(Iso3 member, String basis, Principal by, Membership membership, Instant now) {
        return ItemCommands.excludeMember(this, member, basis, by, membership, now);
    }

    /** The chair opens a silence procedure on the current text version {@code textVersion} until {@code deadline} (R3a, R3b). */
    public Decision openSilence(int textVersion, Instant deadline, Principal by, Membership membership, Instant now) {
        return SilenceCommands.open(this, textVersion, deadline, by, membership, now);
    }

    /** The chair moves the deadline of the running silence procedure; it must stay after {@code now}. */
    Decision changeSilenceDeadline(Instant deadline, Principal by, Instant now) {
        return SilenceCommands.changeDeadline(this, deadline, by, now);
    }

    /** {@code member} breaks silence by a letter or note (R3c); at or after the deadline it is only logged (R3e). */
    public Decision breakSilence(Iso3 member, OfficialAct act, Principal by, Membership membership, Instant now) {
        return SilenceCommands.breakSilence(this, member, act, by, membership, now);
    }

    /** Closes silence procedure {@code silence} at or after its deadline, exactly once (R3d, R5). */
    public Decision closeSilence(int silence, Principal by, Membership membership, Instant now) {
        return SilenceCommands.close(this, silence, by, membership, now);
    }

    /** The chair notes consensus (R1): adopted and sealed if nothing prevents it at {@code now}. */
    public Decision adopt(Principal by, Membership membership, Instant now) {
        return ItemCommands.adopt(this, by, membership, now);
    }

    /** The chair moves the item to another body and/or level (R12). */
    public Decision moveToBody(BodyId to, Level toLevel, String reason, Principal by, Membership membership, Instant now) {
        return ItemCommands.moveToBody(this, to, toLevel, reason, by, membership, now);
    }

    /** The chair or the proposer withdraws the item; it is sealed. */
    public Decision withdraw(String reason, Principal by, Instant now) {
        return ItemCommands.withdraw(this, reason, by, now);
    }

    /** Reopens this sealed item as a new item {@code newId} linked to it (R13); the events belong to the new item. */
    public Decision reopenAs(ItemId newId, Principal by, Membership membership, Instant now) {
        return ItemCommands.reopenAs(this, newId, by, membership, now);
    }
}
