package org.concord.procedure.data;

import org.concord.procedure.model.BodyId;
import org.concord.procedure.model.ItemDraft;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.Level;
import org.concord.procedure.model.Proposer;
import org.concord.shared.Iso3;
import org.concord.shared.Violations;

/**
 * A request to raise a decision item.
 *
 * @param id       a slug; generated when absent
 * @param body     the body (default: the organisation's default body)
 * @param level    AMBASSADORS (default), MINISTERS or HEADS_OF_STATE_AND_GOVERNMENT
 * @param proposer the proposing member's ISO3, or CHAIR
 * @param classification the item's marking and releasability (default NATO UNCLASSIFIED), e.g. NATO RESTRICTED REL UKR
 */
public record RaiseItemData(String id, String body, String level, String proposer, String subject, String text, EffectRequest effect,
                            String classification) {
    public static final String DEFAULT_CLASSIFICATION = "NATO UNCLASSIFIED";

    public RaiseItemData(String id, String body, String level, String proposer, String subject, String text, EffectRequest effect) {
        this(id, body, level, proposer, subject, text, effect, null);
    }

    /** The classification asked for, or the default. */
    public String classificationOrDefault() { return classification == null || classification.isBlank() ? DEFAULT_CLASSIFICATION : classification; }


    /** @return the draft, or null with every violation added */
    public ItemDraft toModel(String generatedId, String defaultBody, Violations v) {
        int before = v.size();
        ItemId iid = v.parse("id", () -> ItemId.of(id == null || id.isBlank() ? generatedId : id));
        BodyId b = v.parse("body", () -> BodyId.of(body == null || body.isBlank() ? defaultBody : body));
        Level l = level == null ? Level.AMBASSADORS : v.parse("level", () -> EffectRequest.enumOf(Level.class, level));
        Proposer p = null;
        if (proposer == null || proposer.isBlank()) v.add("proposer", "is required: a member's ISO3 code, or CHAIR");
        else if (proposer.equals("CHAIR")) p = new Proposer.Chair();
        else {
            Iso3 nation = v.parse("proposer", () -> Iso3.of(proposer));
            if (nation != null) p = new Proposer.Member(nation);
        }
        if (subject == null || subject.isBlank()) v.add("subject", "is required");
        // the limit a revision of the subject holds to, and the column's: a longer one failed in the database
        else if (subject.length() > 500) v.add("subject", "must be at most 500 characters, was " + subject.length());
        if (text == null || text.isBlank()) v.add("text", "is required");
        var e = effect == null ? null : effect.toModel("effect", v);
        if (effect == null) v.add("effect", "is required");
        if (v.size() > before) return null;
        Proposer prop = p;
        return v.parse("item", () -> new ItemDraft(iid, b, l, prop, subject, e, text));
    }
}
