package org.concord.register.data;

import org.concord.register.model.Partner;
import org.concord.register.model.Partnership;
import org.concord.shared.Violations;

import java.util.ArrayList;
import java.util.List;

import static org.concord.register.data.Wire.*;

/** A partner country on the wire. */
public record PartnerData(String iso3, String iso2, String name, List<PartnershipData> frameworks, String note,
                          List<String> sources, String confidence) {

    public static PartnerData from(Partner p) {
        return new PartnerData(p.iso3().code(), p.iso2().code(), p.name(),
                p.frameworks().stream().map(PartnershipData::from).toList(), p.note().orElse(null),
                Wire.sources(p.provenance()), p.provenance().confidence().name());
    }

    public Partner toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var code = required(v, p + "iso3", iso3, Wire::iso3);
        var code2 = required(v, p + "iso2", iso2, Wire::iso2);
        required(v, p + "name", name);
        List<Partnership> fs = new ArrayList<>();
        if (frameworks != null)
            for (int i = 0; i < frameworks.size(); i++) fs.add(frameworks.get(i).toModel(p + "frameworks[" + i + "]", v));
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new Partner(code, code2, name, fs, text(note), prov));
    }
}
