package org.concord.review.model;

import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A review of a mission: periodic (on the mission's cycle) or ad hoc; called (not yet held: ad hoc only) or held.
 *
 * @param id             derived from the mission, kind and due date
 * @param mission        the mission reviewed
 * @param kind           periodic or ad hoc
 * @param dueOn          when it falls due
 * @param calledOn       when an ad hoc review was called; empty for a periodic one
 * @param heldOn         when it was held; empty while it is only called
 * @param body           the body that held (or is to hold) it, e.g. {@code nac}
 * @param recommendation what it recommended; present exactly when held
 * @param item           the decision item it led to, if any
 * @param summary        what it found, in a sentence or two
 * @param classification its marking and releasability
 */
public record Review(ReviewId id, MissionId mission, ReviewKind kind, LocalDate dueOn, Optional<LocalDate> calledOn,
                     Optional<LocalDate> heldOn, String body, Optional<Recommendation> recommendation, Optional<ItemId> item,
                     Optional<String> summary, String classification) {
    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        calledOn = calledOn == null ? Optional.empty() : calledOn;
        heldOn = heldOn == null ? Optional.empty() : heldOn;
        recommendation = recommendation == null ? Optional.empty() : recommendation;
        item = item == null ? Optional.empty() : item;
        summary = summary == null ? Optional.empty() : summary;
        if (body == null || body.isBlank()) throw new IllegalArgumentException("body must not be blank");
        if (classification == null || classification.isBlank()) throw new IllegalArgumentException("classification must not be blank");
        if (!id.equals(ReviewId.of(mission, kind, dueOn)))
            throw new IllegalArgumentException("review id " + id + " does not match " + mission + ", " + kind + ", " + dueOn);
        if (heldOn.isPresent() != recommendation.isPresent())
            throw new IllegalArgumentException("a held review carries a recommendation, a called one none");
        if (heldOn.isEmpty() && kind == ReviewKind.PERIODIC)
            throw new IllegalArgumentException("a periodic review is recorded when held; only an ad hoc review is called ahead");
        if (kind == ReviewKind.AD_HOC && calledOn.isEmpty() && heldOn.isEmpty())
            throw new IllegalArgumentException("an ad hoc review is called or held");
        if (kind == ReviewKind.PERIODIC && calledOn.isPresent())
            throw new IllegalArgumentException("a periodic review is not called: it falls due on the cycle");
    }

    /** Whether it had been held by {@code day}. */
    boolean heldBy(LocalDate day) { return heldOn.map(h -> !h.isAfter(day)).orElse(false); }

    /** Whether it was known by {@code day}: called or held by then. */
    boolean knownBy(LocalDate day) {
        return calledOn.map(c -> !c.isAfter(day)).orElse(false) || heldBy(day);
    }

    /** The same review held on {@code day} with {@code recommendation}. */
    public Review held(LocalDate day, String byBody, Recommendation r, Optional<ItemId> ledTo, Optional<String> found, String marking) {
        return new Review(id, mission, kind, dueOn, calledOn, Optional.of(day), byBody, Optional.of(r), ledTo.or(() -> item),
                found.or(() -> summary), marking);
    }

    /** The same review, linked to the decision item it led to, under {@code marking} (at least the item's). */
    public Review ledTo(ItemId decision, String marking) {
        return new Review(id, mission, kind, dueOn, calledOn, heldOn, body, recommendation, Optional.of(decision), summary, marking);
    }
}
