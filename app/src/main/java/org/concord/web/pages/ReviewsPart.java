package org.concord.web.pages;

import org.concord.register.data.ReviewCycleData;
import org.concord.review.application.DueReviewData;
import org.concord.review.application.ReviewData;
import org.concord.review.model.Recommendation;
import org.concord.review.model.ReviewKind;

import java.util.Arrays;
import java.util.List;

/**
 * The reviews of one mission as its page shows them: the cycle with its grade, what is due or overdue on the desk's
 * date, the reviews recorded, and (for the chair) the form that records one.
 *
 * @param cycle      e.g. {@code every 6 months from 2026-06-12}; null when the mission has no cycle
 * @param nextDue    the next periodic due date after today; null without a cycle
 * @param mayRecord  whether the viewer may record a review (the chair)
 * @param errors     what was wrong with the review just sent, if anything
 * @param sent       the fields of that refused review, shown in the form again so that a refusal loses no input
 * @param markings   the markings a review may be given (NATO UNCLASSIFIED, the default, chosen)
 */
public record ReviewsPart(String cycle, String cycleGrade, String cycleSources, String cycleNote, String nextDue, List<DueRow> due,
                          List<ReviewRow> history, boolean mayRecord, List<Pages.Choice> kinds, List<Pages.Choice> recommendations,
                          List<String> errors, java.util.Map<String, String> sent, List<Pages.Choice> markings) {

    /** What the refused review sent in {@code field}, or null. */
    public String sent(String field) { return sent.get(field); }

    /** Whether {@code c} is chosen: as the refused review sent {@code field}, else as the form's default. */
    public boolean selected(String field, Pages.Choice c) {
        String v = sent.get(field);
        return v == null ? c.selected() : v.equals(c.value());
    }

    /** A review due or overdue. */
    public record DueRow(String mission, String missionName, String kind, String dueOn, String state, String lateness) {}

    /** A review recorded. */
    public record ReviewRow(String id, String kind, String dueOn, String held, String body, String recommendation, String item, String marking) {}

    static ReviewsPart of(ReviewCycleData c, String nextDue, List<DueReviewData> due, List<ReviewData> history, boolean mayRecord, List<String> errors,
                          java.util.Map<String, String> sent, List<String> markings) {
        return new ReviewsPart(c == null ? null : "every " + (c.intervalMonths() == 12 ? "year" : c.intervalMonths() + " months") + " from " + c.firstDue(),
                c == null ? null : Display.text(c.confidence()), c == null ? null : Display.list(c.sources()), c == null ? null : c.note(),
                nextDue, due.stream().map(ReviewsPart::dueRow).toList(), history.stream().map(ReviewsPart::reviewRow).toList(), mayRecord,
                Arrays.stream(ReviewKind.values()).map(k -> new Pages.Choice(k.name(), Labels.words(k.name()), k == ReviewKind.PERIODIC)).toList(),
                Arrays.stream(Recommendation.values()).map(r -> new Pages.Choice(r.name(), Labels.words(r.name()), false)).toList(), errors, sent,
                markings.stream().map(m -> new Pages.Choice(m, m, m.equals("NATO UNCLASSIFIED"))).toList());
    }

    static DueRow dueRow(DueReviewData d) {
        String lateness = "OVERDUE".equals(d.state()) ? d.days() + (d.days() == 1 ? " day late" : " days late")
                : d.days() == 0 ? "due today" : "due in " + (-d.days()) + (d.days() == -1 ? " day" : " days");
        return new DueRow(d.mission(), d.missionName(), Labels.words(d.kind()), d.dueOn(), d.state(), lateness);
    }

    static ReviewRow reviewRow(ReviewData r) {
        return new ReviewRow(r.id(), Labels.words(r.kind()), r.dueOn(), r.heldOn() != null ? r.heldOn() : "called " + r.calledOn() + ", not held yet",
                r.body(), r.recommendation() == null ? Display.NONE : Labels.words(r.recommendation()), r.item(), r.classification());
    }
}
