package org.concord.register.data;

import org.concord.register.model.Member;
import org.concord.shared.Violations;

import java.util.List;
import java.util.OptionalLong;

import static org.concord.register.data.Wire.*;

/**
 * A member state on the wire.
 *
 * @param population optional: the member's population or population weight, at least 0, one figure per member for
 *                   the period the dataset describes (constructive abstention, R6); left out when absent
 */
public record MemberData(String iso3, String iso2, String name, String accession, String left, String round, Long population,
                         String note, List<String> sources, String confidence) {

    public static MemberData from(Member m) {
        return new MemberData(m.iso3().code(), m.iso2().code(), m.name(), m.accession().toString(), str(m.left()),
                m.round().orElse(null), m.population().isPresent() ? m.population().getAsLong() : null,
                m.note().orElse(null), Wire.sources(m.provenance()), m.provenance().confidence().name());
    }

    /** @return the member, or null with the violations added under {@code path} */
    public Member toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var code = required(v, p + "iso3", iso3, Wire::iso3);
        var code2 = required(v, p + "iso2", iso2, Wire::iso2);
        required(v, p + "name", name);
        var acc = required(v, p + "accession", accession, Wire::day);
        var l = optional(v, p + "left", left, Wire::day);
        if (population != null && population < 0) v.add(p + "population", "must be 0 or more, was " + population);
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        OptionalLong pop = population == null ? OptionalLong.empty() : OptionalLong.of(population);
        return v.parse(path.isEmpty() ? "member" : path, () -> new Member(code, code2, name, acc, l, text(round), pop, text(note), prov));
    }
}
