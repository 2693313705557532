package org.concord.register.model;

import org.concord.shared.Provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * What a mission costs NATO's common funding in a year, as a source gives it (national costs are not included).
 *
 * @param amountEur  euros, not negative
 * @param year       the budget year
 * @param note       free text
 * @param provenance where the figure comes from, never null
 */
public record FundedCost(long amountEur, int year, Optional<String> note, Provenance provenance) {
    public FundedCost {
        if (amountEur < 0) throw new IllegalArgumentException("amountEur must not be negative, got " + amountEur);
        if (year < 1949 || year > 2100) throw new IllegalArgumentException("year must be 1949 to 2100, got " + year);
        Objects.requireNonNull(provenance, "provenance");
        note = note == null ? Optional.empty() : note;
    }
}
