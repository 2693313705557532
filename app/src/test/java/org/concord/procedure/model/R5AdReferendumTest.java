package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.procedure.model.ProcedureEvent.PositionRecorded;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

class R5AdReferendumTest {

    @Test
    void R5_an_ad_referendum_agreement_is_pending_and_prevents_adoption() {
        Scenario s = Scenario.nato();
        s.accept("NOR", new Position.AdReferendum());

        Refused refused = (Refused) s.adopt();

        assertThat(refused.rule()).isEqualTo(Rule.R5_AD_REFERENDUM);
        assertThat(refused.reason()).contains("NOR");
    }

    @Test
    void R5_the_item_becomes_final_when_every_ad_referendum_is_lifted() {
        Scenario s = Scenario.nato();
        s.accept("NOR", new Position.AdReferendum());
        s.accept("DNK", new Position.AdReferendum());

        s.later(Duration.ofDays(1)).support("NOR");
        assertThat(((Refused) s.adopt()).reason()).contains("DNK").doesNotContain("NOR");
        s.support("DNK");

        assertThat(s.adopt()).isInstanceOf(Accepted.class);
    }

    @Test
    void R5_ad_referendum_lapses_at_a_silence_deadline() {
        Scenario s = Scenario.nato();
        s.accept("NOR", new Position.AdReferendum());
        s.openSilence(Duration.ofDays(2));

        Accepted closed = (Accepted) s.at(s.deadline()).close();

        assertThat(closed.events().get(0)).isInstanceOfSatisfying(PositionRecorded.class, lapse -> {
            assertThat(lapse.member()).isEqualTo(Iso3.of("NOR"));
            assertThat(lapse.position()).isEqualTo(new Position.Silent());
            assertThat(lapse.act().form()).isEqualTo(ActForm.TACIT_AT_SILENCE_DEADLINE);
            assertThat(lapse.rule()).isEqualTo(Rule.R5_AD_REFERENDUM);
        });
        assertThat(s.item.status()).isEqualTo(ItemStatus.ADOPTED);
    }

    @Test
    void R5_a_pending_reservation_lapses_at_a_silence_deadline_too() {
        Scenario s = Scenario.nato();
        s.accept("ISL", new Position.Reservation());
        s.openSilence(Duration.ofDays(2));

        s.at(s.deadline()).close();

        assertThat(s.item.status()).isEqualTo(ItemStatus.ADOPTED);
        assertThat(s.events(PositionRecorded.class)).last()
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.R3D_OUTCOME_AT_DEADLINE));
    }

    @Test
    void R5_a_pending_agreement_does_not_lapse_when_silence_is_broken() {
        Scenario s = Scenario.nato();
        s.accept("NOR", new Position.AdReferendum());
        s.openSilence(Duration.ofDays(2));
        s.breakSilence("FRA");

        s.at(s.deadline()).close();

        assertThat(s.item.positionOf(Iso3.of("NOR"))).isEqualTo(new Position.AdReferendum());
    }

    @Test
    void R5_the_capital_may_confirm_during_silence_but_no_new_ad_referendum_is_entered() {
        Scenario s = Scenario.nato();
        s.accept("NOR", new Position.AdReferendum());
        s.openSilence(Duration.ofDays(2));

        assertThat(((Refused) s.position("DNK", new Position.AdReferendum())).rule()).isEqualTo(Rule.R3C_BREAK_BY_FORMAL_ACT);
        s.support("NOR");
        s.at(s.deadline()).close();

        assertThat(s.events(PositionRecorded.class)).noneMatch(e -> e.act().form() == ActForm.TACIT_AT_SILENCE_DEADLINE);
    }
}
