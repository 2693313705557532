package org.concord.procedure.application;

import org.concord.procedure.model.DecisionItem;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.ItemStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The items' projection: one row per item with its status, version, running silence deadline and current state,
 * written in the same transaction as the journal entries that made it. The history itself lives in the journal
 * (subject {@code item:<id>}); this projection is what lists and pages read, what a command locks and decides on, and
 * what the silence scheduler polls. Snapshots of the whole state every few acts let a read as of a past instant
 * replay only the acts after the last one.
 */
public interface DecisionItems {
    /** One row of the index. {@code version} is the number of events the item has. */
    record Row(ItemId id, ItemStatus status, long version, Optional<Instant> silenceDeadline, String subject, String classification) {}

    /**
     * An item's state as stored: the whole item, or its summary (standing positions and last silence only).
     *
     * @param position its place in creation order (the paging cursor of lists)
     */
    record Stored(Row row, DecisionItem item, long position) {}

    /** A snapshot: the item after its first {@code version} events, the last of them journaled at {@code lastSeq}. */
    record Snapshot(long version, long lastSeq, DecisionItem item) {}

    /**
     * What a list asks for; every field is optional (empty or null: no filter).
     *
     * @param statuses the item must be in one of them
     * @param body     the body it is before
     * @param marking  the marking of its classification (e.g. {@code NATO RESTRICTED})
     * @param proposer a member's ISO3 code or {@code CHAIR}
     * @param target   a mission, event or partner its effect names
     * @param text     words its subject contains, case-insensitively
     */
    record Filter(Set<ItemStatus> statuses, String body, String marking, String proposer, String target, String text) {
        static final Filter NONE = new Filter(Set.of(), null, null, null, null, null);

        public Filter { statuses = statuses == null ? Set.of() : Set.copyOf(statuses); }
    }

    /** Locks the item's row for this transaction. */
    Optional<Row> lock(ItemId id);

    Optional<Row> find(ItemId id);

    /**
     * Stores a new item's row and state.
     *
     * @param lastSeq the journal sequence number of its last event
     * @param marking the marking of {@code row.classification()}, for the marking filter
     * @param targets what its effect names
     */
    void insert(Row row, DecisionItem state, long lastSeq, String marking, Set<String> targets);

    /** Moves an item's row and state on. */
    void update(Row row, DecisionItem state, long lastSeq);

    /** The item's whole current state, or empty if it has none stored yet (a row from before the projection). */
    Optional<Stored> state(ItemId id);

    /**
     * Rows with their summaries that pass {@code filter}, in creation order, after position {@code after} (0: from
     * the first), at most {@code limit}.
     */
    List<Stored> page(Filter filter, long after, int limit);

    /** Ids of items whose state is not stored yet. */
    List<ItemId> withoutState();

    /** Stores the state for a row that had none (filled from the journal), with its marking and targets. */
    void fill(ItemId id, DecisionItem state, long lastSeq, String marking, Set<String> targets);

    void saveSnapshot(ItemId id, Snapshot snapshot, Instant lastAt);

    /** The latest snapshot whose acts all happened at or before {@code asOf}. */
    Optional<Snapshot> snapshotAsOf(ItemId id, Instant asOf);

    /** All items, in creation order. */
    List<Row> all();

    /** Items under silence whose deadline is at or before {@code now}. */
    List<ItemId> silencesDue(Instant now);
}
