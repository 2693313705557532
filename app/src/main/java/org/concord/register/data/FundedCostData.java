package org.concord.register.data;

import org.concord.register.model.FundedCost;
import org.concord.shared.Violations;

import java.util.List;

import static org.concord.register.data.Wire.*;

/** A mission's common-funded cost in a year (euros), on the wire. */
record FundedCostData(Long amountEur, Integer year, String note, List<String> sources, String confidence) {

    static FundedCostData from(FundedCost c) {
        return new FundedCostData(c.amountEur(), c.year(), c.note().orElse(null), Wire.sources(c.provenance()), c.provenance().confidence().name());
    }

    FundedCost toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        if (amountEur == null) v.add(p + "amountEur", "is required");
        else if (amountEur < 0) v.add(p + "amountEur", "must not be negative, got " + amountEur);
        if (year == null) v.add(p + "year", "is required");
        else if (year < 1949 || year > 2100) v.add(p + "year", "must be 1949 to 2100, got " + year);
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path, () -> new FundedCost(amountEur, year, text(note), prov));
    }
}
