package org.concord.procedure.application;

import org.concord.shared.CalendarDate;
import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.journal.Journal;
import org.concord.procedure.data.ActRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.model.BodyId;
import org.concord.procedure.model.Decision;
import org.concord.procedure.model.DecisionItem;
import org.concord.procedure.model.ItemDraft;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.Level;
import org.concord.procedure.model.Membership;
import org.concord.procedure.model.OfficialAct;
import org.concord.procedure.model.Position;
import org.concord.procedure.model.ProcedureConfig;
import org.concord.procedure.model.ProcedureEvent;
import org.concord.procedure.model.Rule;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Violations;
import org.concord.shared.tx.Transactions;
import org.concord.shared.tx.Tx;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The consensus procedure's use cases. Each command is one transaction: lock the item's index row, check the version
 * the caller read, rebuild the item from its journal events, let the model decide, append the new events to the
 * journal, apply an adoption's effect to the register, and move the index row on.
 */
public final class ProcedureService {
    private static final Set<Rule> AUTHORITY_RULES = Set.of(Rule.R9_OFFICIAL_ACTS_ONLY, Rule.R3A_CHAIR_OPENS_SILENCE,
            Rule.CHAIR_CONDUCTS_PROCEEDINGS, Rule.PROPOSER_OR_CHAIR_OWNS_ITEM);
    private final Transactions tx;
    private final Journal journal;
    private final RegisterEffects effects;
    private final Supplier<String> ids;
    private final AccessControl access;
    private final ItemHistory history;

    /**
     * @param ids     supplies fresh item ids (slugs) for items raised without one
     * @param effects the register's port that applies an adopted item's effect
     */
    public ProcedureService(Transactions tx, Journal journal, Supplier<String> ids, AccessControl access, RegisterEffects effects) {
        this.tx = tx;
        this.journal = journal;
        this.effects = effects;
        this.ids = ids;
        this.access = access;
        this.history = new ItemHistory(journal);
    }

    private Instant now() { return journal.clock().instant(); }

    /** The procedure configuration of the organisation in the register (NATO, OSCE, EU_UNANIMITY). */
    private ProcedureConfig config(Tx t) {
        String name = effects.procedure(t);
        return switch (name) {
            case "OSCE" -> ProcedureConfig.osce();
            case "EU_UNANIMITY" -> ProcedureConfig.euUnanimity();
            default -> ProcedureConfig.nato();
        };
    }

    /**
     * Raises an item.
     *
     * @throws InvalidInput naming every bad field
     * @throws Forbidden    if the principal may not propose in the proposer's name
     * @throws Conflict     if the id is taken, or the procedure refuses it
     */
    public ItemView raise(Principal who, RaiseItemData data) {
        Optional<Iso3> nation = data.proposer() == null || data.proposer().equals("CHAIR") ? Optional.empty()
                : Optional.ofNullable(new Violations().parse("proposer", () -> Iso3.of(data.proposer())));
        access.require(who, ActionKind.RAISE_ITEM, nation);
        return audited(who, "RAISE_ITEM", () -> raise(who, data, now()));
    }

    /** Raises an item at {@code at} in the name recorded (the built-in data raises the article's questions at the date they were reported). */
    public ItemView raise(Principal who, RaiseItemData data, Instant at) {
        return put(who, data, at, (config, draft, membership) -> DecisionItem.raise(config, draft, who, membership, at));
    }

    /**
     * Prepares an item as a DRAFT for the chair: it takes no position and no silence procedure until the chair raises it
     * ({@link #raiseDraft}); it is marked like any item. The chair only (or Concord itself).
     *
     * @param basis what prepared it, e.g. the reset profile, journaled with it
     * @throws InvalidInput naming every bad field
     * @throws Forbidden    unless the principal is the chair
     * @throws Conflict     if the id is taken
     */
    public ItemView draft(Principal who, RaiseItemData data, String basis) {
        access.require(who, ActionKind.RAISE_ITEM, Optional.empty());
        Instant at = now();
        return audited(who, "DRAFT_ITEM", () -> put(who, data, at, (config, draft, membership) -> DecisionItem.draft(config, draft, basis, who, membership, at)));
    }

