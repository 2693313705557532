package org.concord.register.data;

import org.concord.register.model.Invitation;
import org.concord.register.model.InvitationStatus;
import org.concord.shared.Violations;

import java.util.List;

import static org.concord.register.data.Wire.*;

/** A partner's invitation to a session, on the wire. */
public record InvitationData(String country, String status, String note, List<String> sources, String confidence) {

    static InvitationData from(Invitation i) {
        return new InvitationData(i.country().code(), i.status().name(), i.note().orElse(null), Wire.sources(i.provenance()),
                i.provenance().confidence().name());
    }

    Invitation toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var c = required(v, p + "country", country, Wire::iso3);
        var st = required(v, p + "status", status, enumOf(InvitationStatus.class));
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new Invitation(c, st, text(note), prov));
    }
}
