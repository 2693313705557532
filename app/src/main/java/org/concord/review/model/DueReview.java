package org.concord.review.model;

import org.concord.register.model.MissionId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A review that a mission owes on a date: overdue (its due date has passed and no held review is recorded for it) or
 * due (within {@link ReviewSchedule#DUE_WITHIN_DAYS} days).
 *
 * @param review the called ad hoc review, if it is one; a periodic review owed has no record yet
 */
public record DueReview(MissionId mission, ReviewKind kind, LocalDate dueOn, State state, Optional<ReviewId> review) {
    public enum State { OVERDUE, DUE }

    public DueReview {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(state, "state");
        review = review == null ? Optional.empty() : review;
    }
}