    /** The chair raises a draft: OPEN from now, with a journal act (DraftRaised). */
    public ItemView raiseDraft(Principal who, ItemId id, Long version) {
        requireVisible(who, id);
        return act(who, id, version, (item, m, now) -> item.raiseDraft(who, now));
    }

    private interface Start {
        Decision decide(ProcedureConfig config, ItemDraft draft, Membership membership);
    }

    private ItemView put(Principal who, RaiseItemData data, Instant at, Start start) {
        String classification = access.checkMarking(who, "classification", data.classification(), RaiseItemData.DEFAULT_CLASSIFICATION);
        return tx.inTransaction(t -> {
            ProcedureConfig config = config(t);
            Violations v = new Violations();
            ItemDraft draft = data.toModel(ids.get(), config.defaultBody().value(), v);
            v.throwIfAny();
            DecisionItems index = t.repository(DecisionItems.class);
            if (index.find(draft.id()).isPresent()) throw Conflict.idUnavailable("item", draft.id());
            Membership membership = effects.membership(t);
            List<RegisterEffects.Target> targets = checkTargets(t, draft.effect(), c -> access.canSee(who, c));
            String marked = access.atLeast(classification, targets.stream().flatMap(x -> x.classification().stream()).toList());
            List<ProcedureEvent> events = accepted(start.decide(config, draft, membership));
            DecisionItem item = DecisionItem.replay(events);
            long lastSeq = history.persist(t, who, events);
            index.insert(row(item, events.size(), marked), item, lastSeq, markingOf(marked), ItemQueries.targets(item.effect()));
            history.snapshotIfDue(t, item, 0, events.size(), lastSeq);
            return ItemView.of(item, events.size(), marked, item.consensusAt(membership, at)).withoutHistory();
        });
    }

    /**
     * @throws org.concord.shared.InvalidInput naming {@code effect.mission}, {@code effect.event} or
     *                      {@code effect.session} if a target of the effect is not in the register or {@code visible}
     *                      says the actor may not see it: a hidden record is refused in the very words of a missing one
     */
    private List<RegisterEffects.Target> checkTargets(Tx t, org.concord.procedure.model.Effect effect, java.util.function.Predicate<String> visible) {
        List<RegisterEffects.Target> targets = effects.targets(t, effect);
        for (RegisterEffects.Target x : targets) {
            if (x.classification().isEmpty() || !visible.test(x.classification().get())) throw x.missing();
            if (!x.sessionExists()) throw new org.concord.shared.InvalidInput("effect.session", "'" + x.session().orElseThrow() + "' is not a session of " + x.id());
        }
        return targets;
    }

    /**
     * The marking an item carries now: its own, raised to the current marking of every register record its effect
     * touches (a record may have been reclassified since the item was raised). A target that is gone adds nothing.
     */
    private String marking(Tx t, DecisionItem item, String own) {
        List<String> touched = effects.targets(t, item.effect()).stream().flatMap(x -> x.classification().stream()).toList();
        return touched.isEmpty() ? own : access.atLeast(own, touched);
    }

    /**
     * The item as {@code who} may know it, now or as it stood at {@code asOf}: empty when it is missing, or hidden by
     * its own marking or by the current marking of a record its effect touches. Reads the projection, never writes.
     */
    private Optional<Marked> visible(Tx t, Principal who, DecisionItems.Row row, Optional<Instant> asOf) {
        if (!access.canSee(who, row.classification())) return Optional.empty();
        DecisionItem current = t.repository(DecisionItems.class).state(row.id()).map(DecisionItems.Stored::item)
                .or(() -> history.load(t, row.id(), Optional.empty()).map(ItemHistory.Past::item)).orElse(null);
        if (current == null) return Optional.empty();
        String marked = marking(t, current, row.classification());
        if (!access.canSee(who, marked)) return Optional.empty();
        if (asOf.isEmpty()) return Optional.of(new Marked(current, row.version(), marked));
        return history.load(t, row.id(), asOf).map(p -> new Marked(p.item(), p.version(), marked));
    }

