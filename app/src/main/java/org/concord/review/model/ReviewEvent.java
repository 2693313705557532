package org.concord.review.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened to a mission review, journaled under {@link ReviewEvents#subject}. Plain records (nullable
 * fields say so) that serialise to JSON as they are; each carries the review's marking so that the journal is filtered
 * as the review is.
 */
public sealed interface ReviewEvent {
    String review();

    String classification();

    /**
     * A review was held.
     *
     * @param calledOn when it was called (ad hoc only), nullable
     * @param item     the decision item it led to, nullable
     * @param summary  what it found, nullable
     */
    record ReviewRecorded(String review, String mission, ReviewKind kind, LocalDate dueOn, LocalDate calledOn, LocalDate heldOn,
                          String body, Recommendation recommendation, String item, String summary, String classification)
            implements ReviewEvent {
        public static final String TYPE = "ReviewRecorded";

        public ReviewRecorded {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(heldOn, "heldOn");
            Objects.requireNonNull(recommendation, "recommendation");
        }

        public static ReviewRecorded of(Review r) {
            return new ReviewRecorded(r.id().value(), r.mission().value(), r.kind(), r.dueOn(), r.calledOn().orElse(null),
                    r.heldOn().orElseThrow(), r.body(), r.recommendation().orElseThrow(), r.item().map(i -> i.value()).orElse(null),
                    r.summary().orElse(null), r.classification());
        }
    }

    /** The chair called an ad hoc review of a mission, due on {@code dueOn}. @param summary why, nullable */
    record AdHocReviewCalled(String review, String mission, LocalDate dueOn, LocalDate calledOn, String body, String summary,
                             String classification) implements ReviewEvent {
        public static final String TYPE = "AdHocReviewCalled";

        public AdHocReviewCalled {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(calledOn, "calledOn");
        }

        public static AdHocReviewCalled of(Review r) {
            return new AdHocReviewCalled(r.id().value(), r.mission().value(), r.dueOn(), r.calledOn().orElseThrow(), r.body(),
                    r.summary().orElse(null), r.classification());
        }
    }

    /** A held review was linked to the decision item it led to. */
    record ReviewLinkedToItem(String review, String item, String classification) implements ReviewEvent {
        public static final String TYPE = "ReviewLinkedToItem";

        public ReviewLinkedToItem {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(item, "item");
        }
    }
}
