package org.concord.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalService;
import org.concord.register.application.RegisterEvent;
import org.concord.register.application.RegisterEvents;
import org.concord.procedure.data.EffectRequest;
import org.concord.shared.Forbidden;
import org.concord.shared.Principal;
import org.concord.json.Json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an adopted item changed in the register, read from the journal: the record's entry written by the decision
 * ("...ByDecision", naming the item) against the entry before it, field by field.
 */
final class EffectChanges {
    private static final Set<String> SKIP = Set.of("version", "sources", "confidence", "classification", "note");
    private final JournalService journal;

    EffectChanges(JournalService journal) { this.journal = journal; }

    List<ItemPage.Change> changes(Principal who, String item, EffectRequest effect) {
        if (effect == null) return List.of();
        var mission = effect.missionTarget();
        var target = effect.eventTarget();
        String subject = mission.map(RegisterEvents::missionSubject).or(() -> target.map(RegisterEvents::eventSubject)).orElse(null);
        if (subject == null) return List.of();
        String href = mission.map(m -> "/missions/" + m).orElseGet(() -> "/events/" + target.orElseThrow());
        List<JournalEntry> entries;
        try {
            entries = journal.list(who, Optional.of(subject), Optional.empty(), 0, 1000);
        } catch (Forbidden f) {
            return List.of();
        }
        JsonNode before = null;
        for (JournalEntry e : entries) {
            Optional<RegisterEvent> event = RegisterEvents.decode(journal.codec(), e);
            JsonNode doc = event.flatMap(RegisterEvent::document).map(d -> Json.mapper().<JsonNode>valueToTree(d)).orElse(null);
            if (event.flatMap(RegisterEvent::madeBy).filter(item::equals).isPresent()) return diff(subject, href, before, doc);
            if (doc != null) before = doc;
        }
        return List.of();
    }

    static List<ItemPage.Change> diff(String subject, String href, JsonNode before, JsonNode after) {
        List<ItemPage.Change> out = new ArrayList<>();
        if (before == null) {
            out.add(new ItemPage.Change(subject, href, "record", "did not exist", "created"));
            return out;
        }
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            if (SKIP.contains(f)) continue;
            JsonNode b = before.path(f), a = after.path(f);
            if (b.equals(a)) continue;
            if (f.equals("sessions")) {
                sessions(subject, href, b, a, out);
                continue;
            }
            out.add(new ItemPage.Change(subject, href, Labels.event(f).toLowerCase(), show(f, b), show(f, a)));
        }
        return out;
    }

    private static void sessions(String subject, String href, JsonNode before, JsonNode after, List<ItemPage.Change> out) {
        for (JsonNode s : after) {
            String id = s.path("id").asText();
            JsonNode old = null;
            for (JsonNode o : before) if (o.path("id").asText().equals(id)) old = o;
            if (old != null && old.equals(s)) continue;
            java.util.Map<String, String> was = new java.util.TreeMap<>(), now = new java.util.TreeMap<>();
            if (old != null) for (JsonNode i : old.path("invitations")) was.put(i.path("country").asText(), i.path("status").asText());
            for (JsonNode i : s.path("invitations")) now.put(i.path("country").asText(), i.path("status").asText());
            Set<String> countries = new java.util.TreeSet<>(was.keySet());
            countries.addAll(now.keySet());
            for (String c : countries)
                if (!java.util.Objects.equals(was.get(c), now.get(c)))
                    out.add(new ItemPage.Change(subject, href, "session " + id + ": " + c,
                            Labels.words(was.getOrDefault(c, "not listed")), Labels.words(now.getOrDefault(c, "not listed"))));
        }
    }

    private static String show(String field, JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return Display.NONE;
        if (v.isValueNode()) return v.asText();
        if (v.isArray() && field.equals("strength")) {
            if (v.isEmpty()) return Display.NONE;
            JsonNode last = v.get(v.size() - 1);
            String fig = last.hasNonNull("actual") ? last.get("actual").asText() : last.path("authorised").asText("—");
            return v.size() + " figures, latest " + last.path("date").asText() + ": " + fig;
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
                JsonNode n = it.next();
                parts.add(n.isValueNode() ? n.asText() : n.toString());
            }
            return parts.isEmpty() ? Display.NONE : String.join(", ", parts);
        }
        return v.toString();
    }
}
