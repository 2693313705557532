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
 * {@code item:<id>}, appended in the command's transaction and replayed to rebuild the item, now or at a past instant.
 */
final class ItemHistory {
    private final Journal journal;

    ItemHistory(Journal journal) { this.journal = journal; }

    void persist(Tx t, Principal who, List<ProcedureEvent> events) {
        for (ProcedureEvent e : events)
            journal.record(t, who, e.getClass().getSimpleName(), "item:" + e.item().value(), e, e.at());
    }

    /** The item rebuilt from its events up to {@code asOf} (all when empty); empty if it had none by then. */
    Optional<DecisionItem> load(Tx t, ItemId id, Optional<Instant> asOf) {
        List<ProcedureEvent> events = events(t, id, asOf);
        return events.isEmpty() ? Optional.empty() : Optional.of(DecisionItem.replay(events));
    }

    /** The item's version at {@code asOf}: the number of its events by then. */
    long count(Tx t, ItemId id, Optional<Instant> asOf) { return events(t, id, asOf).size(); }

    private List<ProcedureEvent> events(Tx t, ItemId id, Optional<Instant> asOf) {
        JournalEvents journalEvents = t.repository(JournalEvents.class);
        List<ProcedureEvent> out = new ArrayList<>();
        long after = 0;
        while (true) {
            List<JournalEntry> page = journalEvents.list(Optional.of("item:" + id.value()), Optional.empty(), after, 1000);
            for (JournalEntry e : page) {
                ProcedureEvent event = journal.payload(e, ProcedureEvent.class);
                if (asOf.isEmpty() || !event.at().isAfter(asOf.get())) out.add(event);
            }
            if (page.size() < 1000) return out;
            after = page.get(page.size() - 1).seq();
        }
    }
}
