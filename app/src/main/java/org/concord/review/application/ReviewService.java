package org.concord.review.application;

import org.concord.shared.CalendarDate;
import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.journal.Journal;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.Bodies;
import org.concord.register.model.BodyId;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.Missions;
import org.concord.register.model.ReviewCycle;
import org.concord.review.model.DueReview;
import org.concord.review.model.Recommendation;
import org.concord.review.model.Review;
import org.concord.review.model.ReviewEvent;
import org.concord.review.model.ReviewEvents;
import org.concord.review.model.ReviewId;
import org.concord.review.model.ReviewKind;
import org.concord.review.model.ReviewSchedule;
import org.concord.review.model.Reviews;
import org.concord.shared.Conflict;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Violations;
import org.concord.shared.tx.Transactions;
import org.concord.shared.tx.Tx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Mission reviews: record a review held or call an ad hoc one (the chair), read a mission's review history, and list
 * what is due or overdue on a date ({@link ReviewSchedule}'s rule). Each act is journaled in the transaction that
 * stores it. A review is seen by a reader who may see both its own marking and its mission's; a hidden mission
 * answers as a missing one.
 */
public final class ReviewService {
    /** The body a review is held by when none is named. */
    static final String DEFAULT_BODY = "nac";
    public static final String DEFAULT_CLASSIFICATION = "NATO UNCLASSIFIED";
    private static final int MAX_SUMMARY = 4000;

    private final Transactions tx;
    private final Journal journal;
    private final AccessControl access;
    private final Function<ItemId, Optional<String>> itemMarking;

    /**
     * @param itemMarking the current marking of a decision item, empty when there is no such item (the procedure's
     *                    {@code classificationOf})
     */
    public ReviewService(Transactions tx, Journal journal, AccessControl access, Function<ItemId, Optional<String>> itemMarking) {
        this.tx = tx;
        this.journal = journal;
        this.access = access;
        this.itemMarking = itemMarking;
    }

    /** Today by the desk's clock. */
    public LocalDate today() { return LocalDate.now(journal.clock()); }

    /**
     * A mission's reviews the reader may see, held or called, by due date.
     *
     * @throws NotFound if the mission is missing or hidden from {@code who}
     */
    public List<ReviewData> historyFor(Principal who, MissionId mission) {
        return access.auditingNotFound(who, () -> tx.read(t -> {
            visibleMission(t, who, mission);
            return t.repository(Reviews.class).forMission(mission).stream().filter(r -> access.canSee(who, r.classification()))
                    .map(ReviewData::from).toList();
        }));
    }

    /** One review. @throws NotFound if it, or its mission, is missing or hidden from {@code who} */
    public ReviewData review(Principal who, ReviewId id) {
        return access.auditingNotFound(who, () -> tx.read(t -> {
            return ReviewData.from(visibleReview(t, who, id));
        }));
    }

    /** The reviews due or overdue on {@code on} across every mission the reader may see, oldest due date first. */
    public List<DueReviewData> due(Principal who, LocalDate on) {
        return tx.read(t -> {
            List<Mission> missions = access.visible(who, t.repository(Missions.class).list(Optional.empty(), Optional.empty()), Mission::classification);
            List<Review> reviews = t.repository(Reviews.class).all();
            List<DueReviewData> out = new ArrayList<>();
            for (Mission m : missions)
                out.addAll(owed(who, m, reviews.stream().filter(r -> r.mission().equals(m.id())).toList(), on));
            out.sort(Comparator.comparing(DueReviewData::dueOn).thenComparing(DueReviewData::mission));
            return out;
        });
    }

    /** The reviews {@code mission} owes on {@code on}. @throws NotFound if the mission is missing or hidden */
    public List<DueReviewData> dueFor(Principal who, MissionId mission, LocalDate on) {
        return access.auditingNotFound(who, () -> tx.read(t -> {
            Mission m = visibleMission(t, who, mission);
            return owed(who, m, t.repository(Reviews.class).forMission(mission), on);
        }));
    }

    /** The next periodic due date after {@code on}, if the mission has a review cycle. @throws NotFound as {@link #dueFor} */
    public Optional<LocalDate> nextPeriodic(Principal who, MissionId mission, LocalDate on) {
        return access.auditingNotFound(who, () -> tx.read(t -> ReviewSchedule.nextPeriodic(visibleMission(t, who, mission), on)));
    }

    private List<DueReviewData> owed(Principal who, Mission m, List<Review> reviews, LocalDate on) {
        // A periodic date is owed by the cycle whoever may see the reviews held for it: a review the reader may not see
        // still counts, but is not named. An ad hoc review exists only as that review, so a hidden one is not listed.
        return ReviewSchedule.owed(m, reviews, on).stream().map(d -> {
            boolean named = reviews.stream().filter(r -> d.review().map(id -> id.equals(r.id())).orElse(false))
                    .noneMatch(r -> !access.canSee(who, r.classification()));
            return d.kind() == ReviewKind.AD_HOC && !named ? null : data(m, d, on, named);
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static DueReviewData data(Mission m, DueReview d, LocalDate on, boolean named) {
        Optional<ReviewCycle> c = d.kind() == ReviewKind.PERIODIC ? m.reviewCycle() : Optional.empty();
        return new DueReviewData(m.id().value(), m.name(), d.kind().name(), d.dueOn().toString(), d.state().name(),
                ChronoUnit.DAYS.between(d.dueOn(), on), named ? d.review().map(ReviewId::value).orElse(null) : null,
                c.map(ReviewService::describe).orElse(null), c.map(x -> x.provenance().confidence().name()).orElse(null),
                c.map(x -> x.provenance().sources()).orElse(List.of()));
    }

    /** e.g. {@code every 6 months from 2026-06-12}. */
    static String describe(ReviewCycle c) {
        return "every " + (c.intervalMonths() == 12 ? "year" : c.intervalMonths() + " months") + " from " + c.firstDue();
    }

    /**
     * Records a review held, or calls an ad hoc review (no {@code heldOn}); the chair only. A called ad hoc review is
     * recorded as held by recording it again with the same due date and {@code heldOn}.
     *
     * @throws InvalidInput naming every bad field
     * @throws NotFound     if the mission is missing or hidden
     * @throws Conflict     if that review is already recorded as held (or already called)
     */
    public ReviewData record(Principal who, MissionId mission, RecordReviewData data) {
        access.require(who, ActionKind.RECORD_REVIEW, Optional.empty());
        LocalDate today = today();
        Violations v = new Violations();
        LocalDate held = date(v, "heldOn", data.heldOn());
        LocalDate due = date(v, "dueOn", data.dueOn());
        if (data.dueOn() == null || data.dueOn().isBlank()) v.add("dueOn", "is required (YYYY-MM-DD)");
        ReviewKind kind = data.kind() == null || data.kind().isBlank() ? (data.heldOn() == null ? ReviewKind.AD_HOC : ReviewKind.PERIODIC)
                : v.parse("kind", () -> enumOf(ReviewKind.class, data.kind()));
        Recommendation rec = data.recommendation() == null || data.recommendation().isBlank() ? null
                : v.parse("recommendation", () -> enumOf(Recommendation.class, data.recommendation()));
        if (held != null && held.isAfter(today)) v.add("heldOn", "'" + held + "' is after today (" + today + "): record a review once it is held");
        if (data.heldOn() != null && (data.recommendation() == null || data.recommendation().isBlank()))
            v.add("recommendation", "is required for a review held: one of " + List.of(Recommendation.values()));
        if (data.heldOn() == null && data.recommendation() != null && !data.recommendation().isBlank()) v.add("recommendation", "is given only with heldOn: a review not yet held recommends nothing");
        if (data.heldOn() == null && kind == ReviewKind.PERIODIC)
            v.add("heldOn", "is required for a periodic review (it is recorded when held); to call a review ahead use kind AD_HOC");
        if (data.summary() != null && data.summary().length() > MAX_SUMMARY) v.add("summary", "must be at most " + MAX_SUMMARY + " characters");
        ItemId item = data.item() == null || data.item().isBlank() ? null : v.parse("item", () -> ItemId.of(data.item()));
        String body = data.body() == null || data.body().isBlank() ? DEFAULT_BODY : data.body();
        String marking = access.checkMarking(who, "classification", data.classification(), DEFAULT_CLASSIFICATION);
        v.throwIfAny();
        Optional<String> im = item == null ? Optional.empty() : itemMarking.apply(item);
        if (item != null && (im.isEmpty() || !access.canSee(who, im.get()))) throw new InvalidInput("item", "no decision item '" + item + "'");
        return access.auditingNotFound(who, () -> tx.inTransaction(t -> {
            Mission m = visibleMission(t, who, mission);
            Violations w = new Violations();
            var bodyId = w.parse("body", () -> BodyId.of(body));
            if (bodyId != null && t.repository(Bodies.class).find(bodyId).isEmpty()) w.add("body", "no body '" + body + "'");
            if (kind == ReviewKind.PERIODIC) {
                if (m.reviewCycle().isEmpty()) w.add("kind", "mission '" + mission + "' has no review cycle: record the review as AD_HOC, or give the mission a cycle");
                else if (!m.reviewCycle().get().isPeriodicDate(due))
                    w.add("dueOn", "'" + due + "' is not a due date of the review cycle of " + mission + " ("
                            + describe(m.reviewCycle().get()) + "; the next after it is " + m.reviewCycle().get().nextAfter(due) + ")");
            }
            if (due.isBefore(m.start().first())) w.add("dueOn", "'" + due + "' is before the mission's start " + m.start());
            w.throwIfAny();
            // never below its mission's, nor below the item it names: the review shows that item's id
            String marked = access.atLeast(marking, im.isPresent() ? List.of(m.classification(), im.get()) : List.of(m.classification()));
            ReviewId id = ReviewId.of(mission, kind, due);
            Reviews reviews = t.repository(Reviews.class);
            Optional<Review> existing = reviews.find(id);
            Review next;
            Object event;
            String type;
            if (existing.isPresent()) {
                Review e = existing.get();
                if (!access.canSee(who, e.classification())) throw Conflict.idUnavailable("review", id);
                if (e.heldOn().isPresent()) throw new Conflict("review '" + id + "' is already recorded as held on " + e.heldOn().get()
                        + "; link the item it led to with PUT /api/v1/reviews/" + id + "/item");
                if (held == null) throw new Conflict("review '" + id + "' is already called, due " + e.dueOn());
                if (held.isBefore(e.calledOn().orElse(held))) throw new InvalidInput("heldOn", "'" + held + "' is before the review was called, " + e.calledOn().get());
                next = e.held(held, body, rec, Optional.ofNullable(item), Optional.ofNullable(data.summary()), access.atLeast(marked, List.of(e.classification())));
            } else {
                next = held == null
                        ? new Review(id, mission, kind, due, Optional.of(today), Optional.empty(), body, Optional.empty(), Optional.ofNullable(item),
                                Optional.ofNullable(data.summary()), marked)
                        : new Review(id, mission, kind, due, Optional.empty(), Optional.of(held), body, Optional.of(rec), Optional.ofNullable(item),
                                Optional.ofNullable(data.summary()), marked);
            }
            if (next.heldOn().isPresent()) {
                event = ReviewEvent.ReviewRecorded.of(next);
                type = ReviewEvent.ReviewRecorded.TYPE;
            } else {
                event = ReviewEvent.AdHocReviewCalled.of(next);
                type = ReviewEvent.AdHocReviewCalled.TYPE;
            }
            reviews.put(next);
            journal.record(t, who, type, ReviewEvents.subject(id), event);
            return ReviewData.from(next);
        }));
    }

    /**
     * Links a held review to the decision item it led to; the chair only.
     *
     * @throws NotFound     if the review (or its mission) is missing or hidden
     * @throws InvalidInput if the item is missing or hidden
     * @throws Conflict     if the review is not held yet
     */
    public ReviewData linkItem(Principal who, ReviewId id, ItemId item) {
        access.require(who, ActionKind.RECORD_REVIEW, Optional.empty());
        Optional<String> im = itemMarking.apply(item);
        if (im.isEmpty() || !access.canSee(who, im.get())) throw new InvalidInput("item", "no decision item '" + item + "'");
        return access.auditingNotFound(who, () -> tx.inTransaction(t -> {
            Reviews reviews = t.repository(Reviews.class);
            Review r = visibleReview(t, who, id);
            if (r.heldOn().isEmpty()) throw new Conflict("review '" + id + "' is not held yet: record it as held with the item");
            Review next = r.ledTo(item, access.atLeast(r.classification(), List.of(im.get())));
            reviews.put(next);
            journal.record(t, who, ReviewEvent.ReviewLinkedToItem.TYPE, ReviewEvents.subject(id),
                    new ReviewEvent.ReviewLinkedToItem(id.value(), item.value(), next.classification()));
            return ReviewData.from(next);
        }));
    }

    /**
     * The review if {@code who} may see it and its mission now: a review of a mission hidden from the reader (one
     * reclassified since, say) is missing, in a missing review's words (never naming the mission).
     */
    private Review visibleReview(Tx t, Principal who, ReviewId id) {
        return t.repository(Reviews.class).find(id).filter(x -> access.canSee(who, x.classification()))
                .filter(x -> t.repository(Missions.class).find(x.mission()).filter(m -> access.canSee(who, m.classification())).isPresent())
                .orElseThrow(() -> new NotFound("review", id));
    }

    private Mission visibleMission(Tx t, Principal who, MissionId id) {
        return t.repository(Missions.class).find(id).filter(m -> access.canSee(who, m.classification()))
                .orElseThrow(() -> new NotFound("mission", id));
    }

    private static LocalDate date(Violations v, String field, String text) {
        if (text == null || text.isBlank()) return null;
        CalendarDate d = v.parse(field, () -> CalendarDate.parse(text, CalendarDate.DAYS));
        return d == null ? null : d.first();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
