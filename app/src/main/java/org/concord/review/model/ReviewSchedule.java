package org.concord.review.model;

import org.concord.register.model.Mission;
import org.concord.register.model.ReviewCycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The due-date rule, on a date {@code on}, for a mission running that day:
 * <ul>
 *   <li>the latest periodic due date on or before {@code on} is <b>overdue</b> unless a periodic review for it was held
 *       by {@code on} (earlier missed dates are not listed again: the latest one stands for them);</li>
 *   <li>the next periodic due date after {@code on} is <b>due</b> when it falls within {@value #DUE_WITHIN_DAYS} days,
 *       unless it was already held;</li>
 *   <li>an ad hoc review called by {@code on} and not held by then is <b>overdue</b> after its due date, else <b>due</b>.</li>
 * </ul>
 * Only reviews recorded in Concord count as held: "overdue" means no held review is recorded.
 */
public final class ReviewSchedule {
    static final int DUE_WITHIN_DAYS = 30;

    private ReviewSchedule() {}

    /** What {@code mission} owes on {@code on}, given every review recorded for it; oldest due date first. */
    public static List<DueReview> owed(Mission mission, List<Review> reviews, LocalDate on) {
        List<DueReview> out = new ArrayList<>();
        if (!mission.runningOn(on)) return out;
        Optional<ReviewCycle> cycle = mission.reviewCycle();
        if (cycle.isPresent()) {
            ReviewCycle c = cycle.get();
            LocalDate next = c.nextAfter(on);
            if (!c.firstDue().isAfter(on)) {
                LocalDate last = latestOnOrBefore(c, on);
                if (!heldFor(reviews, last, on))
                    out.add(new DueReview(mission.id(), ReviewKind.PERIODIC, last, DueReview.State.OVERDUE, Optional.empty()));
            }
            if (!next.isAfter(on.plusDays(DUE_WITHIN_DAYS)) && !heldFor(reviews, next, on))
                out.add(new DueReview(mission.id(), ReviewKind.PERIODIC, next, DueReview.State.DUE, Optional.empty()));
        }
        for (Review r : reviews)
            if (r.kind() == ReviewKind.AD_HOC && r.knownBy(on) && !r.heldBy(on))
                out.add(new DueReview(mission.id(), ReviewKind.AD_HOC, r.dueOn(),
                        r.dueOn().isBefore(on) ? DueReview.State.OVERDUE : DueReview.State.DUE, Optional.of(r.id())));
        out.sort(Comparator.comparing(DueReview::dueOn));
        return out;
    }

    /** The next periodic due date after {@code on}, if the mission has a cycle. */
    public static Optional<LocalDate> nextPeriodic(Mission mission, LocalDate on) {
        return mission.reviewCycle().map(c -> c.nextAfter(on));
    }

    private static LocalDate latestOnOrBefore(ReviewCycle c, LocalDate on) {
        LocalDate last = c.firstDue();
        for (int n = 1; !c.due(n).isAfter(on); n++) last = c.due(n);
        return last;
    }

    private static boolean heldFor(List<Review> reviews, LocalDate due, LocalDate on) {
        return reviews.stream().anyMatch(r -> r.kind() == ReviewKind.PERIODIC && r.dueOn().equals(due) && r.heldBy(on));
    }
}
