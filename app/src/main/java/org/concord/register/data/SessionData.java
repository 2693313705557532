package org.concord.register.data;

import org.concord.register.model.BodyId;
import org.concord.register.model.Formality;
import org.concord.register.model.Invitation;
import org.concord.register.model.Level;
import org.concord.register.model.Session;
import org.concord.register.model.SessionId;
import org.concord.shared.Violations;

import java.util.ArrayList;
import java.util.List;

import static org.concord.register.data.Wire.*;

/** A session of an event, on the wire; {@code level} may be left out (unknown) for an informal session only. */
public record SessionData(String id, String title, String body, String date, String formality, String level,
                          List<InvitationData> invitations, String note, List<String> sources, String confidence) {

    static SessionData from(Session s) {
        return new SessionData(s.id().value(), s.title(), s.body().value(), str(s.date()), s.formality().name(), s.level().map(Enum::name).orElse(null),
                s.invitations().isEmpty() ? null : s.invitations().stream().map(InvitationData::from).toList(),
                s.note().orElse(null), Wire.sources(s.provenance()), s.provenance().confidence().name());
    }

    Session toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var sid = required(v, p + "id", id, SessionId::new);
        required(v, p + "title", title);
        var b = body == null ? BodyId.of("nac") : v.parse(p + "body", () -> new BodyId(body));
        var d = optional(v, p + "date", date, Wire::day);
        var f = required(v, p + "formality", formality, enumOf(Formality.class));
        var l = optional(v, p + "level", level, enumOf(Level.class));
        if (f == Formality.FORMAL && level == null) v.add(p + "level", "is required for a FORMAL session (only an informal one may be of unknown level)");
        List<Invitation> inv = new ArrayList<>();
        if (invitations != null)
            for (int i = 0; i < invitations.size(); i++) inv.add(invitations.get(i).toModel(p + "invitations[" + i + "]", v));
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new Session(sid, title, b, d, f, l, inv, text(note), prov));
    }
}
