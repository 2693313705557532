package org.concord.procedure.model;

import java.util.Objects;
import org.concord.shared.Iso3;

/**
 * A member that joined consensus without taking part in applying the decision (R6, R7).
 *
 * @param member who, must not be null
 * @param kind   why, must not be null
 * @param terms  the terms (R7) or the consequence of the declaration (R6), must not be blank
 */
public record Exemption(Iso3 member, ExemptionKind kind, String terms) {
    static final String QUALIFIED_ABSTENTION_TERMS =
            "not obliged to apply the decision; accepts that it commits the others and will not obstruct it";

    public Exemption {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Slugs.text("terms of exemption", terms);
    }
}
