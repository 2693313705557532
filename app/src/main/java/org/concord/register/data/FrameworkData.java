package org.concord.register.data;

import org.concord.register.model.Framework;
import org.concord.register.model.FrameworkCode;
import org.concord.shared.Violations;

import java.util.List;

import static org.concord.register.data.Wire.*;

/** A partnership framework on the wire. */
public record FrameworkData(String code, String name, String launched, String note, List<String> sources, String confidence) {

    public static FrameworkData from(Framework f) {
        return new FrameworkData(f.code().value(), f.name(), str(f.launched()), f.note().orElse(null),
                Wire.sources(f.provenance()), f.provenance().confidence().name());
    }

    public Framework toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var c = required(v, p + "code", code, FrameworkCode::new);
        required(v, p + "name", name);
        var l = optional(v, p + "launched", launched, Wire::partial);
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new Framework(c, name, l, text(note), prov));
    }
}
