package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

class R11InvitationTest {
    private static final Position HUNGARY_ABOVE_AMBASSADORS = new Position.Objection(Level.MINISTERS);

    private static Effect.InvitePartner ukraine(Level level, SessionFormality formality) {
        return new Effect.InvitePartner(EventId.of("summit-2026"), SessionId.of("s-" + level.ordinal()), Iso3.of("UKR"),
                level, formality);
    }

    @Test
    void R11_an_objection_limited_to_ministers_does_not_block_at_ambassador_level() {
        Scenario s = Scenario.nato(ukraine(Level.AMBASSADORS, SessionFormality.FORMAL), Level.AMBASSADORS);
        s.accept("HUN", HUNGARY_ABOVE_AMBASSADORS);

        assertThat(s.adopt()).isInstanceOf(Accepted.class);
    }

    @Test
    void R11_an_objection_limited_to_ministers_blocks_at_summit_level() {
        Scenario s = Scenario.nato(ukraine(Level.HEADS_OF_STATE_AND_GOVERNMENT, SessionFormality.FORMAL),
                Level.HEADS_OF_STATE_AND_GOVERNMENT);
        s.accept("HUN", HUNGARY_ABOVE_AMBASSADORS);

        Refused refused = (Refused) s.adopt();

        assertThat(refused.rule()).isEqualTo(Rule.R1_NO_STANDING_OBJECTION);
        assertThat(refused.reason()).contains("HUN").contains("HEADS_OF_STATE_AND_GOVERNMENT");
    }

    @Test
    void R11_a_limited_objection_blocks_once_the_item_moves_up_to_its_level() {
        Scenario s = Scenario.nato();
        s.accept("HUN", HUNGARY_ABOVE_AMBASSADORS);
        assertThat(s.item.consensusAt(s.membership, s.now)).isInstanceOf(Consensus.Reached.class);

        s.accept((i, t) -> i.moveToBody(BodyId.NAC, Level.MINISTERS, "for the foreign ministers", Scenario.CHAIR, s.membership, t));

        assertThat(s.item.consensusAt(s.membership, s.now)).isInstanceOf(Consensus.NotReached.class);
    }

    @Test
    void R11_an_invitation_is_decided_at_the_level_of_its_session() {
        ItemDraft draft = new ItemDraft(ItemId.of("inv-1"), BodyId.NAC, Level.AMBASSADORS, new Proposer.Chair(),
                "Invite Ukraine", ukraine(Level.HEADS_OF_STATE_AND_GOVERNMENT, SessionFormality.FORMAL), "text");

        Decision decision = DecisionItem.raise(ProcedureConfig.nato(), draft, Scenario.CHAIR, Nato32.MEMBERSHIP, Scenario.T0);

        assertThat(decision).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.rule()).isEqualTo(Rule.R11_INVITATIONS_AT_LEVEL));
    }

    @Test
    void R11_moving_an_invitation_away_from_its_sessions_level_is_refused() {
        Scenario s = Scenario.nato(ukraine(Level.AMBASSADORS, SessionFormality.FORMAL), Level.AMBASSADORS);

        Refused refused = s.refuse((i, t) -> i.moveToBody(BodyId.NAC, Level.MINISTERS, "escalate", Scenario.CHAIR, s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R11_INVITATIONS_AT_LEVEL);
    }

    @Test
    void R11_a_member_is_not_invited_as_a_partner() {
        ItemDraft draft = new ItemDraft(ItemId.of("inv-2"), BodyId.NAC, Level.AMBASSADORS, new Proposer.Chair(), "Invite",
                new Effect.InvitePartner(EventId.of("e"), SessionId.of("s"), Iso3.of("FIN"), Level.AMBASSADORS,
                        SessionFormality.FORMAL), "text");

        Decision decision = DecisionItem.raise(ProcedureConfig.nato(), draft, Scenario.CHAIR, Nato32.MEMBERSHIP, Scenario.T0);

        assertThat(decision).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).contains("FIN is a member"));
    }

    @Test
    void R11_under_nato_an_informal_chair_convened_invitation_is_the_chairs_prerogative() {
        Scenario s = Scenario.nato(ukraine(Level.HEADS_OF_STATE_AND_GOVERNMENT, SessionFormality.INFORMAL_CHAIR_CONVENED),
                Level.HEADS_OF_STATE_AND_GOVERNMENT);
        s.object("USA");

        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();

        assertThat(decision.basis()).isEqualTo(Rule.R11_INVITATIONS_AT_LEVEL);
    }

    @Test
    void R11_the_approval_policy_is_configured_per_formality_and_level() {
        ProcedureConfig nato = ProcedureConfig.nato();
        ProcedureConfig osce = ProcedureConfig.osce();

        for (Level level : Level.values()) {
            assertThat(nato.approvalFor(SessionFormality.FORMAL, level)).isEqualTo(InvitationApproval.CONSENSUS);
            assertThat(nato.approvalFor(SessionFormality.INFORMAL_CHAIR_CONVENED, level)).isEqualTo(InvitationApproval.CHAIR_PREROGATIVE);
            assertThat(osce.approvalFor(SessionFormality.INFORMAL_CHAIR_CONVENED, level)).isEqualTo(InvitationApproval.CONSENSUS);
        }
    }
}
