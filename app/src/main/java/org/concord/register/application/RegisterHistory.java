package org.concord.register.application;

import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalEvents;
import org.concord.register.data.EventData;
import org.concord.register.data.MissionData;
import org.concord.register.model.Event;
import org.concord.register.model.Mission;
import org.concord.shared.Violations;
import org.concord.shared.tx.Tx;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register as it was recorded at a past instant, rebuilt from the journal: every register write journals the
 * record's whole document, so the last document per record up to that instant is what the register said then.
 */
final class RegisterHistory {
    private final Journal journal;

    RegisterHistory(Journal journal) { this.journal = journal; }

    List<Mission> missions(Tx t, Instant at) {
        return latest(t, RegisterEvents.missionPrefix(), at).values().stream()
                .map(doc -> ((MissionData) doc).toModel("", new Violations()))
                .sorted(Comparator.comparing((Mission m) -> m.start().first()).thenComparing(Mission::id)).toList();
    }

    List<Event> events(Tx t, Instant at) {
        return latest(t, RegisterEvents.eventPrefix(), at).values().stream()
                .map(doc -> ((EventData) doc).toModel("", new Violations()))
                .sorted(Comparator.comparing((Event e) -> e.start().first()).thenComparing(Event::id)).toList();
    }

    /** The last document per subject under {@code prefix} up to {@code at}, each entry read by its type name. */
    private Map<String, Object> latest(Tx t, String prefix, Instant at) {
        Map<String, Object> docs = new LinkedHashMap<>();
        for (JournalEntry e : t.repository(JournalEvents.class).listByPrefix(prefix, at))
            RegisterEvents.decode(journal.codec(), e).flatMap(RegisterEvent::document).ifPresent(doc -> docs.put(e.subject(), doc));
        return docs;
    }}
