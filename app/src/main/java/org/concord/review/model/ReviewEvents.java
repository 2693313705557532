package org.concord.review.model;

/** Where review events are journaled: the subject of a review. */
public final class ReviewEvents {
    private static final String PREFIX = "review:";

    private ReviewEvents() {}

    /** The journal subject of review {@code id}. */
    public static String subject(ReviewId id) { return PREFIX + id.value(); }

    /** Whether a journal subject names a review. */
    public static boolean isSubject(String subject) { return subject != null && subject.startsWith(PREFIX); }

    /** The review a journal subject names; empty when it names none. */
    public static java.util.Optional<String> reviewOf(String subject) {
        return isSubject(subject) ? java.util.Optional.of(subject.substring(PREFIX.length())) : java.util.Optional.empty();
    }

    /** The type names of the review events, as journaled. */
    public static java.util.List<String> types() {
        return java.util.List.of(ReviewEvent.ReviewRecorded.TYPE, ReviewEvent.AdHocReviewCalled.TYPE, ReviewEvent.ReviewLinkedToItem.TYPE);
    }
}
