package org.concord.review.application;

import org.concord.procedure.model.ItemId;
import org.concord.review.model.Review;

/**
 * A review as readers see it.
 *
 * @param id             e.g. {@code kfor-2026-06-12} (or {@code ...-ad-hoc})
 * @param kind           PERIODIC or AD_HOC
 * @param dueOn          YYYY-MM-DD
 * @param calledOn       when an ad hoc review was called; null for a periodic one
 * @param heldOn         when it was held; null while it is only called
 * @param body           the body that held it, e.g. {@code nac}
 * @param recommendation CONTINUE, ADJUST, REDUCE or TERMINATE; null while not held
 * @param item           the decision item it led to; null if none
 */
public record ReviewData(String id, String mission, String kind, String dueOn, String calledOn, String heldOn, String body,
                         String recommendation, String item, String summary, String classification) {
    static ReviewData from(Review r) {
        return new ReviewData(r.id().value(), r.mission().value(), r.kind().name(), r.dueOn().toString(),
                r.calledOn().map(Object::toString).orElse(null), r.heldOn().map(Object::toString).orElse(null), r.body(),
                r.recommendation().map(Enum::name).orElse(null), r.item().map(ItemId::value).orElse(null), r.summary().orElse(null),
                r.classification());
    }
}
