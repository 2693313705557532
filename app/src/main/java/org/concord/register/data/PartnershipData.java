package org.concord.register.data;

import org.concord.register.model.FrameworkCode;
import org.concord.register.model.Partnership;
import org.concord.shared.Violations;

import java.util.List;

import static org.concord.register.data.Wire.*;

/** A partner's participation in a framework, on the wire. */
public record PartnershipData(String framework, String since, String note, List<String> sources, String confidence) {

    static PartnershipData from(Partnership p) {
        return new PartnershipData(p.framework().value(), str(p.since()), p.note().orElse(null), Wire.sources(p.provenance()),
                p.provenance().confidence().name());
    }

    Partnership toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var f = required(v, p + "framework", framework, FrameworkCode::new);
        var s = optional(v, p + "since", since, Wire::partial);
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new Partnership(f, s, text(note), prov));
    }
}
