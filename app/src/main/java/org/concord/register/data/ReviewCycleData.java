package org.concord.register.data;

import org.concord.register.model.ReviewCycle;
import org.concord.shared.Violations;

import java.util.List;

import static org.concord.register.data.Wire.*;

/**
 * A mission's review cycle on the wire: a periodic review every {@code intervalMonths} months from {@code firstDue}
 * (YYYY-MM-DD), with the note saying what is sourced and what is assumed.
 */
public record ReviewCycleData(Integer intervalMonths, String firstDue, String note, List<String> sources, String confidence) {

    static ReviewCycleData from(ReviewCycle c) {
        return new ReviewCycleData(c.intervalMonths(), c.firstDue().toString(), c.note().orElse(null), Wire.sources(c.provenance()),
                c.provenance().confidence().name());
    }

    ReviewCycle toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        if (intervalMonths == null) v.add(p + "intervalMonths", "is required (months between periodic reviews, 1 to 60)");
        else if (intervalMonths < 1 || intervalMonths > 60) v.add(p + "intervalMonths", "must be 1 to 60, got " + intervalMonths);
        var first = required(v, p + "firstDue", firstDue, Wire::day);
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new ReviewCycle(intervalMonths, first, text(note), prov));
    }
}
