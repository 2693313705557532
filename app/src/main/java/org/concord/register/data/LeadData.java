package org.concord.register.data;

import org.concord.register.model.LeadTerm;
import org.concord.shared.Violations;

import java.util.List;

import static org.concord.register.data.Wire.*;

/**
 * A nation's leading role in a mission for a period, on the wire: {@code from} inclusive, {@code to} the first day the
 * term no longer held; dates {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. Without dates it holds throughout.
 */
public record LeadData(String nation, String role, String from, String to, String note, List<String> sources, String confidence) {

    static LeadData from(LeadTerm l) {
        return new LeadData(l.nation().code(), l.role().orElse(null), str(l.from()), str(l.to()), l.note().orElse(null),
                Wire.sources(l.provenance()), l.provenance().confidence().name());
    }

    LeadTerm toModel(String path, Violations v, String inheritedConfidence) {
        String p = prefix(path);
        int before = v.size();
        var n = required(v, p + "nation", nation, Wire::iso3);
        var f = optional(v, p + "from", from, Wire::partial);
        var t = optional(v, p + "to", to, Wire::partial);
        if (f.isPresent() && t.isPresent() && !t.get().first().isAfter(f.get().first()))
            v.add(p + "to", "'" + to + "' must come after from '" + from + "'");
        var prov = provenance(v, p, sources, confidence != null ? confidence : inheritedConfidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new LeadTerm(n, text(role), f, t, text(note), prov));
    }
}