    private record Marked(DecisionItem item, long version, String classification) {}

    /** A hidden item answers 'not found' before anything else is said about it (never 403). */
    private void requireVisible(Principal who, ItemId id) {
        tx.read(t -> t.repository(DecisionItems.class).find(id).flatMap(r -> visible(t, who, r, Optional.empty())))
                .orElseThrow(() -> access.notFound(who, "item", id));
    }

    /** Adds a text version; cancels a running silence procedure (R3f). */
    public ItemView addText(Principal who, ItemId id, ActRequest.AddText data) {
        requireVisible(who, id);
        String text = data.checkedText();
        return act(who, id, data.version(), (item, m, now) -> item.addTextVersion(text, who, now));
    }

    /**
     * Revises an item's subject line (the chair or the proposer); the texts stay, so a running silence goes on.
     *
     * @throws InvalidInput naming {@code subject} or {@code reason} if blank, or {@code subject} if unchanged
     */
    public ItemView reviseSubject(Principal who, ItemId id, String subject, String reason, Long version) {
        requireVisible(who, id);
        Violations v = new Violations();
        if (subject == null || subject.isBlank()) v.add("subject", "is required");
        else if (subject.length() > 500) v.add("subject", "must be at most 500 characters, was " + subject.length());
        if (reason == null || reason.isBlank()) v.add("reason", "is required: say why the subject changes");
        v.throwIfAny();
        return act(who, id, version, (item, m, now) -> {
            if (item.subject().equals(subject)) throw new InvalidInput("subject", "is the item's subject already");
            return item.reviseSubject(subject, reason, who, now);
        });
    }

    /**
     * Corrects the subject of an item Concord loaded from an earlier edition of a built-in file, journaled as
     * {@code SubjectRevised} with the reason: only when the item still carries {@code previous} (one revised since is
     * kept) and is not sealed.
     */
    public org.concord.shared.CorrectionResult correctSubject(Principal system, ItemId id, String previous, String current, String reason) {
        access.require(system, ActionKind.LOAD_DATA, Optional.empty());
        return tx.inTransaction(t -> {
            Optional<DecisionItems.Row> found = t.repository(DecisionItems.class).lock(id);
            if (found.isEmpty()) return org.concord.shared.CorrectionResult.ABSENT;
            DecisionItems.Row row = found.get();
            DecisionItem item = current(t, id);
            if (item.subject().equals(current)) return org.concord.shared.CorrectionResult.ALREADY_CORRECT;
            if (!item.subject().equals(previous) || item.sealed()) return org.concord.shared.CorrectionResult.KEPT;
            Membership m = effects.membership(t);
            Instant now = now();
            commit(t, system, item, row, row.classification(), item.reviseSubject(current, reason, system, now), m, now);
            return org.concord.shared.CorrectionResult.CORRECTED;
        });
    }

    /** Records {@code member}'s official position (R8); a delegation speaks only for its own nation (R9). */
    public ItemView recordPosition(Principal who, ItemId id, Iso3 member, PositionData data, Long version) {
        requireVisible(who, id);
        Violations v = new Violations();
        Position p = data.toPosition(v);
        OfficialAct a = data.toAct(v);
        v.throwIfAny();
        access.require(who, p instanceof Position.SupportWithStatement ? ActionKind.WRITE_FOOTNOTE : ActionKind.RECORD_POSITION, Optional.of(member));
        return act(who, id, version, (item, m, now) -> item.recordPosition(member, p, a, who, m, now));
    }

