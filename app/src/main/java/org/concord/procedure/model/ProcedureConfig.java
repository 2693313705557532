package org.concord.procedure.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one organisation runs the consensus procedure: plain data, loadable from configuration, so that another body
 * needs no code change.
 *
 * @param name                         the organisation's name, must not be blank
 * @param defaultBody                  the body items go to unless the caller names another, must not be null
 * @param silenceOpeningNeedsConsensus R3(b): opening a silence procedure is refused while a member of the required set
 *                                     has a standing objection at the item's level (OSCE)
 * @param constructiveAbstention       R6: QUALIFIED_ABSTAIN may be recorded, and adoption fails when qualified
 *                                     abstainers reach one third of the members and of the population (EU)
 * @param consensusMinusOneAllowed     R2: the chair may exclude one member from an item's required set (OSCE)
 * @param recordsAbstentions           R8: ABSTAIN may be recorded (NATO does not formally record abstentions)
 * @param invitationPolicies           R11: approval per session formality and level; a pair not listed needs
 *                                     consensus; must not be null nor list a pair twice
 */
public record ProcedureConfig(String name, BodyId defaultBody, boolean silenceOpeningNeedsConsensus,
                              boolean constructiveAbstention, boolean consensusMinusOneAllowed,
                              boolean recordsAbstentions, List<InvitationPolicy> invitationPolicies) {
    public ProcedureConfig {
        Slugs.text("organisation name", name);
        Objects.requireNonNull(defaultBody, "defaultBody");
        invitationPolicies = List.copyOf(Objects.requireNonNull(invitationPolicies, "invitationPolicies"));
        Set<String> seen = new HashSet<>();
        for (InvitationPolicy p : invitationPolicies)
            if (!seen.add(p.formality() + "/" + p.level()))
                throw new IllegalArgumentException("invitation policy for " + p.formality() + " at " + p.level() + " is listed twice");
    }

    /** NATO: the Secretary General opens silence alone, no constructive abstention, no consensus-minus-one, no
     *  recorded abstentions; informal chair-convened formats are the chair's prerogative at every level. */
    public static ProcedureConfig nato() {
        return new ProcedureConfig("NATO", BodyId.NAC, false, false, false, false,
                policies(SessionFormality.INFORMAL_CHAIR_CONVENED, InvitationApproval.CHAIR_PREROGATIVE));
    }

    /** OSCE: opening silence needs consensus, consensus-minus-one may be applied, abstentions are recorded; every
     *  invitation needs consensus. Default body: the Permanent Council ({@code pc}). */
    public static ProcedureConfig osce() {
        return new ProcedureConfig("OSCE", BodyId.of("pc"), true, false, true, true, List.of());
    }

    /** EU Council under unanimity (Art. 31 TEU): constructive abstention, recorded abstentions; every invitation
     *  needs consensus. Default body: the Council ({@code council}). */
    public static ProcedureConfig euUnanimity() {
        return new ProcedureConfig("EU Council (unanimity)", BodyId.of("council"), false, true, false, true, List.of());
    }

    /** The approval an invitation to a session of this formality and level needs; CONSENSUS unless configured. */
    InvitationApproval approvalFor(SessionFormality formality, Level level) {
        for (InvitationPolicy p : invitationPolicies)
            if (p.formality() == formality && p.level() == level) return p.approval();
        return InvitationApproval.CONSENSUS;
    }

    private static List<InvitationPolicy> policies(SessionFormality formality, InvitationApproval approval) {
        List<InvitationPolicy> list = new ArrayList<>();
        for (Level level : Level.values()) list.add(new InvitationPolicy(formality, level, approval));
        return list;
    }
}
