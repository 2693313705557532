package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

/** The 2003 precedent: silence on Turkey's defence planning broken in the NAC; the matter went to the DPC, without France. */
class R12ForumChangeTest {
    private static final Instant FEB_6_2003 = Instant.parse("2003-02-06T17:00:00Z");
    private static final Effect TURKEY_DEFENCE = new Effect.AdoptStatement("Defensive measures for Turkey");

    private static Scenario nac2003() {
        return Scenario.raised(ProcedureConfig.nato(), Nato32.MEMBERSHIP, BodyId.NAC, Level.AMBASSADORS, TURKEY_DEFENCE, FEB_6_2003);
    }

    @Test
    void R12_an_item_moves_to_another_body_with_its_history_and_is_decided_by_that_body() {
        Scenario s = nac2003();
        s.openSilence(Duration.ofDays(4));
        s.later(Duration.ofDays(3)).breakSilence("FRA");
        s.breakSilence("DEU");
        s.breakSilence("BEL");
        s.at(s.deadline()).close();
        int historyBefore = s.item.positions().size();

        s.later(Duration.ofDays(6)).accept((i, t) -> i.moveToBody(Nato32.DPC, Level.AMBASSADORS,
                "referred to the Defence Planning Committee", Scenario.CHAIR, s.membership, t));
        assertThat(s.item.body()).isEqualTo(Nato32.DPC);
        assertThat(s.item.positions()).hasSize(historyBefore);
        assertThat(((Refused) s.adopt()).reason()).contains("BEL, DEU").doesNotContain("FRA");

        s.support("DEU", "BEL");
        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();

        assertThat(decision.body()).isEqualTo(Nato32.DPC);
        assertThat(decision.requiredSet()).hasSize(18).doesNotContain(Iso3.of("FRA"));
        assertThat(s.item.positionOf(Iso3.of("FRA")).kind()).as("France's objection stays in the history")
                .isEqualTo(PositionKind.OBJECTION);
        assertThat(s.events(ProcedureEvent.ItemMovedToBody.class)).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo(BodyId.NAC));
    }

    @Test
    void R12_a_state_outside_the_new_body_records_no_position_there() {
        Scenario s = nac2003();
        s.accept((i, t) -> i.moveToBody(Nato32.DPC, Level.AMBASSADORS, "to the DPC", Scenario.CHAIR, s.membership, t));

        assertThat(((Refused) s.position("FRA", new Position.Support())).rule()).isEqualTo(Rule.R2_REQUIRED_SET);
    }

    @Test
    void R12_an_item_does_not_move_while_a_silence_procedure_runs() {
        Scenario s = nac2003();
        s.openSilence(Duration.ofDays(4));

        Refused refused = s.refuse((i, t) -> i.moveToBody(Nato32.DPC, Level.AMBASSADORS, "to the DPC", Scenario.CHAIR, s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R12_FORUM_CHANGE);
    }

    @Test
    void R12_an_item_does_not_move_to_a_body_without_members_or_to_where_it_is() {
        Scenario s = nac2003();

        assertThat(s.refuse((i, t) -> i.moveToBody(BodyId.of("nowhere"), Level.AMBASSADORS, "r", Scenario.CHAIR, s.membership, t))
                .reason()).contains("no members");
        assertThat(s.refuse((i, t) -> i.moveToBody(BodyId.NAC, Level.AMBASSADORS, "r", Scenario.CHAIR, s.membership, t))
                .reason()).contains("already before");
    }

    @Test
    void R12_only_the_chair_moves_an_item() {
        Scenario s = nac2003();

        assertThat(s.refuse((i, t) -> i.moveToBody(Nato32.DPC, Level.AMBASSADORS, "r", Scenario.delegation("USA"), s.membership, t))
                .rule()).isEqualTo(Rule.CHAIR_CONDUCTS_PROCEEDINGS);
    }
}