    /** Withdraws {@code member}'s footnote before adoption (R4). */
    public ItemView withdrawFootnote(Principal who, ItemId id, Iso3 member, ActRequest.WithdrawFootnote data) {
        requireVisible(who, id);
        Violations v = new Violations();
        OfficialAct a = data.toAct(v);
        v.throwIfAny();
        access.require(who, ActionKind.WRITE_FOOTNOTE, Optional.of(member));
        return act(who, id, data.version(), (item, m, now) -> item.withdrawFootnote(member, a, who, m, now));
    }

    /** Opens a silence procedure on the current text with a deadline (R3a). */
    public ItemView openSilence(Principal who, ItemId id, ActRequest.OpenSilence data) {
        requireVisible(who, id);
        access.require(who, ActionKind.OPEN_SILENCE, Optional.empty());
        Instant deadline = data.checkedDeadline();
        return act(who, id, data.version(), (item, m, now) -> item.openSilence(item.currentText().number(), deadline, who, m, now));
    }

    /** Breaks silence for {@code member} by a letter or note (R3c); a late break is logged with no effect (R3e). */
    public ItemView breakSilence(Principal who, ItemId id, Iso3 member, ActRequest.BreakSilence data) {
        requireVisible(who, id);
        Violations v = new Violations();
        OfficialAct a = data.toAct(v);
        v.throwIfAny();
        access.require(who, ActionKind.BREAK_SILENCE, Optional.of(member));
        return act(who, id, data.version(), (item, m, now) -> item.breakSilence(member, a, who, m, now));
    }

    /**
     * Consensus-minus-one (R2): the chair excludes {@code member} from the item's required set, on the basis given as
     * {@code data.reason()}; refused citing R2 unless the organisation's procedure allows it (OSCE), and for a second
     * member.
     *
     * @throws InvalidInput if the basis or the version is missing
     * @throws Forbidden    if the principal is not the chair
     * @throws Conflict     if the procedure refuses it
     */
    public ItemView excludeMember(Principal who, ItemId id, Iso3 member, ActRequest.ExcludeMember data) {
        requireVisible(who, id);
        String reason = data.checkedReason();
        return act(who, id, data.version(), (item, m, now) -> item.excludeMember(member, reason, who, m, now));
    }

    /** Notes consensus in session (R1): adopted if nothing stands in the way, its effect applied to the register. */
    public ItemView adopt(Principal who, ItemId id, Long version) {
        requireVisible(who, id);
        return act(who, id, version, (item, m, now) -> item.adopt(who, m, now));
    }

    /** Withdraws the item (chair or proposer). */
    public ItemView withdraw(Principal who, ItemId id, ActRequest.Withdraw data) {
        requireVisible(who, id);
        String reason = data.reasonOrDefault();
        return act(who, id, data.version(), (item, m, now) -> item.withdraw(reason, who, now));
    }

    /** Moves the item to another body and level, keeping its history (R12). */
    public ItemView moveToBody(Principal who, ItemId id, String body, String level, ActRequest.Move data) {
        requireVisible(who, id);
        Violations v = new Violations();
        BodyId b = body == null ? null : v.parse("body", () -> BodyId.of(body));
        if (body == null) v.add("body", "is required");
        Level l = level == null ? null : v.parse("level", () -> Level.valueOf(level));
        v.throwIfAny();
        String reason = data.reasonOrDefault();
        return act(who, id, data.version(), (item, m, now) -> item.moveToBody(b, l == null ? item.level() : l, reason, who, m, now));
    }

