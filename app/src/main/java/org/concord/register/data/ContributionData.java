package org.concord.register.data;

import org.concord.register.model.Contribution;
import org.concord.register.model.Qualifier;
import org.concord.shared.Violations;

import java.util.List;

import static org.concord.register.data.Wire.*;

/** One nation's personnel in a mission on a date, on the wire. */
public record ContributionData(String nation, Integer personnel, String qualifier, String date, String note, List<String> sources,
                               String confidence) {

    static ContributionData from(Contribution c) {
        return new ContributionData(c.nation().code(), c.personnel(), c.qualifier() == Qualifier.EXACT ? null : c.qualifier().name(),
                c.date().toString(), c.note().orElse(null), Wire.sources(c.provenance()), c.provenance().confidence().name());
    }

    Contribution toModel(String path, Violations v, String inheritedConfidence) {
        String p = prefix(path);
        int before = v.size();
        var n = required(v, p + "nation", nation, Wire::iso3);
        if (personnel == null) v.add(p + "personnel", "is required");
        else if (personnel < 0) v.add(p + "personnel", "must not be negative, got " + personnel);
        var q = qualifier == null ? Qualifier.EXACT : v.parse(p + "qualifier", () -> enumOf(Qualifier.class).apply(qualifier));
        var d = required(v, p + "date", date, Wire::partial);
        var prov = provenance(v, p, sources, confidence != null ? confidence : inheritedConfidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new Contribution(n, personnel, q, d, text(note), prov));
    }
}
