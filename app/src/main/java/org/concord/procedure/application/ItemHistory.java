package org.concord.procedure.application;

import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalEvents;
import org.concord.procedure.model.DecisionItem;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.ProcedureEvent;
import org.concord.shared.Principal;
import org.concord.shared.tx.Tx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journal as the procedure's event store: an item's history is its journal entries under subject
 * {@code item:<id>}, appended in the command's transaction. The current state is read from the projection; a past
 * state is rebuilt from the last snapshot taken by then and the acts after it.
 */
final class ItemHistory {
    /** A snapshot of the whole item is kept every this many acts. */
    static final int SNAPSHOT_EVERY = 64;
    private final Journal journal;

    ItemHistory(Journal journal) { this.journal = journal; }

    /** @return the sequence number of the last entry appended */
    long persist(Tx t, Principal who, List<ProcedureEvent> events) {
        long last = 0;
        for (ProcedureEvent e : events)
            last = journal.record(t, who, ProcedureEvents.type(e), ProcedureEvents.subject(e.item()), e, e.at()).seq();
        return last;
    }

    /** Keeps a snapshot of {@code item} when its version crossed a multiple of {@link #SNAPSHOT_EVERY}. */
    void snapshotIfDue(Tx t, DecisionItem item, long fromVersion, long toVersion, long lastSeq) {
        if (toVersion / SNAPSHOT_EVERY > fromVersion / SNAPSHOT_EVERY)
            t.repository(DecisionItems.class).saveSnapshot(item.id(), new DecisionItems.Snapshot(toVersion, lastSeq, item), item.lastActAt());
    }

    /** An item as it stood at an instant, with its version then. */
    record Past(DecisionItem item, long version) {}

    /**
     * The item rebuilt from its last snapshot by {@code asOf} and its events after it up to {@code asOf} (every event
     * when empty); empty if it had none by then.
     */
    Optional<Past> load(Tx t, ItemId id, Optional<Instant> asOf) {
        Optional<DecisionItems.Snapshot> snapshot = asOf.flatMap(at -> t.repository(DecisionItems.class).snapshotAsOf(id, at));
        List<ProcedureEvent> events = events(t, id, asOf, snapshot.map(DecisionItems.Snapshot::lastSeq).orElse(0L));
        if (snapshot.isPresent())
            return Optional.of(new Past(snapshot.get().item().applyAll(events), snapshot.get().version() + events.size()));
        return events.isEmpty() ? Optional.empty() : Optional.of(new Past(DecisionItem.replay(events), events.size()));
    }

    /** An item replayed from its whole history, with the seq of its last entry. */
    record Rebuilt(DecisionItem item, long lastSeq) {}

    /** Replays the item's whole history once, keeping a snapshot every {@link #SNAPSHOT_EVERY} acts on the way. */
    Optional<Rebuilt> rebuild(Tx t, ItemId id) {
        JournalEvents journalEvents = t.repository(JournalEvents.class);
        DecisionItem item = null;
        long version = 0;
        long after = 0;
        while (true) {
            List<JournalEntry> page = journalEvents.list(Optional.of(ProcedureEvents.subject(id)), Optional.empty(), after, 1000);
            for (JournalEntry e : page) {
                ProcedureEvent event = journal.payload(e, ProcedureEvent.class);
                item = item == null ? DecisionItem.replay(List.of(event)) : item.apply(event);
                version++;
                snapshotIfDue(t, item, version - 1, version, e.seq());
            }
            if (!page.isEmpty()) after = page.get(page.size() - 1).seq();
            if (page.size() < 1000) return item == null ? Optional.empty() : Optional.of(new Rebuilt(item, after));
        }
    }

    private List<ProcedureEvent> events(Tx t, ItemId id, Optional<Instant> asOf, long afterSeq) {
        JournalEvents journalEvents = t.repository(JournalEvents.class);
        List<ProcedureEvent> out = new ArrayList<>();
        long after = afterSeq;
        while (true) {
            List<JournalEntry> page = journalEvents.list(Optional.of(ProcedureEvents.subject(id)), Optional.empty(), after, 1000);
            for (JournalEntry e : page) {
                ProcedureEvent event = journal.payload(e, ProcedureEvent.class);
                if (asOf.isEmpty() || !event.at().isAfter(asOf.get())) out.add(event);
            }
            if (page.size() < 1000) return out;
            after = page.get(page.size() - 1).seq();
        }
    }
}
