package org.concord.register.application;

import com.fasterxml.jackson.databind.JsonNode;
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
        return latest(t, "mission:", at).values().stream()
                .map(doc -> read(doc, MissionData.class).toModel("", new Violations()))
                .sorted(Comparator.comparing((Mission m) -> m.start().first()).thenComparing(Mission::id)).toList();
    }

    List<Event> events(Tx t, Instant at) {
        return latest(t, "event:", at).values().stream()
                .map(doc -> read(doc, EventData.class).toModel("", new Violations()))
                .sorted(Comparator.comparing((Event e) -> e.start().first()).thenComparing(Event::id)).toList();
    }

    private Map<String, JsonNode> latest(Tx t, String prefix, Instant at) {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (JournalEntry e : t.repository(JournalEvents.class).listByPrefix(prefix, at)) {
            JsonNode payload = journal.payload(e, JsonNode.class);
            // a change by a decision or a correction journals the record beside what made it
            boolean wrapped = payload.has("record") && (payload.has("decision") || payload.has("correction"));
            docs.put(e.subject(), wrapped ? payload.get("record") : payload);
        }
        return docs;
    }

    private <T> T read(JsonNode node, Class<T> type) { return journal.payload(node, type); }
}
