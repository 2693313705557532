package org.concord.procedure.data;

import org.concord.procedure.model.ActForm;
import org.concord.procedure.model.Footnote;
import org.concord.procedure.model.Level;
import org.concord.procedure.model.OfficialAct;
import org.concord.procedure.model.Position;
import org.concord.procedure.model.PositionKind;
import org.concord.shared.Violations;

import java.util.List;

/**
 * An official position as recorded: the R8 word and its parameters, and the act that carries it.
 *
 * @param position  OBJECTION, RESERVATION, AD_REFERENDUM, SUPPORT, SUPPORT_WITH_STATEMENT, ABSTAIN, QUALIFIED_ABSTAIN,
 *                  NON_PARTICIPATING, SILENT or UNKNOWN
 * @param fromLevel for an OBJECTION limited to a level and above (R11)
 * @param footnote  for SUPPORT_WITH_STATEMENT; {@code clause} scopes it to one paragraph (R4)
 * @param terms     for NON_PARTICIPATING (R7)
 * @param act       STATEMENT_IN_SESSION (default), LETTER, NOTE or DECLARATION
 * @param reference the document reference of the act
 * @param version   the item version the position was based on
 */
public record PositionData(String position, String fromLevel, String footnote, String clause, String terms, String act,
                           String reference, Long version) {

    public Position toPosition(Violations v) {
        if (position == null) {
            v.add("position", "is required: one of " + List.of(PositionKind.values()));
            return null;
        }
        PositionKind kind = v.parse("position", () -> EffectRequest.enumOf(PositionKind.class, position));
        if (kind == null) return null;
        // a parameter of another position is refused rather than dropped: a footnote sent with a plain SUPPORT would
        // otherwise vanish while the sender believes it is on the record
        if (kind != PositionKind.OBJECTION && present(fromLevel))
            v.add("fromLevel", "limits only an OBJECTION (R11), not " + kind + "; leave it out");
        if (kind != PositionKind.SUPPORT_WITH_STATEMENT) {
            if (present(footnote)) v.add("footnote", "is carried only by SUPPORT_WITH_STATEMENT (R4), not by " + kind + "; choose that position or leave the footnote out");
            if (present(clause)) v.add("clause", "scopes only the footnote of SUPPORT_WITH_STATEMENT (R4), not " + kind + "; leave it out");
        }
        if (kind != PositionKind.NON_PARTICIPATING && present(terms))
            v.add("terms", "belong only to NON_PARTICIPATING (R7), not to " + kind + "; leave them out");
        return switch (kind) {
            case OBJECTION -> {
                Level l = fromLevel == null ? Level.AMBASSADORS : v.parse("fromLevel", () -> EffectRequest.enumOf(Level.class, fromLevel));
                yield l == null ? null : new Position.Objection(l);
            }
            case RESERVATION -> new Position.Reservation();
            case AD_REFERENDUM -> new Position.AdReferendum();
            case SUPPORT -> new Position.Support();
            case SUPPORT_WITH_STATEMENT -> {
                if (footnote == null || footnote.isBlank()) {
                    v.add("footnote", "is required for SUPPORT_WITH_STATEMENT");
                    yield null;
                }
                yield v.parse("footnote", () -> new Position.SupportWithStatement(
                        clause == null || clause.isBlank() ? Footnote.onWholeDecision(footnote) : Footnote.onClause(clause, footnote)));
            }
            case ABSTAIN -> new Position.Abstain();
            case QUALIFIED_ABSTAIN -> new Position.QualifiedAbstain();
            case NON_PARTICIPATING -> {
                if (terms == null || terms.isBlank()) {
                    v.add("terms", "is required for NON_PARTICIPATING");
                    yield null;
                }
                yield new Position.NonParticipating(terms);
            }
            case SILENT -> new Position.Silent();
            case UNKNOWN -> new Position.Unknown();
        };
    }

    public OfficialAct toAct(Violations v) { return act(v, act, reference); }

    private static boolean present(String s) { return s != null && !s.isBlank(); }

    static OfficialAct act(Violations v, String act, String reference) {
        ActForm form = act == null ? ActForm.STATEMENT_IN_SESSION : v.parse("act", () -> EffectRequest.enumOf(ActForm.class, act));
        if (form == null) return null;
        if (form == ActForm.TACIT_AT_SILENCE_DEADLINE) {
            v.add("act", "TACIT_AT_SILENCE_DEADLINE is recorded by Concord at a silence deadline, not by hand");
            return null;
        }
        if ((form == ActForm.LETTER || form == ActForm.NOTE || form == ActForm.DECLARATION) && (reference == null || reference.isBlank())) {
            v.add("reference", "is required for " + org.concord.shared.English.withArticle(form));
            return null;
        }
        return v.parse("reference", () -> new OfficialAct(form, reference == null || reference.isBlank() ? null : reference));
    }
}