    /**
     * Reopens a sealed item as a new item linked to it (R13).
     *
     * @return the new item
     */
    public ItemView reopen(Principal who, ItemId id, ActRequest.Reopen data) {
        requireVisible(who, id);
        ItemId newId = data.newIdOr(ids);
        return audited(who, "REOPEN_ITEM", () -> tx.inTransaction(t -> {
            DecisionItems index = t.repository(DecisionItems.class);
            DecisionItems.Row row = index.lock(id).orElseThrow(() -> new NotFound("item", id));
            Marked marked = visible(t, who, row, Optional.empty()).orElseThrow(() -> new NotFound("item", id));
            checkVersion(row, data.version());
            if (index.find(newId).isPresent()) throw Conflict.idUnavailable("item", newId);
            DecisionItem item = marked.item();
            Membership m = effects.membership(t);
            Instant now = now();
            List<ProcedureEvent> events = accepted(item.reopenAs(newId, who, m, now));
            DecisionItem reopened = DecisionItem.replay(events);
            long lastSeq = history.persist(t, who, events);
            index.insert(row(reopened, events.size(), marked.classification()), reopened, lastSeq, markingOf(marked.classification()),
                    ItemQueries.targets(reopened.effect()));
            history.snapshotIfDue(t, reopened, 0, events.size(), lastSeq);
            return ItemView.of(reopened, events.size(), marked.classification(), reopened.consensusAt(m, now)).withoutHistory();
        }));
    }

    /**
     * Closes every silence procedure whose deadline has passed: each in its own transaction, each exactly once, also
     * with several Concord processes on one database (the index row is locked, and a closed procedure refuses a
     * second close).
     *
     * @return the items closed by this call
     */
    public List<ItemView> closeDueSilences(Principal system) {
        access.require(system, ActionKind.CLOSE_SILENCE, Optional.empty());
        Instant now = now();
        List<ItemId> due = tx.read(t -> t.repository(DecisionItems.class).silencesDue(now));
        List<ItemView> closed = new ArrayList<>();
        for (ItemId id : due) {
            ItemView v = tx.inTransaction(t -> {
                DecisionItems index = t.repository(DecisionItems.class);
                DecisionItems.Row row = index.lock(id).orElse(null);
                if (row == null || row.silenceDeadline().isEmpty() || row.silenceDeadline().get().isAfter(now)) return null;
                DecisionItem item = current(t, id);
                var running = item.runningSilence();
                if (running.isEmpty()) return null;
                Membership m = effects.membership(t);
                Decision d = item.closeSilence(running.get().number(), system, m, now);
                if (d instanceof Decision.Refused) return null; // closed by another process meanwhile
                return commit(t, system, item, row, marking(t, item, row.classification()), d, m, now);
            });
            if (v != null) closed.add(v);
        }
        return closed;
    }

    /**
     * One item as it stands (from the projection), or as it stood at {@code asOf} (from its last snapshot by then and
     * the acts after it), with its whole position history; its version and history are read in one transaction.
     */
    public ItemView show(Principal who, ItemId id, Optional<Instant> asOf) {
        return access.auditingNotFound(who, () -> tx.read(t -> {
            DecisionItems.Row row = t.repository(DecisionItems.class).find(id).orElseThrow(() -> new NotFound("item", id));
            Marked marked = visible(t, who, row, asOf).orElseThrow(() -> new NotFound("item", id));
            Membership m = effects.membership(t);
            return ItemView.of(marked.item(), marked.version(), marked.classification(), marked.item().consensusAt(m, asOf.orElse(now())));
        }));
    }

    /**
     * A page of an item's position history, oldest first: the entries after the first {@code after}, at most
     * {@code limit}.
     */
    public ItemQueries.HistoryPage history(Principal who, ItemId id, long after, int limit) {
        return access.auditingNotFound(who, () -> tx.read(t -> {
            DecisionItems.Row row = t.repository(DecisionItems.class).find(id).orElseThrow(() -> new NotFound("item", id));
            Marked marked = visible(t, who, row, Optional.empty()).orElseThrow(() -> new NotFound("item", id));
            return ItemQueries.historyPage(marked.item(), after, limit);
        }));
    }

