package org.concord.review.model;

import org.concord.register.model.MissionId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A review's id: the mission, the due date and, for an ad hoc review, {@code -ad-hoc}, e.g. {@code kfor-2026-06-12} or
 * {@code nmi-2026-12-15-ad-hoc}. One periodic and one ad hoc review per mission and due date.
 */
public record ReviewId(String value) {
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,79}-\\d{4}-\\d{2}-\\d{2}(-ad-hoc)?");

    public ReviewId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches())
            throw new IllegalArgumentException("review id '" + value + "' must be MISSION-YYYY-MM-DD, with -ad-hoc for an ad hoc review");
    }

    public static ReviewId of(MissionId mission, ReviewKind kind, LocalDate dueOn) {
        return new ReviewId(mission.value() + "-" + dueOn + (kind == ReviewKind.AD_HOC ? "-ad-hoc" : ""));
    }

    @Override public String toString() { return value; }
}
