package org.concord.review.application;

/**
 * A review a mission owes on a date.
 *
 * @param state            OVERDUE (due date passed, no held review recorded) or DUE (within 30 days)
 * @param days             days overdue (positive) or days until due (zero or negative: {@code -5} is due in 5 days)
 * @param review           the called ad hoc review's id; null for a periodic review (it has no record until held)
 * @param cycle            the cycle, e.g. {@code every 6 months from 2026-06-12}; null for an ad hoc review
 * @param cycleConfidence  the cycle's grade (RECALLED: an assumption)
 * @param cycleSources     the cycle's source keys
 */
public record DueReviewData(String mission, String missionName, String kind, String dueOn, String state, long days, String review,
                            String cycle, String cycleConfidence, java.util.List<String> cycleSources) {}