    /**
     * The members whose position the item needs (R2): the body's members on the day of {@code asOf} (or now), less
     * those left out by consensus-minus-one; sorted by code. The consensus board shows one cell for each.
     *
     * @throws NotFound if the item does not exist or is hidden from {@code who}
     */
    public List<Iso3> requiredMembers(Principal who, ItemId id, Optional<Instant> asOf) {
        return access.auditingNotFound(who, () -> tx.read(t -> {
            DecisionItems.Row row = t.repository(DecisionItems.class).find(id).orElseThrow(() -> new NotFound("item", id));
            DecisionItem item = visible(t, who, row, asOf).orElseThrow(() -> new NotFound("item", id)).item();
            return item.requiredSetAt(effects.membership(t), asOf.orElse(now())).stream()
                    .sorted(java.util.Comparator.comparing(Iso3::code)).toList();
        }));
    }

    /**
     * The classification of an item, for filtering its journal entries: its current marking, raised to the current
     * markings of the records its effect touches.
     */
    public Optional<String> classificationOf(ItemId id) { return tx.read(t -> classificationOf(t, id)); }

    /**
     * {@link #classificationOf(ItemId)} inside a transaction the caller holds: for what hangs off an item (its forecast
     * issue, options, risks), whose marking now is never below the item's.
     */
    public Optional<String> classificationOf(Tx t, ItemId id) {
        return t.repository(DecisionItems.class).find(id).map(row -> t.repository(DecisionItems.class).state(id)
                .map(DecisionItems.Stored::item).or(() -> history.load(t, id, Optional.empty()).map(ItemHistory.Past::item))
                .map(item -> marking(t, item, row.classification())).orElse(row.classification()));
    }

    /** Every item the reader may see, as it stands or as it stood at {@code asOf} (items raised later are left out), as list rows. */
    public List<ItemView> list(Principal who, Optional<Instant> asOf) { return list(who, DecisionItems.Filter.NONE, asOf); }

    /** Every item the reader may see that passes {@code filter}, as {@link #page} reads them (list rows). */
    List<ItemView> list(Principal who, DecisionItems.Filter filter, Optional<Instant> asOf) {
        List<ItemView> out = new ArrayList<>();
        long after = 0;
        while (true) {
            ItemQueries.Page page = page(who, new ItemQueries.Query(filter, asOf, after, ItemQueries.MAX_LIMIT));
            out.addAll(page.items());
            if (page.next().isEmpty()) return out;
            after = page.next().getAsLong();
        }
    }

    /**
     * One page of the items the reader may see that pass the query's filter, in creation order, as list rows (no
     * positions, no history):
     * read from the projection in one transaction, so it costs the same however long the journal is. With
     * {@code asOf} each item is rebuilt as it stood then (from its last snapshot) and the status and body filters
     * apply to that state.
     */
    public ItemQueries.Page page(Principal who, ItemQueries.Query query) {
        DecisionItems.Filter f = query.filter();
        ItemQueries.Query q = f.marking() == null ? query : new ItemQueries.Query(new DecisionItems.Filter(f.statuses(), f.body(),
                markingOf(access.checkClassification("marking", f.marking())), f.proposer(), f.target(), f.text()), query.asOf(), query.after(), query.limit());
        return tx.read(t -> new ItemQueries(t, access, history, this::now, (item, own) -> marking(t, item, own), effects.membership(t)).page(who, q));
    }

    private interface Command {
        Decision decide(DecisionItem item, Membership membership, Instant now);
    }

    private ItemView act(Principal who, ItemId id, Long version, Command command) {
        if (version == null) throw new InvalidInput("version", "is required: send the item version you read");
        return audited(who, "ITEM_COMMAND", () -> tx.inTransaction(t -> {
            DecisionItems.Row row = t.repository(DecisionItems.class).lock(id).orElseThrow(() -> new NotFound("item", id));
            // Visibility is decided again now, with the current markings of the records the effect touches: one of
            // them may have been reclassified since the item was raised, and then the item is hidden as they are.
            Marked marked = visible(t, who, row, Optional.empty()).orElseThrow(() -> new NotFound("item", id));
            checkVersion(row, version);
            DecisionItem item = marked.item();
            Membership m = effects.membership(t);
            Instant now = now();
            return commit(t, who, item, row, marked.classification(), command.decide(item, m, now), m, now);
        }));
    }

