package org.concord.procedure.model;

import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.Set;
import org.concord.shared.Iso3;

/**
 * The versioned membership of the bodies (R2, R12), supplied by the caller (the register). Dates are UTC calendar
 * dates of the act: the model converts an {@code Instant} with {@code ZoneOffset.UTC}.
 */
public interface Membership {

    /** The members of {@code body} on {@code date}; empty if the body is unknown or had no members. Never null. */
    Set<Iso3> membersAt(BodyId body, LocalDate date);

    /**
     * The population (or population weight) of {@code member} on {@code date}, used only for constructive abstention
     * (R6); empty if unknown. A register may keep one figure per member for the period its dataset describes.
     */
    default OptionalLong populationAt(Iso3 member, LocalDate date) { return OptionalLong.empty(); }
}
