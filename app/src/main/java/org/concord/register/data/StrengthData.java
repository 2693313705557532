package org.concord.register.data;

import org.concord.register.model.Qualifier;
import org.concord.register.model.StrengthPoint;
import org.concord.shared.Violations;

import java.util.List;
import java.util.OptionalInt;

import static org.concord.register.data.Wire.*;

/** A strength figure on the wire. */
public record StrengthData(String date, Integer actual, Integer authorised, String qualifier, Integer contributors,
                           String note, List<String> sources, String confidence) {

    static StrengthData from(StrengthPoint s) {
        return new StrengthData(s.date().toString(), boxed(s.actual()), boxed(s.authorised()),
                s.qualifier() == Qualifier.EXACT ? null : s.qualifier().name(), boxed(s.contributors()), s.note().orElse(null),
                Wire.sources(s.provenance()), s.provenance().confidence().name());
    }

    private static Integer boxed(OptionalInt o) { return o.isPresent() ? o.getAsInt() : null; }

    private static OptionalInt opt(Integer i) { return i == null ? OptionalInt.empty() : OptionalInt.of(i); }

    StrengthPoint toModel(String path, Violations v, String inheritedConfidence) {
        String p = prefix(path);
        int before = v.size();
        var d = required(v, p + "date", date, Wire::partial);
        if (actual != null && actual < 0) v.add(p + "actual", "must not be negative, got " + actual);
        if (authorised != null && authorised < 0) v.add(p + "authorised", "must not be negative, got " + authorised);
        if (contributors != null && contributors < 0) v.add(p + "contributors", "must not be negative, got " + contributors);
        var q = qualifier == null ? Qualifier.EXACT : v.parse(p + "qualifier", () -> enumOf(Qualifier.class).apply(qualifier));
        var prov = provenance(v, p, sources, confidence != null ? confidence : inheritedConfidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new StrengthPoint(d, opt(actual), opt(authorised), q, opt(contributors), text(note), prov));
    }
}