    /** Runs {@code work}; a refusal of authority by the procedure (R9, chair-only acts) is audited after its rollback. */
    private <T> T audited(Principal who, String action, Supplier<T> work) {
        return access.auditingNotFound(who, () -> {
            try {
                return work.get();
            } catch (Forbidden refused) {
                access.denied(who, action, refused.getMessage());
                throw refused;
            }
        });
    }

    private ItemView commit(Tx t, Principal who, DecisionItem item, DecisionItems.Row row, String classification, Decision d, Membership m, Instant now) {
        List<ProcedureEvent> events = accepted(d);
        DecisionItem next = item.applyAll(events);
        long lastSeq = history.persist(t, who, events);
        if (d instanceof Decision.Accepted a) a.adopted().ifPresent(decision -> effects.apply(t, who, decision, classification));
        long version = row.version() + events.size();
        t.repository(DecisionItems.class).update(row(next, version, classification), next, lastSeq);
        history.snapshotIfDue(t, next, row.version(), version, lastSeq);
        return ItemView.of(next, version, classification, next.consensusAt(m, now)).withoutHistory();
    }

    /** The item's current state from the projection; replayed from the journal (and stored) if the projection has none yet. */
    private DecisionItem current(Tx t, ItemId id) {
        return t.repository(DecisionItems.class).state(id).map(DecisionItems.Stored::item).orElseGet(() -> fill(t, id));
    }

    private DecisionItem fill(Tx t, ItemId id) {
        DecisionItems index = t.repository(DecisionItems.class);
        String classification = index.find(id).orElseThrow(() -> new NotFound("item", id)).classification();
        ItemHistory.Rebuilt rebuilt = history.rebuild(t, id).orElseThrow(() -> new NotFound("item", id));
        index.fill(id, rebuilt.item(), rebuilt.lastSeq(), markingOf(classification), ItemQueries.targets(rebuilt.item().effect()));
        return rebuilt.item();
    }

    /**
     * Fills the projection of items stored before it existed (a database migrated from an older Concord), each from
     * its journal entries, each in its own transaction.
     *
     * @return how many items were filled
     */
    public int fillProjection(Principal system) {
        access.require(system, ActionKind.LOAD_DATA, Optional.empty());
        List<ItemId> missing = tx.read(t -> t.repository(DecisionItems.class).withoutState());
        for (ItemId id : missing) tx.inTransaction(t -> fill(t, id));
        return missing.size();
    }

    /** The marking part of a canonical classification ({@code NATO RESTRICTED} of {@code NATO RESTRICTED REL FIN}). */
    static String markingOf(String classification) {
        int rel = classification.indexOf(" REL ");
        return rel < 0 ? classification : classification.substring(0, rel);
    }

    private static void checkVersion(DecisionItems.Row row, Long version) {
        if (version == null) throw new InvalidInput("version", "is required: send the item version you read");
        if (row.version() != version)
            throw new Conflict("item '" + row.id() + "' is at version " + row.version() + ", not " + version + ": read it again");
    }

    private static List<ProcedureEvent> accepted(Decision d) {
        return switch (d) {
            case Decision.Accepted a -> a.events();
            case Decision.Refused r -> {
                String message = r.rule().citation() + ": " + r.reason();
                if (AUTHORITY_RULES.contains(r.rule())) throw new Forbidden(message);
                throw new Conflict(message);
            }
        };
    }

    private static DecisionItems.Row row(DecisionItem item, long version, String classification) {
        return new DecisionItems.Row(item.id(), item.status(), version, item.runningSilence().map(s -> s.deadline()), item.subject(), classification);
    }


}
