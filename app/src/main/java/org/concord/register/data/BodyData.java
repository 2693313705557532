package org.concord.register.data;

import org.concord.register.model.Body;
import org.concord.register.model.BodyId;
import org.concord.register.model.MemberSet;
import org.concord.shared.Violations;

import java.util.List;

import static org.concord.register.data.Wire.*;

/** A body on the wire. */
public record BodyData(String id, String name, String role, String chair, String memberSet, List<String> members,
                       String note, List<String> sources, String confidence) {

    public static BodyData from(Body b) {
        return new BodyData(b.id().value(), b.name(), b.role().orElse(null), b.chair().orElse(null), b.memberSet().name(),
                codes(b.members()), b.note().orElse(null), Wire.sources(b.provenance()), b.provenance().confidence().name());
    }

    public Body toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var bid = required(v, p + "id", id, BodyId::new);
        required(v, p + "name", name);
        var set = memberSet == null ? MemberSet.ALL_MEMBERS : v.parse(p + "memberSet", () -> enumOf(MemberSet.class).apply(memberSet));
        var ms = isoList(v, p + "members", members);
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new Body(bid, name, text(role), text(chair), set, ms, text(note), prov));
    }
}
