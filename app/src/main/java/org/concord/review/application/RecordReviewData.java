package org.concord.review.application;

/**
 * A request to record a review held (with {@code heldOn} and {@code recommendation}) or to call an ad hoc review
 * (kind AD_HOC, no {@code heldOn}).
 *
 * @param kind           PERIODIC or AD_HOC; default PERIODIC when {@code heldOn} is given, else AD_HOC
 * @param dueOn          YYYY-MM-DD; for a periodic review one of the cycle's due dates
 * @param heldOn         YYYY-MM-DD, not after today; absent to call an ad hoc review
 * @param body           the body, e.g. {@code nac} (the default)
 * @param recommendation CONTINUE, ADJUST, REDUCE or TERMINATE; required with {@code heldOn}
 * @param item           the decision item the review led to, if any
 * @param summary        what it found, at most 4,000 characters
 * @param classification its marking (default NATO UNCLASSIFIED, and never below the mission's)
 */
public record RecordReviewData(String kind, String dueOn, String heldOn, String body, String recommendation, String item,
                               String summary, String classification) {}
