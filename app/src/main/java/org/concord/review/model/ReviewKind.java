package org.concord.review.model;

/** A review on the mission's cycle, or one called outside it. */
public enum ReviewKind {
    /** Falls due on the mission's review cycle. */
    PERIODIC,
    /** Called by the chair outside the cycle, with its own due date. */
    AD_HOC
}
