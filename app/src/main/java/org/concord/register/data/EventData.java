package org.concord.register.data;

import org.concord.register.model.Event;
import org.concord.register.model.EventId;
import org.concord.register.model.EventKind;
import org.concord.register.model.EventStatus;
import org.concord.register.model.Session;
import org.concord.shared.Violations;

import java.util.ArrayList;
import java.util.List;

import static org.concord.register.data.Wire.*;

/** An event on the wire. {@code version} is the optimistic-lock version, absent in files. */
public record EventData(String id, String name, String kind, String parent, String place, String country, String start,
                        String end, String status, List<SessionData> sessions, String note, List<String> sources,
                        String confidence, String classification, Long version) {

    public static EventData from(Event e) {
        return new EventData(e.id().value(), e.name(), e.kind().name(), str(e.parent()), e.place(), str(e.country()),
                e.start().toString(), e.end().toString(), e.status().name(),
                e.sessions().isEmpty() ? null : e.sessions().stream().map(SessionData::from).toList(), e.note().orElse(null),
                Wire.sources(e.provenance()), e.provenance().confidence().name(),
                e.classification().equals(Wire.PUBLIC) ? null : e.classification(), e.version() == 0 ? null : e.version());
    }

    public EventData withoutVersion() {
        return new EventData(id, name, kind, parent, place, country, start, end, status, sessions, note, sources, confidence, classification, null);
    }

    public Event toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var eid = required(v, p + "id", id, EventId::new);
        required(v, p + "name", name);
        var k = required(v, p + "kind", kind, enumOf(EventKind.class));
        var par = optional(v, p + "parent", parent, EventId::new);
        required(v, p + "place", place);
        var c = optional(v, p + "country", country, Wire::iso3);
        var s = required(v, p + "start", start, Wire::partial);
        var e = end == null ? s : v.parse(p + "end", () -> Wire.partial(end));
        if (s != null && e != null && e.last().isBefore(s.first())) v.add(p + "end", "'" + end + "' is before the start '" + start + "'");
        var st = status == null ? EventStatus.SCHEDULED : v.parse(p + "status", () -> enumOf(EventStatus.class).apply(status));
        List<Session> ss = new ArrayList<>();
        if (sessions != null)
            for (int i = 0; i < sessions.size(); i++) ss.add(sessions.get(i).toModel(p + "sessions[" + i + "]", v));
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path.isEmpty() ? "event" : path, () -> new Event(eid, name, k, par, place, c, s, e, st, ss, text(note), prov,
                classification == null || classification.isBlank() ? Wire.PUBLIC : classification, version == null ? 0 : version));
    }
}
